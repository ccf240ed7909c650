import type { Resource } from '../../model/index.js';
import type { Rule } from '../types.js';
import { ingressTls, secretsCreatedInBundle } from './ingress-util.js';

const TLS_SECRET_TYPE = 'kubernetes.io/tls';
// Annotations that make cert-manager's ingress-shim create the Secret named in spec.tls.
const CERT_MANAGER_ANNOTATIONS = ['cert-manager.io/cluster-issuer', 'cert-manager.io/issuer'];

export const rule: Rule = {
  meta: {
    id: 'ingress-tls-secret-missing',
    severity: 'warning',
    kinds: ['Ingress', 'Secret'],
    description:
      'An Ingress TLS entry names a Secret that is not in the bundle, or that is not of type kubernetes.io/tls.',
    rationale:
      'Without the Secret the controller serves its default (self-signed) certificate and browsers and clients ' +
      'fail the TLS handshake. TLS Secrets are usually created by cert-manager or applied outside the release, ' +
      'so this is a warning; Secrets made by a Certificate, SealedSecret or ExternalSecret in the bundle, and ' +
      'Ingresses annotated for cert-manager, count as present.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web }
spec:
  tls: [{ hosts: [shop.example.com], secretName: shop-tls }]
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
      good: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: { cert-manager.io/cluster-issuer: letsencrypt }
spec:
  tls: [{ hosts: [shop.example.com], secretName: shop-tls }]
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }
`,
    },
  },
  check({ bundle, report }) {
    let created: Map<string, Resource> | undefined;
    for (const ingress of bundle.ofKind('Ingress')) {
      const tls = ingressTls(ingress);
      if (tls.length === 0) continue;
      if (CERT_MANAGER_ANNOTATIONS.some((a) => ingress.annotations[a] !== undefined)) continue;
      if (ingress.annotations['kubernetes.io/tls-acme'] === 'true') continue;
      created ??= secretsCreatedInBundle(bundle);
      for (const entry of tls) {
        if (entry.secretName === undefined) continue; // no secretName: the controller's default certificate, by intent
        const at = [...entry.at, 'secretName'];
        const secret = bundle.get('Secret', ingress.namespace, entry.secretName);
        if (!secret) {
          if (created.has(`${ingress.namespace}/${entry.secretName}`)) continue;
          report({
            resource: ingress,
            path: at,
            message: `spec.tls[${entry.index}].secretName "${entry.secretName}" is not a Secret of namespace "${ingress.namespace}" in the bundle`,
            hint:
              'TLS Secrets are usually created by cert-manager or applied outside the bundle; if so, nothing to do ' +
              '(annotate the Ingress with cert-manager.io/cluster-issuer to let cert-manager create it). Otherwise ' +
              `create a kubernetes.io/tls Secret "${entry.secretName}" in namespace "${ingress.namespace}".`,
          });
          continue;
        }
        const type = typeof secret.object.type === 'string' ? secret.object.type : 'Opaque';
        if (type === TLS_SECRET_TYPE) continue;
        report({
          resource: ingress,
          path: at,
          message:
            `spec.tls[${entry.index}].secretName "${entry.secretName}" is a Secret of type ${type} ` +
            `(${secret.file}:${secret.line}), not ${TLS_SECRET_TYPE}`,
          hint:
            `Make Secret "${entry.secretName}" type: ${TLS_SECRET_TYPE} with keys tls.crt and tls.key ` +
            '(kubectl create secret tls ...); controllers that check the type ignore it and serve their default certificate.',
        });
      }
    }
  },
};

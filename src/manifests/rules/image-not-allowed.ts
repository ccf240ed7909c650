import { imageAllowedBy, parseImageReference } from '../../k8s/images.js';
import type { Rule } from '../types.js';
import { containerImages } from './image-util.js';

export const rule: Rule = {
  meta: {
    id: 'image-not-allowed',
    severity: 'error',
    kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'],
    description:
      'A container image comes from a registry or repository outside manifests.images.allow (checked only when that list is set).',
    rationale:
      'An image from an unreviewed registry bypasses the supply-chain controls (scanning, signing, provenance) of the ' +
      'allowed ones, and an admission policy that enforces the same list would refuse the pods mid-rollout. ' +
      'Prefixes match whole path components: ghcr.io/acme allows ghcr.io/acme/api, not ghcr.io/acme-evil/api; ' +
      'an image without a registry is on docker.io ("nginx" is docker.io/library/nginx).',
    example: {
      bad: `# slo-gate.yaml: manifests: { images: { allow: [registry.example.com/shop/] } }
apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: docker.io/someone/checkout:1.4.2 }] }
`,
      good: `# slo-gate.yaml: manifests: { images: { allow: [registry.example.com/shop/] } }
apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  selector: { matchLabels: { app: checkout } }
  template:
    metadata: { labels: { app: checkout } }
    spec: { containers: [{ name: app, image: registry.example.com/shop/checkout:1.4.2 }] }
`,
    },
  },
  check({ bundle, options, report }) {
    const allow = options.images.allow;
    if (allow.length === 0) return;
    for (const { resource, path, container, image } of containerImages(bundle)) {
      const reference = parseImageReference(image);
      if (!reference || allow.some((entry) => imageAllowedBy(reference, entry))) continue;
      report({
        resource,
        path,
        message:
          `container "${container}" uses image "${image}" (${reference.name}), which no entry of ` +
          `manifests.images.allow covers`,
        hint:
          `Pull the image from an allowed registry (${allow.join(', ')}), e.g. mirror it there, or add its ` +
          `registry/prefix to manifests.images.allow once it is reviewed.`,
      });
    }
  },
};

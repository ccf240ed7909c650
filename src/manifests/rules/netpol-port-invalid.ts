/** netpol-port-invalid: NetworkPolicy port entries the API server rejects (ValidateNetworkPolicyPort). */
import { policyOf } from '../../netpol/bundle.js';
import type { Rule } from '../types.js';
import { pathText, policyName, portNameProblem, portsOf } from './netpol-util.js';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

export const rule: Rule = {
  meta: {
    id: 'netpol-port-invalid',
    severity: 'error',
    kinds: ['NetworkPolicy'],
    description:
      'A NetworkPolicy port entry the API server rejects: endPort below port, endPort with a named or absent port, a protocol other than TCP/UDP/SCTP, a port number outside 1-65535 or an invalid port name.',
    rationale:
      'The API server rejects the whole policy, so the apply fails midway through the release; a quoted number ("8080") is read as a port name and rejected too.',
    example: {
      bad: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports:
    - {protocol: tcp, port: 8000, endPort: 7999}
`,
      good: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports:
    - {protocol: TCP, port: 8000, endPort: 8099}
`,
    },
  },
  check({ bundle, report }) {
    for (const resource of bundle.ofKind('NetworkPolicy')) {
      const policy = policyOf(resource);
      for (const { port: entry } of portsOf(policy)) {
        const where = `${policyName(policy)} ${pathText(entry.path)}`;
        if (!PROTOCOLS.includes(entry.protocol)) {
          const upper = entry.protocol.toUpperCase();
          report({
            resource,
            path: [...entry.path, 'protocol'],
            message: `${where}.protocol "${entry.protocol}" is not TCP, UDP or SCTP: the API server rejects the policy`,
            hint: PROTOCOLS.includes(upper)
              ? `write protocol: ${upper} (protocols are case-sensitive)`
              : 'use TCP, UDP or SCTP; NetworkPolicy cannot filter other protocols (ICMP is not covered)',
          });
        }
        const { port, endPort } = entry;
        if (typeof port === 'number') {
          if (!Number.isInteger(port) || port < 1 || port > 65535) {
            report({
              resource,
              path: [...entry.path, 'port'],
              message: `${where}.port ${port} is not a port number (1-65535): the API server rejects the policy`,
              hint: 'use a port between 1 and 65535, or leave port out to match every port of the protocol',
            });
          } else if (endPort !== undefined && endPort < port) {
            report({
              resource,
              path: [...entry.path, 'endPort'],
              message: `${where}.endPort ${endPort} is below port ${port}: the API server rejects the policy`,
              hint: `make endPort at least ${port} (the range is port..endPort, both included), or swap the two values`,
            });
          }
        } else if (typeof port === 'string') {
          const problem = portNameProblem(port);
          if (problem) {
            const numeric = /^[0-9]+$/.test(port);
            report({
              resource,
              path: [...entry.path, 'port'],
              message: numeric
                ? `${where}.port "${port}" is a quoted number, which the API server reads as a port name, and a name needs a letter: it rejects the policy`
                : `${where}.port "${port}" is not a valid port name (it ${problem}): the API server rejects the policy`,
              hint: numeric
                ? `write port: ${port} without quotes (with Helm: {{ .Values.port | int }})`
                : 'use the name of a containerPort (lowercase letters, digits and "-", at most 15 characters) or a number',
            });
          }
          if (endPort !== undefined) {
            report({
              resource,
              path: [...entry.path, 'endPort'],
              message: `${where}.endPort is set with the named port "${port}": the API server rejects the policy (a range needs a numeric port)`,
              hint: 'give port as the first number of the range, or remove endPort',
            });
          }
        } else if (endPort !== undefined) {
          report({
            resource,
            path: [...entry.path, 'endPort'],
            message: `${where}.endPort is set without port: the API server rejects the policy`,
            hint: `add port as the first number of the range (port: N, endPort: ${endPort}), or remove endPort to match every port`,
          });
        }
      }
    }
  },
};

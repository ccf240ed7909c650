/** NetworkPolicy renderers: the connectivity matrix, the diff's flowchart-or-table, SARIF at policy lines. */
import { connectivityOfBundle, diffConnectivity, policyOf } from '../../src/netpol/index.js';
import {
  MERMAID_MAX_EDGES,
  netpolReportOf,
  renderConnectivityMarkdown,
  renderConnectivityText,
  renderDiffMarkdown,
  renderDiffSarif,
} from '../../src/report/netpol.js';
import { bundleOf } from '../support/manifests.js';

const pod = (name: string, port?: number) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: shop, labels: {app: ${name}}}
spec: {containers: [{name: c, image: x${port ? `, ports: [{containerPort: ${port}}]` : ''}}]}
---
`;
const ONLY_WEB_TO_API = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 8080}]
`;

describe('connectivity matrix', () => {
  const connectivity = connectivityOfBundle(bundleOf(pod('web') + pod('api', 8080) + ONLY_WEB_TO_API));
  const listing = { nodes: connectivity.nodes, edges: [...connectivity.edges()] };

  // In bundle order: web, api, then the outside. Only web reaches api (on 8080); the outside does not.
  test('text: one row per source, "." where nothing is allowed, "-" on the diagonal', () => {
    expect(renderConnectivityText(listing).split('\n')).toEqual([
      'from \\ to                    [1]              [2]       [3]',
      '[1] shop/web[Pod]            -                TCP 8080  All Connections',
      '[2] shop/api[Pod]            All Connections  -         All Connections',
      '[3] 0.0.0.0-255.255.255.255  All Connections  .         -',
      '',
    ]);
  });

  test('markdown: a table with the destinations as columns', () => {
    const lines = renderConnectivityMarkdown(listing).split('\n');
    expect(lines).toContain('| from \\ to | shop/web[Pod] | shop/api[Pod] | 0.0.0.0-255.255.255.255 |');
    expect(lines).toContain('| shop/web[Pod] |  | TCP 8080 | All Connections |');
    expect(lines).toContain('| 0.0.0.0-255.255.255.255 | All Connections |  |  |');
  });
});

describe('diff markdown and SARIF', () => {
  const denyAll = (n: number) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
---
${Array.from({ length: n }, (_, i) => pod(`p${i}`)).join('')}`;
  const diffOf = (before: string, after: string) => {
    const a = bundleOf(before);
    const b = bundleOf(after);
    return diffConnectivity(
      connectivityOfBundle(a, { cutPolicies: b.ofKind('NetworkPolicy').map(policyOf) }),
      connectivityOfBundle(b, { cutPolicies: a.ofKind('NetworkPolicy').map(policyOf) }),
      [{ from: 'p0', to: 'p1', line: 4 }],
    );
  };
  const pods = (n: number) => Array.from({ length: n }, (_, i) => pod(`p${i}`)).join('');

  test('up to 15 cut connections: a Mermaid flowchart, the required one marked BLOCK', () => {
    // 3 pods: 3 x 2 ordered pairs plus the outside into each = 9 cut connections.
    const markdown = renderDiffMarkdown(netpolReportOf(diffOf(pods(3), denyAll(3)), 'main', 'slo-gate.yaml'));
    expect(markdown).toContain('```mermaid');
    expect(markdown).toContain('nshop_p0_Pod_ -.->|"BLOCK All Connections cut"| nshop_p1_Pod_');
    expect(markdown.match(/-\.->/g)).toHaveLength(9);
  });

  test('more than 15 cut connections: the table alone', () => {
    // 4 pods: 12 pairs plus 4 from the outside = 16 > MERMAID_MAX_EDGES.
    expect(4 * 3 + 4).toBeGreaterThan(MERMAID_MAX_EDGES);
    const markdown = renderDiffMarkdown(netpolReportOf(diffOf(pods(4), denyAll(4)), 'main'));
    expect(markdown).not.toContain('```mermaid');
    expect(markdown.match(/^\| removed \|/gm)).toHaveLength(16);
  });

  test('SARIF: each cut at the line of the policy that causes it, required ones as errors', () => {
    const sarif = JSON.parse(
      renderDiffSarif(netpolReportOf(diffOf(pods(2), denyAll(2)), 'main'), '1.0.0', process.cwd()),
    ) as {
      runs: {
        results: {
          ruleId: string;
          level: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]!.results;
    // p0->p1, p1->p0 and the outside to each: 4 cuts, each caused by `deny` (line 1).
    expect(results).toHaveLength(4);
    expect(results.every((r) => r.locations[0]!.physicalLocation.region.startLine === 1)).toBe(true);
    expect(
      results.every((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'manifests.yaml'),
    ).toBe(true);
    expect(results.filter((r) => r.level === 'error').map((r) => r.ruleId)).toEqual([
      'netpol-required-connection-cut',
    ]);
  });
});

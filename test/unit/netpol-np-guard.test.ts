/**
 * The connectivity model against np-guard netpol-analyzer's published expectations
 * (test/fixtures/netpol/np-guard/): its `list` output for acs-security-demos, line for line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBundle } from '../../src/manifests/bundle.js';
import { pathSources, readSources } from '../../src/manifests/sources.js';
import { connectivityOfBundle, formatPortSet } from '../../src/netpol/index.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/netpol/np-guard/${name}`, import.meta.url));

export async function npGuardConnlist(folder: string): Promise<string[]> {
  const { resources } = await readSources(pathSources([fixture(folder)]), { defaultNamespace: 'default' });
  const connectivity = connectivityOfBundle(createBundle(resources, 'default'));
  const lines: string[] = [];
  for (const edge of connectivity.edges()) {
    const name = (node: typeof edge.from) => (node.kind === 'external' ? `${node.id}[External]` : node.id);
    lines.push(`${name(edge.from)} => ${name(edge.to)} : ${formatPortSet(edge.allowed)}`);
  }
  return lines.sort();
}

/** np-guard's lines, without the OpenShift Routes' ingress-controller (not modelled here). */
const expectedLines = (file: string) =>
  readFileSync(fixture(file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('{ingress-controller}'))
    .sort();

describe('np-guard netpol-analyzer test cases', () => {
  test('acs-security-demos: the connectivity list equals np-guard list output', async () => {
    expect(await npGuardConnlist('acs-security-demos')).toEqual(
      expectedLines('acs-security-demos_connlist_output.txt'),
    );
  });
});

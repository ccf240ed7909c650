import { validateOptionsFor } from '../../src/manifests/validate.js';
import { loadConfig } from '../../src/config/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('validateOptionsFor', () => {
  const manifests = {
    paths: ['deploy/'],
    rules: { 'sts-no-pdb': 'off' as const },
    namespace: 'shop',
    strictReferences: true,
    dns: { namespace: 'dns', podLabels: { app: 'coredns' } },
  };

  it('takes the config when no flag is given', () => {
    expect(validateOptionsFor(manifests, {})).toEqual({
      paths: ['deploy/'],
      defaultNamespace: 'shop',
      strictReferences: true,
      overrides: { 'sts-no-pdb': 'off' },
      ruleOptions: { dns: { namespace: 'dns', podLabels: { app: 'coredns' } } },
    });
  });

  it('lets flags win', () => {
    const options = validateOptionsFor(manifests, {
      paths: ['other/'],
      namespace: 'store',
      strictReferences: false,
    });
    expect(options).toMatchObject({ paths: ['other/'], defaultNamespace: 'store', strictReferences: false });
  });

  it('defaults to namespace default and lenient references', () => {
    expect(validateOptionsFor({ paths: [], rules: {} }, {})).toMatchObject({
      defaultNamespace: 'default',
      strictReferences: false,
      ruleOptions: {},
    });
  });
});

describe('manifests keys of the config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slo-gate-manifests-config-'));
  const load = (text: string) => {
    const file = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    return loadConfig(file);
  };

  it('reads namespace, strictReferences, dns and ingressController', async () => {
    const config = await load(
      'manifests:\n  namespace: shop\n  strictReferences: true\n  dns: { namespace: dns, podLabels: { app: coredns } }\n  ingressController: { namespace: traefik, podLabels: { app.kubernetes.io/name: traefik } }\n',
    );
    expect(config.manifests).toEqual({
      paths: [],
      rules: {},
      namespace: 'shop',
      strictReferences: true,
      dns: { namespace: 'dns', podLabels: { app: 'coredns' } },
      ingressController: { namespace: 'traefik', podLabels: { 'app.kubernetes.io/name': 'traefik' } },
    });
  });

  it('rejects a misspelt key with a suggestion at its line', async () => {
    await expect(
      load('manifests:\n  dns:\n    namespace: dns\n    podLabel: { app: coredns }\n'),
    ).rejects.toThrow(/:4:5: unknown key "podLabel" in manifests\.dns — did you mean "podLabels"\?/);
  });
});

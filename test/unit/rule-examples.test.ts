/**
 * Every rule's documented example (docs/rules.md, `slo-gate rules`, SARIF help) checked the way
 * `slo-gate validate` checks a file: the bad example must produce that rule's finding, the good
 * example must not. The examples come from the rule registry itself, so a new rule is covered
 * the moment it is registered.
 */
import { RULES } from '../../src/manifests/rules/index.js';
import { validateSchema } from '../../src/manifests/schema.js';
import { validateManifests, type ValidateOptions } from '../../src/manifests/validate.js';

/**
 * Rules whose bad example needs more than a YAML file, so it describes the rest in a comment. None
 * is run by the rule engine: the loader or `slo-gate hook` (from the live cluster) reports them.
 */
const NOT_A_YAML_TEXT: Record<string, string> = {
  'input-unreadable': 'the bad input is a file that is not UTF-8 text',
  'ingress-live-host-path-taken': 'the clashing Ingress is a live one in another namespace',
  'sts-immutable-field-change': 'the StatefulSet it changes is the live one',
};

/** Rules that check only what the config asks for: the config their examples' first comment names. */
const CONFIG_OF_EXAMPLE: Record<string, ValidateOptions['ruleOptions']> = {
  'image-not-allowed': { images: { allow: ['registry.example.com/shop/'] } },
};

async function ruleIdsFound(ruleId: string, which: 'bad' | 'good', yaml: string): Promise<string[]> {
  const { findings } = await validateManifests(
    [{ kind: 'text', name: `${ruleId}.${which}.yaml`, text: yaml }],
    {
      defaultNamespace: 'default',
      strictReferences: false,
      overrides: {},
      ruleOptions: CONFIG_OF_EXAMPLE[ruleId] ?? {},
    },
    validateSchema,
  );
  return findings.map((finding) => finding.ruleId);
}

const runnable = RULES.filter((rule) => !(rule.meta.id in NOT_A_YAML_TEXT));

describe('rule examples', () => {
  it('leaves out only registered rules the rule engine does not run', () => {
    const notRunByTheEngine = RULES.filter((rule) => rule.check === undefined).map((rule) => rule.meta.id);
    expect(Object.keys(NOT_A_YAML_TEXT).filter((id) => !notRunByTheEngine.includes(id))).toEqual([]);
  });

  it.each(runnable.map((rule) => [rule.meta.id, rule.meta.example.bad] as const))(
    "%s: the bad example produces the rule's finding",
    async (id, bad) => {
      expect(await ruleIdsFound(id, 'bad', bad)).toContain(id);
    },
  );

  it.each(runnable.map((rule) => [rule.meta.id, rule.meta.example.good] as const))(
    "%s: the good example does not produce the rule's finding",
    async (id, good) => {
      expect(await ruleIdsFound(id, 'good', good)).not.toContain(id);
    },
  );
});

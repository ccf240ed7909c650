/** `slo-gate rules`: the rule catalog as text, markdown or JSON. */
import { RULES } from '../../manifests/rules/index.js';
import { renderCatalogMarkdown, renderCatalogText } from '../../report/catalog.js';
import type { RulesFlags } from './flags.js';

export function runRulesCommand(flags: RulesFlags): number {
  const metas = RULES.map((r) => r.meta);
  const text =
    flags.format === 'markdown'
      ? renderCatalogMarkdown(metas)
      : flags.format === 'json'
        ? `${JSON.stringify(metas, null, 2)}\n`
        : renderCatalogText(metas);
  process.stdout.write(text);
  return 0;
}

/**
 * The manifests' schema check, loaded on first use and handed to the gate by the entry points:
 * manifests/schema.ts holds a few MB of validators, and a run without manifests (the Action's usual
 * start, `slo-gate budget`) must not pay for them.
 */
import type { SchemaCheck } from '../manifests/validate.js';

export async function loadSchemaCheck(): Promise<SchemaCheck> {
  return (await import('../manifests/schema.js')).validateSchema;
}

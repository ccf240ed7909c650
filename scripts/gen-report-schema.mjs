// schema/report.schema.json from the model's ReportSchema, the one definition of the report (`npm run docs`).
import { writeFile } from 'node:fs/promises';
import prettier from 'prettier';
import { z } from 'zod';
// Node strips the types; report.ts imports nothing of the project, so it loads on its own.
import { ReportSchema } from '../src/model/report.ts';

const OUTPUT = new URL('../schema/report.schema.json', import.meta.url);

const schema = z.toJSONSchema(ReportSchema, {
  // Draft 7: the draft most validators and editors read.
  target: 'draft-7',
  // A version 1 report may gain fields (docs/report.md): readers must not reject properties they do not know.
  override: ({ jsonSchema }) => {
    delete jsonSchema.additionalProperties;
  },
});
const { $schema, ...definition } = schema;
const text = JSON.stringify({ $schema, title: 'slo-gate report', ...definition });
const options = (await prettier.resolveConfig(OUTPUT.pathname)) ?? {};
await writeFile(OUTPUT, await prettier.format(text, { ...options, parser: 'json' }));

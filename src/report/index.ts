import type { Report } from '../model/index.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif, type SarifOptions } from './sarif.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
  advisory: boolean;
  /** Text only: the terminal columns to fit (none: lines as long as their content). */
  width?: number;
  /** Text only: what the run read ("12 files, 87 resources" on the first line). */
  read?: { files: number; resources: number };
  /** Needed for SARIF only: the rule catalog, the tool's version and the repository root. */
  sarif?: SarifOptions;
}

export function render(report: Report, format: Format, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, options);
    case 'text':
      return renderText(report, options);
    case 'sarif':
      if (!options.sarif) throw new Error('SARIF needs the rule catalog');
      return renderSarif(report, options.sarif);
  }
}

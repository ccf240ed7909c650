import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';
import type { Report } from './types.js';

export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function render(
  report: Report,
  format: Format,
  options: { color: boolean; advisory: boolean },
): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, options);
    case 'text':
      return renderText(report, options);
  }
}

export type { Report } from './types.js';

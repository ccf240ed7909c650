/**
 * Template syntax left in YAML that should have been rendered (Helm and Go templates), found by
 * offset. Pure.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';

// Helm's own objects and functions: in a rendered manifest these never survive, while `{{ $labels }}`
// (Prometheus alerts), `{{ .Status }}` (Alertmanager) or `{{workflow.name}}` (Argo) legitimately do.
const HELM_ACTION =
  /\{\{[^}]*?(?:\$?\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|\b(?:include|tpl|toYaml|required|lookup)\b)/;
// Where YAML itself cannot hold `{{`: at the start of a line or of an unquoted value.
const UNQUOTED_ACTION = /(?:^[ \t]*(?:-[ \t]+)?|:[ \t]+)\{\{/m;

/** Finds `{{` without scanning the same text twice: documents come in order. */
export class TemplateScanner {
  private next = -1;
  constructor(private readonly text: string) {}
  within(start: number, end: number): boolean {
    if (this.next < start) {
      const found = this.text.indexOf('{{', start);
      this.next = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    return this.next < end;
  }
}

/** In a document YAML could not read: where the template syntax is, or -1. */
export function templateInBrokenText(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  const helm = HELM_ACTION.exec(slice);
  const unquoted = UNQUOTED_ACTION.exec(slice);
  const at = Math.min(helm?.index ?? Infinity, unquoted ? unquoted.index + unquoted[0].length - 2 : Infinity);
  return at === Infinity ? -1 : start + at;
}

/** In a document YAML did read: the offset of the first template action, or -1. */
export function templateInDocument(text: string, base: number, contents: Node): number {
  let first = Number.POSITIVE_INFINITY;
  const stack: unknown[] = [contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node) && node.range) {
      const from = base + node.range[0];
      const match = HELM_ACTION.exec(text.slice(from, base + node.range[1]));
      if (match) first = Math.min(first, from + match.index);
    } else if (isMap(node) || isSeq(node)) {
      // `key: {{ .x }}` reads as a flow mapping inside a flow mapping: no manifest is written so.
      const at = base + (node.range?.[0] ?? 0);
      if (node.flow && text.startsWith('{{', at)) first = Math.min(first, at);
      for (const item of node.items as unknown[]) {
        if (isMap(node)) stack.push((item as Pair).key, (item as Pair).value);
        else stack.push(item);
      }
    }
  }
  return first === Number.POSITIVE_INFINITY ? -1 : first;
}

/** The template text at `offset`, to quote in a message: the rest of its line, cut to 60 characters. */
export function templateExcerpt(text: string, offset: number): string {
  const lineEnd = text.indexOf('\n', offset);
  const written = text.slice(offset, lineEnd < 0 ? undefined : lineEnd).trim();
  return written.length > 60 ? `${written.slice(0, 57)}...` : written;
}

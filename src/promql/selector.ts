/** Plain vector selectors (`metric{label="value"}`), which SLI builders wrap in functions themselves. Pure. */
import { findSyntaxError, parsePromql } from './syntax.js';

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** A valid Prometheus metric name: [a-zA-Z_:][a-zA-Z0-9_:]*. */
export function isMetricName(text: string): boolean {
  return METRIC_NAME.test(text);
}

/**
 * The label names a plain vector selector matches on (`foo{a="b",le="1"}` -> [a, le]); undefined
 * when the text is not valid PromQL or is anything but one vector selector (a function, an offset,
 * a range), since a builder appends `[window]` to it.
 */
export function selectorLabelNames(text: string): string[] | undefined {
  if (findSyntaxError(text)) return undefined;
  const top = parsePromql(text).topNode.firstChild;
  if (top?.name !== 'VectorSelector' || top.nextSibling) return undefined;
  const names: string[] = [];
  top
    .getChild('LabelMatchers')
    ?.cursor()
    .iterate((node) => {
      if (node.name === 'LabelName') names.push(text.slice(node.from, node.to));
      // A quoted name ("le" or 'le'): its text inside the quotes.
      if (node.name === 'QuotedLabelName') names.push(text.slice(node.from + 1, node.to - 1));
    });
  return names;
}

const PLAIN_SELECTOR = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(?:\{([\s\S]*)\})?\s*$/;

/**
 * The metric name of a plain vector selector written `name{...}` (not `{__name__="name"}`) and its
 * matchers without the braces; undefined for any other form.
 */
export function splitSelector(text: string): { metric: string; matchers: string } | undefined {
  if (!selectorLabelNames(text)) return undefined;
  const match = PLAIN_SELECTOR.exec(text);
  if (!match) return undefined;
  return { metric: match[1]!, matchers: (match[2] ?? '').trim().replace(/,\s*$/, '') };
}

/** `metric{a="b"}` with its name replaced and matchers added: `other{a="b",slo="x"}`. */
export function renamedSelector(text: string, metric: string, extra: string[]): string | undefined {
  const parts = splitSelector(text);
  if (!parts) return undefined;
  return `${metric}{${[parts.matchers, ...extra].filter((m) => m !== '').join(',')}}`;
}

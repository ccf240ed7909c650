/** Kubernetes label selectors, exactly as the API server matches them. Pure. */
import type { LabelSelector } from '../model/index.js';
import { valueText } from '../text/value.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A label map from untyped manifest data: non-string values are stringified as YAML would show them. */
export function stringMap(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== null && v !== undefined) out[key] = valueText(v);
  }
  return out;
}

/** The selector as data, tolerating malformed input (schema-invalid reports that). */
export function asLabelSelector(value: unknown): LabelSelector | undefined {
  if (!isRecord(value)) return undefined;
  const selector: LabelSelector = {};
  if (isRecord(value.matchLabels)) selector.matchLabels = stringMap(value.matchLabels);
  if (Array.isArray(value.matchExpressions)) {
    selector.matchExpressions = value.matchExpressions.filter(isRecord).map((e) => ({
      key: valueText(e.key ?? ''),
      operator: valueText(e.operator ?? '') as 'In',
      values: Array.isArray(e.values) ? e.values.map(valueText) : undefined,
    }));
  }
  return selector;
}

/** An empty LabelSelector ({}) selects everything; a null/absent one selects nothing (callers decide). */
export function isEmptySelector(selector: LabelSelector): boolean {
  return (
    Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0
  );
}

/** matchLabels and every matchExpression must hold (they are ANDed). */
export function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const requirement of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, requirement.key);
    const values = requirement.values ?? [];
    switch (requirement.operator) {
      case 'In':
        if (!has || !values.includes(labels[requirement.key]!)) return false;
        break;
      case 'NotIn':
        // A pod without the key satisfies NotIn, as the API server defines it.
        if (has && values.includes(labels[requirement.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        // An unknown operator matches nothing (the API server rejects it; schema-invalid says so).
        return false;
    }
  }
  return true;
}

/** A Service-style selector (plain map): every pair must be present. An empty map selects nothing. */
export function mapSelectorMatches(
  selector: Record<string, string>,
  labels: Record<string, string>,
): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

/** "app=web,tier in (a,b)" — for messages. */
export function describeSelector(selector: LabelSelector | Record<string, string>): string {
  const asSelector: LabelSelector =
    'matchLabels' in selector || 'matchExpressions' in selector
      ? selector
      : { matchLabels: selector as Record<string, string> };
  const parts = Object.entries(asSelector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of asSelector.matchExpressions ?? []) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${(e.values ?? []).join(',')})`);
  }
  return parts.length > 0 ? parts.join(',') : '(everything)';
}

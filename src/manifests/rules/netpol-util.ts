/** Shared helpers of the netpol-* rules: iteration over rules/peers/ports and text for messages. */
import { describeSelector } from '../../k8s/labels.js';
import type { LabelSelector, Path } from '../../model/index.js';
import type { BundlePolicy } from '../../netpol/bundle.js';
import type { Direction, NetpolPeer, NetpolPort, NetpolRule } from '../../netpol/model.js';

export const DIRECTIONS: readonly Direction[] = ['ingress', 'egress'];
export const PEER_KEY: Record<Direction, 'from' | 'to'> = { ingress: 'from', egress: 'to' };

/** "spec.ingress[0].from[1]" — how users find the element in their YAML. */
export function pathText(path: Path): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** "NetworkPolicy shop/web" */
export const policyName = (policy: BundlePolicy) => `NetworkPolicy ${policy.namespace}/${policy.name}`;

/** Every rule of both directions with its direction, whether or not the policy type applies. */
export function* rulesOf(
  policy: BundlePolicy,
): Generator<{ direction: Direction; rule: NetpolRule; index: number }> {
  for (const direction of DIRECTIONS) {
    const rules = policy[direction];
    for (let index = 0; index < rules.length; index++) yield { direction, rule: rules[index]!, index };
  }
}

export function* peersOf(
  policy: BundlePolicy,
): Generator<{ direction: Direction; rule: NetpolRule; peer: NetpolPeer }> {
  for (const { direction, rule } of rulesOf(policy)) {
    for (const peer of rule.peers ?? []) yield { direction, rule, peer };
  }
}

export function* portsOf(
  policy: BundlePolicy,
): Generator<{ direction: Direction; rule: NetpolRule; port: NetpolPort }> {
  for (const { direction, rule } of rulesOf(policy)) {
    for (const port of rule.ports ?? []) yield { direction, rule, port };
  }
}

/** A label map as a YAML flow mapping: {app: web, tier: front}. */
export function flowMap(labels: Record<string, string>): string {
  return `{${Object.entries(labels)
    .map(([k, v]) => `${k}: ${quoteIfNeeded(v)}`)
    .join(', ')}}`;
}

/** A LabelSelector as YAML flow: {matchLabels: {app: web}}. */
export function flowSelector(selector: LabelSelector): string {
  const parts: string[] = [];
  if (selector.matchLabels && Object.keys(selector.matchLabels).length > 0) {
    parts.push(`matchLabels: ${flowMap(selector.matchLabels)}`);
  }
  if (selector.matchExpressions && selector.matchExpressions.length > 0) {
    const expressions = selector.matchExpressions.map((e) =>
      e.values
        ? `{key: ${e.key}, operator: ${e.operator}, values: [${e.values.join(', ')}]}`
        : `{key: ${e.key}, operator: ${e.operator}}`,
    );
    parts.push(`matchExpressions: [${expressions.join(', ')}]`);
  }
  return `{${parts.join(', ')}}`;
}

function quoteIfNeeded(value: string): string {
  // Values YAML would read as something other than this string (numbers, booleans, empty) are quoted.
  return /^[A-Za-z_][A-Za-z0-9_.\-/]*$/.test(value) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

/** "pods app=web" / "every pod" — for messages. */
export const podsText = (selector: LabelSelector) =>
  describeSelector(selector) === '(everything)' ? 'every pod' : `pods ${describeSelector(selector)}`;

/** "Deployment/shop/web, Deployment/shop/api and 3 more" */
export function listText(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** The API server's IsValidPortName: 1-15 of [a-z0-9-], a letter among them, no leading/trailing/double '-'. */
export function portNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 15) return 'must be 1 to 15 characters';
  if (!/^[a-z0-9-]+$/.test(name)) return 'may contain only lowercase letters, digits and "-"';
  if (!/[a-z]/.test(name)) return 'must contain at least one letter';
  if (name.startsWith('-') || name.endsWith('-')) return 'must not begin or end with "-"';
  if (name.includes('--')) return 'must not contain "--"';
  return undefined;
}

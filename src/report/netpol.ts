/** NetworkPolicy answers as text and markdown: one connection explained. */
import type {
  BundlePolicy,
  ConnectionExplanation,
  RuleContribution,
  SideExplanation,
} from '../netpol/index.js';
import type { Path } from '../model/index.js';

/** "spec.ingress[0]" */
export function formatPath(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** "policies.yaml:12" for a rule (or the policy itself with path []). */
export function policyLocation(policy: BundlePolicy, path: Path = []): string {
  const { line } = path.length > 0 ? policy.resource.positionOf(path) : policy.resource;
  return `${policy.resource.file}:${line}`;
}

const policyName = (policy: BundlePolicy) => `${policy.namespace}/${policy.name}`;

const ruleText = (rule: RuleContribution<BundlePolicy>) =>
  `${policyName(rule.policy)} ${formatPath(rule.rule.path)} (${policyLocation(rule.policy, rule.rule.path)})`;

function sideLine(side: SideExplanation<BundlePolicy>, peer: { id: string }, port: string): string {
  const what = `${side.direction} of ${side.subject.id}`;
  if (side.subject.kind === 'external')
    return `${what}: allowed (no NetworkPolicy applies outside the cluster)`;
  if (side.isolatedBy.length === 0)
    return `${what}: allowed (not isolated: no NetworkPolicy selects it for ${side.direction})`;
  const isolated = `isolated by ${side.isolatedBy.map((p) => `${policyName(p)} (${policyLocation(p)})`).join(', ')}`;
  switch (side.result) {
    case 'allowed':
      return `${what}: allowed by ${side.deciding.map(ruleText).join(', ')}; ${isolated}`;
    case 'undecided':
      return `${what}: cannot be judged from the manifests; it depends on ${side.deciding.map(ruleText).join(', ')} (namespace labels or ipBlocks the manifests do not settle)`;
    case 'denied':
      return `${what}: denied; ${isolated}, and no rule of theirs allows ${port} ${side.direction === 'egress' ? 'to' : 'from'} ${peer.id}`;
  }
}

export function renderExplanationText(explanation: ConnectionExplanation<BundlePolicy>): string {
  const port = `${explanation.protocol} ${explanation.port}`;
  const lines = [
    `${explanation.from.id} -> ${explanation.to.id} on ${port}: ${explanation.result}`,
    `  ${sideLine(explanation.egress, explanation.to, port)}`,
    `  ${sideLine(explanation.ingress, explanation.from, port)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The explanation as plain data (--format json). */
export function explanationJson(explanation: ConnectionExplanation<BundlePolicy>): unknown {
  const side = (s: SideExplanation<BundlePolicy>) => ({
    direction: s.direction,
    subject: s.subject.id,
    result: s.result,
    isolatedBy: s.isolatedBy.map((p) => ({ policy: policyName(p), location: policyLocation(p) })),
    rules: s.deciding.map((r) => ({
      policy: policyName(r.policy),
      rule: formatPath(r.rule.path),
      location: policyLocation(r.policy, r.rule.path),
    })),
  });
  return {
    from: explanation.from.id,
    to: explanation.to.id,
    protocol: explanation.protocol,
    port: explanation.port,
    result: explanation.result,
    egress: side(explanation.egress),
    ingress: side(explanation.ingress),
  };
}

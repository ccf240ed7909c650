/** NetworkPolicy answers as text, markdown and JSON: one connection explained, a release's diff. */
import {
  formatPortSet,
  isEmpty,
  type BundlePolicy,
  type ChangeCause,
  type ConnectionChange,
  type ConnectionExplanation,
  type ConnectivityDiff,
  type RuleContribution,
  type PortSet,
  type SideExplanation,
} from '../netpol/index.js';
import type { NetpolCause, NetpolChange, NetpolDiffReport, Path } from '../model/index.js';

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

/** The diff as the report carries it (`netpol` of the JSON report, `netpol diff -f json`). */
export function netpolReportOf(
  diff: ConnectivityDiff<BundlePolicy>,
  baseline: string,
  configFile?: string,
): NetpolDiffReport {
  const causeOf = (cause: ChangeCause<BundlePolicy>): NetpolCause => {
    if (!cause.policy) return { reason: cause.reason };
    const { line, column } =
      cause.path.length > 0 ? cause.policy.resource.positionOf(cause.path) : cause.policy.resource;
    return {
      policy: policyName(cause.policy),
      file: cause.policy.resource.file,
      line,
      column,
      ...(cause.path.length > 0 ? { rule: formatPath(cause.path) } : {}),
      ...(cause.inBaseline ? { inBaseline: true } : {}),
      reason: cause.reason,
    };
  };
  // A network.required entry that names no workload can never block: said wherever the diff is shown.
  const notes = [
    ...diff.unmatchedRequired.map(
      (entry) =>
        `network.required ${entry.from} -> ${entry.to}${configFile && entry.line ? ` (${configFile}:${entry.line})` : ''} names no workload of the manifests`,
    ),
    ...(diff.notes ?? []),
  ];
  return {
    baseline,
    ...(configFile ? { config: configFile } : {}),
    verdict: diff.verdict,
    changes: diff.changes.map((change: ConnectionChange<BundlePolicy>) => ({
      kind: change.kind,
      from: change.from.id,
      to: change.to.id,
      before: formatPortSet(change.before),
      after: formatPortSet(change.after),
      ...(isEmpty(change.lost) ? {} : { lost: formatPortSet(change.lost) }),
      ...(isEmpty(change.undecided) ? {} : { undecided: formatPortSet(change.undecided) }),
      required: change.required.map((r) => ({
        from: r.from,
        to: r.to,
        ...(r.port !== undefined ? { port: r.port } : {}),
        ...(r.line !== undefined ? { line: r.line } : {}),
      })),
      ...(change.observed ? { observed: change.observed } : {}),
      causes: change.causes.map(causeOf),
    })),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function causeText(cause: NetpolCause): string {
  if (!cause.policy) return cause.reason;
  const rule = cause.rule ? ` ${cause.rule}` : '';
  // A live baseline's objects have no file: "(live baseline)".
  const where = cause.file
    ? `${cause.file}:${cause.line}${cause.inBaseline ? ', baseline' : ''}`
    : 'live baseline';
  return `${cause.policy}${rule} (${where}): ${cause.reason}`;
}

function changePorts(change: NetpolChange): string {
  const undecided = change.undecided ? `; cannot judge ${change.undecided}` : '';
  switch (change.kind) {
    case 'removed':
      return `was ${change.before}${undecided}`;
    case 'added':
      return `now ${change.after}${undecided}`;
    case 'changed':
      return `${change.before} -> ${change.after}${undecided}`;
  }
}

const requiredText = (change: NetpolChange, configFile: string | undefined) =>
  change.required
    .map((r) => `required${configFile && r.line ? ` (${configFile}:${r.line})` : ''}`)
    .join(', ');

function summaryLine(diff: NetpolDiffReport): string {
  const count = (kind: string) => diff.changes.filter((c) => c.kind === kind).length;
  return `NetworkPolicy diff against ${diff.baseline}: ${count('removed')} removed, ${count('added')} added, ${count('changed')} changed; verdict ${diff.verdict}`;
}

export function renderDiffText(diff: NetpolDiffReport): string {
  const lines = [summaryLine(diff)];
  for (const change of diff.changes) {
    const required = change.required.length > 0 ? `  BLOCK: ${requiredText(change, diff.config)}` : '';
    lines.push(`${change.kind.padEnd(7)} ${change.from} -> ${change.to}: ${changePorts(change)}${required}`);
    if (change.observed) lines.push(`        BLOCK: ${change.observed}`);
    for (const cause of change.causes) lines.push(`        because ${causeText(cause)}`);
  }
  for (const note of diff.notes ?? []) lines.push(`note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/** Removed connections stay readable as a flowchart up to this many edges; more go in the table only. */
export const MERMAID_MAX_EDGES = 15;

const mermaidId = (id: string) => `n${[...id].map((c) => (/[A-Za-z0-9]/.test(c) ? c : '_')).join('')}`;
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The diff for a job summary or PR comment: a flowchart of what is cut (when readable) and a table. */
export function renderDiffMarkdown(diff: NetpolDiffReport, heading = '### NetworkPolicy impact'): string {
  const out = [heading, '', summaryLine(diff), ''];
  const cut = diff.changes.filter((c) => c.lost !== undefined);
  if (cut.length > 0 && cut.length <= MERMAID_MAX_EDGES) {
    out.push('```mermaid', 'flowchart LR');
    const nodes = new Map<string, string>();
    for (const change of cut) for (const id of [change.from, change.to]) nodes.set(mermaidId(id), id);
    for (const [id, label] of nodes) out.push(`  ${id}["${label.replace(/"/g, "'")}"]`);
    for (const change of cut) {
      const arrow = change.required.length > 0 || change.observed ? '-.->|"BLOCK ' : '-.->|"';
      out.push(`  ${mermaidId(change.from)} ${arrow}${change.lost} cut"| ${mermaidId(change.to)}`);
    }
    out.push('```', '');
  }
  if (diff.changes.length > 0) {
    out.push('| change | from | to | ports | cause | required |', '|---|---|---|---|---|---|');
    for (const change of diff.changes) {
      out.push(
        `| ${change.kind} | ${cell(change.from)} | ${cell(change.to)} | ${cell(changePorts(change))} | ${cell(change.causes.map(causeText).join('; '))} | ${cell([requiredText(change, diff.config), change.observed ?? ''].filter(Boolean).join('; '))} |`,
      );
    }
    out.push('');
  }
  for (const note of diff.notes ?? []) out.push(`> ${note}`, '');
  return `${out.join('\n')}\n`;
}

/** Matrices wider than this many nodes are lists instead: a grid nobody can read helps nobody. */
export const MATRIX_MAX_NODES = 30;

export interface ConnectivityListing {
  nodes: readonly { id: string }[];
  edges: readonly { from: { id: string }; to: { id: string }; allowed: PortSet; undecided: PortSet }[];
}

const edgeCell = (edge: ConnectivityListing['edges'][number] | undefined) => {
  if (!edge) return '';
  const allowed = isEmpty(edge.allowed) ? '' : formatPortSet(edge.allowed);
  const undecided = isEmpty(edge.undecided) ? '' : `undecided: ${formatPortSet(edge.undecided)}`;
  return [allowed, undecided].filter(Boolean).join('; ');
};

/** Every allowed connection: a grid (rows: from, columns: to) for small models, else one line each. */
/** `netpol list -f json`: every allowed connection with its ports. */
export function connectivityJson(listing: ConnectivityListing): string {
  const edges = listing.edges.map((e) => ({
    from: e.from.id,
    to: e.to.id,
    allowed: formatPortSet(e.allowed),
    ...(isEmpty(e.undecided) ? {} : { undecided: formatPortSet(e.undecided) }),
  }));
  return `${JSON.stringify(edges, null, 2)}\n`;
}

export function renderConnectivityText(listing: ConnectivityListing): string {
  const byPair = new Map(listing.edges.map((e) => [`${e.from.id}\u0000${e.to.id}`, e]));
  if (listing.nodes.length > MATRIX_MAX_NODES || listing.nodes.length === 0) {
    return `${listing.edges.map((e) => `${e.from.id} => ${e.to.id} : ${edgeCell(e)}`).join('\n')}\n`;
  }
  const header = ['from \\ to', ...listing.nodes.map((_, j) => `[${j + 1}]`)];
  const rows = listing.nodes.map((from, i) => [
    `[${i + 1}] ${from.id}`,
    ...listing.nodes.map((to) =>
      from === to ? '-' : edgeCell(byPair.get(`${from.id}\u0000${to.id}`)) || '.',
    ),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export function renderConnectivityMarkdown(listing: ConnectivityListing): string {
  const byPair = new Map(listing.edges.map((e) => [`${e.from.id}\u0000${e.to.id}`, e]));
  const out = ['### NetworkPolicy connectivity', ''];
  if (listing.nodes.length > MATRIX_MAX_NODES) {
    out.push('| from | to | ports |', '|---|---|---|');
    for (const e of listing.edges)
      out.push(`| ${cell(e.from.id)} | ${cell(e.to.id)} | ${cell(edgeCell(e))} |`);
  } else {
    out.push(`| from \\ to | ${listing.nodes.map((n) => cell(n.id)).join(' | ')} |`);
    out.push(`|---|${listing.nodes.map(() => '---').join('|')}|`);
    for (const from of listing.nodes) {
      const cells = listing.nodes.map((to) =>
        from === to ? '' : cell(edgeCell(byPair.get(`${from.id}\u0000${to.id}`))),
      );
      out.push(`| ${cell(from.id)} | ${cells.join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

export { renderDiffSarif } from './netpol-sarif.js';

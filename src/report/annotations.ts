/**
 * Findings as workflow annotations (pure). GitHub shows at most 10 annotations of each kind per step
 * and drops the rest silently, so the plan keeps within that, most severe first, and ends with one
 * notice saying how many findings are not shown and where they are.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding, Report } from '../model/index.js';
import { mapStrings, stripControlCharacters } from '../text/redact.js';

export type AnnotationKind = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
}

export interface Annotation {
  kind: AnnotationKind;
  message: string;
  properties: AnnotationProperties;
}

/** Annotations of one kind GitHub shows per step. */
export const ANNOTATIONS_PER_KIND = 10;

const KIND: Record<Finding['severity'], AnnotationKind> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};
const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

export interface AnnotationOptions {
  /** The repository root (GITHUB_WORKSPACE): annotation paths are relative to it. */
  root: string;
  /** What relative finding paths are relative to (the process's working directory). */
  cwd: string;
  perKind?: number;
  /** Slots already taken per kind, e.g. by the verdict's own annotation. */
  reserved?: Partial<Record<AnnotationKind, number>>;
  /** Where the findings that are not annotated can be read, e.g. "see the job summary". */
  overflowPointer?: string;
}

/** A repository-relative path with forward slashes; undefined for stdin or a file outside the root. */
export function annotationPath(file: string, root: string, cwd: string): string | undefined {
  if (file === '<stdin>' || file === '') return undefined;
  const path = relative(root, isAbsolute(file) ? file : resolve(cwd, file));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

function annotationOf(written: Finding, options: AnnotationOptions): Annotation {
  // The runner's log renders ANSI sequences: a manifest's text must not carry any.
  const finding = mapStrings(written, stripControlCharacters);
  const file = annotationPath(finding.file, options.root, options.cwd);
  const line = Math.max(1, finding.line);
  const properties: AnnotationProperties = { title: finding.ruleId };
  if (file) {
    properties.file = file;
    properties.startLine = line;
    properties.endLine = line;
    if (finding.column > 0) properties.startColumn = finding.column;
  }
  const subject = finding.resource ? `${finding.resource}: ${finding.message}` : finding.message;
  // A finding outside the repository cannot be placed on a line: name its file in the text instead.
  const where = file ? '' : `${finding.file}:${line}: `;
  return {
    kind: KIND[finding.severity],
    message: `${where}${subject}${finding.hint ? `\nHint: ${finding.hint}` : ''}`,
    properties,
  };
}

export function planAnnotations(findings: readonly Finding[], options: AnnotationOptions): Annotation[] {
  const perKind = options.perKind ?? ANNOTATIONS_PER_KIND;
  const room = (kind: AnnotationKind) => Math.max(0, perKind - (options.reserved?.[kind] ?? 0));
  // Stable: within a severity the report's order (file, then line) is kept.
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const count = (kind: AnnotationKind) => sorted.filter((f) => KIND[f.severity] === kind).length;

  const overflows =
    count('error') > room('error') || count('warning') > room('warning') || count('notice') > room('notice');
  // The closing notice takes one notice slot itself.
  const limit: Record<AnnotationKind, number> = {
    error: room('error'),
    warning: room('warning'),
    notice: overflows ? Math.max(0, room('notice') - 1) : room('notice'),
  };
  const used: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  const plan: Annotation[] = [];
  for (const finding of sorted) {
    const kind = KIND[finding.severity];
    if (used[kind] >= limit[kind]) continue;
    used[kind] += 1;
    plan.push(annotationOf(finding, options));
  }
  const omitted = findings.length - plan.length;
  if (omitted > 0 && room('notice') > 0) {
    plan.push({
      kind: 'notice',
      message: `${omitted} more ${omitted === 1 ? 'finding' : 'findings'} — ${options.overflowPointer ?? 'see the job summary'}`,
      properties: { title: 'slo-gate' },
    });
  }
  return plan;
}

function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Why the verdict is what it is, in one line: the SLOs behind it with their first reason, then the
 * count of findings of the matching severity. "checkout: burn rate 20x over 1h ...; 2 error findings".
 */
export function verdictReason(report: Report): string {
  if (report.verdict === 'pass') return 'every SLO and manifest check passed';
  const verdict = report.verdict;
  // An SLO in error or without data weighs as its policy says; the report keeps only its status.
  let slos = report.slos.filter((s) => s.status === verdict);
  if (slos.length === 0) slos = report.slos.filter((s) => s.status === 'error' || s.status === 'nodata');
  const parts = slos.slice(0, 2).map((s) => `${s.name} ${oneLine(s.reasons[0] ?? s.status)}`);
  if (slos.length > 2) parts.push(`${slos.length - 2} more ${slos.length - 2 === 1 ? 'SLO' : 'SLOs'}`);
  const severity = verdict === 'block' ? 'error' : 'warning';
  const findings = report.findings.filter((f) => f.severity === severity).length;
  if (findings > 0) parts.push(`${findings} ${severity} ${findings === 1 ? 'finding' : 'findings'}`);
  return parts.length > 0 ? parts.join('; ') : verdict;
}

/**
 * The container's termination message: one line that says why the gate decided what it did.
 * The kubelet reads at most 4096 bytes of terminationMessagePath into the pod's
 * status.containerStatuses[].state.terminated.message, which `kubectl describe pod` and the Argo CD
 * resource tree show. `terminationMessage` is pure; `writeTerminationMessage` does the I/O.
 */
import { writeFile } from 'node:fs/promises';
import type { Report } from '../model/index.js';
import { verdictReason } from '../report/annotations.js';
import { redact, stripControlCharacters } from '../text/redact.js';

/** The kubelet's limit per container. */
export const TERMINATION_MESSAGE_MAX_BYTES = 4096;
export const DEFAULT_TERMINATION_LOG = '/dev/termination-log';

export interface TerminationPolicy {
  mode: 'enforce' | 'advisory';
  /** The exit code the gate returns: 1 means the sync is stopped. */
  exitCode: number;
}

/** Findings and hints named after the verdict's reason, to keep the line readable. */
const MAX_FINDINGS = 3;
const MAX_HINTS = 3;

/**
 * "slo-gate blocked the sync: checkout burn rate 20x over 1h ...; 1 error finding |
 * sts-immutable-field-change StatefulSet/shop/db: ... | hint: 2 pods of Deployment shop/web in
 * CrashLoopBackOff". Always one line, at most 4096 bytes of UTF-8.
 */
export function terminationMessage(report: Report, policy: TerminationPolicy): string {
  const parts = [`${headline(report, policy)}: ${verdictReason(report)}`];
  if (report.verdict !== 'pass') {
    const severity = report.verdict === 'block' ? 'error' : 'warning';
    for (const finding of report.findings.filter((f) => f.severity === severity).slice(0, MAX_FINDINGS)) {
      parts.push(`${finding.ruleId} ${finding.resource || finding.file}: ${finding.message}`);
    }
  }
  for (const hint of report.hints.slice(0, MAX_HINTS)) parts.push(`hint: ${hint.title}`);
  return truncateUtf8(oneLine(parts.join(' | ')), TERMINATION_MESSAGE_MAX_BYTES);
}

function headline(report: Report, policy: TerminationPolicy): string {
  if (report.verdict === 'pass') return 'slo-gate passed';
  const verb = report.verdict === 'block' ? 'blocked' : 'warned';
  if (policy.mode === 'advisory') return `slo-gate ${verb} (mode: advisory, the sync goes on)`;
  return policy.exitCode === 0
    ? `slo-gate ${verb} (the sync goes on)`
    : `slo-gate ${verb}${report.verdict === 'warn' ? ' (fail-on: warn)' : ''}, the sync is stopped`;
}

function oneLine(text: string): string {
  // Shown by kubectl and the Argo CD UI: no control character from a manifest or a server survives.
  return stripControlCharacters(text.replace(/\s*[\r\n]+\s*/g, ' ')).trim();
}

/** Cuts at a character boundary so the message stays valid UTF-8, and marks the cut with "…". */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const ellipsis = '…';
  const budget = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > budget) break;
    bytes += size;
    end += char.length;
  }
  return `${text.slice(0, end)}${ellipsis}`;
}

/**
 * Writes the message; a failure (no such folder outside Kubernetes, read-only file) only warns:
 * the verdict and exit code never depend on it.
 */
export async function writeTerminationMessage(
  path: string,
  message: string,
  warn: (message: string) => void,
): Promise<boolean> {
  try {
    await writeFile(path, redact(message));
    return true;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    warn(`could not write the termination message to ${path} (${reason}); the verdict stands`);
    return false;
  }
}

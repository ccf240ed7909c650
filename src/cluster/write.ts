/**
 * Writes the verdict back to the cluster: a core/v1 Event on the Argo CD Application (or the Job),
 * the `slo-gate.dev/verdict` annotation on the target Deployments, and optionally the Argo CD
 * Application notice annotations. A failed write returns a warning line and never throws: the
 * verdict is already decided and must not change because a write-back failed. Each request has a
 * short timeout of its own and ends at the caller's signal (the hook's time for its results); an
 * answer counts as written only when it is a 2xx with a JSON object, not a proxy's page.
 */
import { hostname } from 'node:os';
import {
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions,
  type ConfigurationOptions,
  type CoreV1Event,
  type KubeConfig,
} from '@kubernetes/client-node';
import type { Verdict } from '../model/index.js';
import { redact, stripControlCharacters } from '../text/redact.js';
import { classifyFailure, formatMs, serverOf, withAnswerChecks, withSignal } from './request.js';

export const VERDICT_ANNOTATION = 'slo-gate.dev/verdict';
export const REPORTING_COMPONENT = 'slo-gate';
/** client-go's recorder limit for Event messages; longer ones are cut with an ellipsis. */
export const EVENT_MESSAGE_LIMIT_BYTES = 1024;

export const EVENT_REASONS: Record<Verdict, string> = {
  pass: 'SloGatePassed',
  warn: 'SloGateWarned',
  block: 'SloGateBlocked',
};

/** Per write: an API server that takes longer is not answering, and the hook has results to finish. */
export const WRITE_TIMEOUT_MS = 5_000;
/** A written object (an Event, a Deployment, an Application) is kilobytes; more is no API server's answer. */
const MAX_WRITE_ANSWER_BYTES = 4 * 1024 * 1024;

export interface WriteOptions {
  /** Per write (default WRITE_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Ends every write, whatever its own timeout: the time the caller has for its results. */
  signal?: AbortSignal;
  /** Event timestamps and name (default: now). */
  now?: Date;
}

/** The object an Event is about (`involvedObject`). */
export interface EventTarget {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
  uid?: string;
}

export interface ObjectRef {
  namespace: string;
  name: string;
}

/**
 * Argo CD's per-Application notice (Argo CD >= 3.5, argoproj/argo-cd#27719): a banner on the
 * application page and an icon in the list. Argo CD shows at most 500 characters of `content`.
 */
export interface ApplicationNotice {
  content: string;
  severity: 'info' | 'warning' | 'critical';
  /** http(s) only; Argo CD ignores other schemes. */
  url?: string;
  /** true: users cannot dismiss the banner. */
  permanent?: boolean;
}

const NOTICE_PREFIX = 'notice.argocd.argoproj.io/';
/** The notice keys slo-gate owns; `icon` and `scope` are left to the user. */
export const NOTICE_ANNOTATIONS = {
  content: `${NOTICE_PREFIX}content`,
  severity: `${NOTICE_PREFIX}severity`,
  url: `${NOTICE_PREFIX}url`,
  permanent: `${NOTICE_PREFIX}permanent`,
} as const;
export const NOTICE_CONTENT_LIMIT = 500;

/** Cuts text to at most `limit` UTF-8 bytes at a character boundary, ending in '…' when cut. */
export function truncateUtf8(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const ellipsis = '…';
  let budget = limit - Buffer.byteLength(ellipsis);
  let cut = '';
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (size > budget) break;
    budget -= size;
    cut += ch;
  }
  return cut + ellipsis;
}

/** The core/v1 Event for a verdict, as client-go's recorder would write it. */
export function verdictEvent(target: EventTarget, verdict: Verdict, message: string, now: Date): CoreV1Event {
  // client-go names events "<object>.<unix nanos in hex>"; the name must stay a DNS subdomain (<= 253).
  const suffix = (BigInt(now.getTime()) * 1_000_000n).toString(16);
  const name = `${target.name.slice(0, 253 - suffix.length - 1)}.${suffix}`;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: target.namespace },
    involvedObject: {
      apiVersion: target.apiVersion,
      kind: target.kind,
      name: target.name,
      namespace: target.namespace,
      ...(target.uid ? { uid: target.uid } : {}),
    },
    reason: EVENT_REASONS[verdict],
    message: truncateUtf8(redact(stripControlCharacters(message)), EVENT_MESSAGE_LIMIT_BYTES),
    type: verdict === 'pass' ? 'Normal' : 'Warning',
    source: { component: REPORTING_COMPONENT },
    reportingComponent: REPORTING_COMPONENT,
    // In a Job this is the pod name, which is what `kubectl describe` should point at.
    reportingInstance: process.env.HOSTNAME || hostname(),
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
  };
}

/** The line a failed write leaves: "could not record the Event on Application argocd/shop: forbidden (needs create on events in namespace argocd)". */
function writeWarning(
  action: string,
  error: unknown,
  permission: string,
  kc: KubeConfig,
  options: WriteOptions,
): string {
  const timeoutMs = options.timeoutMs ?? WRITE_TIMEOUT_MS;
  if (options.signal?.aborted) return `could not ${action}: the time for writing results ran out`;
  const failure = classifyFailure(error);
  switch (failure.kind) {
    case 'forbidden':
      return `could not ${action}: forbidden (needs ${permission})`;
    case 'not-found':
      return `could not ${action}: not found (${failure.detail})`;
    case 'timeout':
      return `could not ${action}: ${serverOf(kc)} did not answer within ${formatMs(timeoutMs)}`;
    case 'unreachable':
      return `could not ${action}: ${serverOf(kc)} is unreachable: ${failure.detail}`;
    case 'unauthorized':
      return `could not ${action}: ${serverOf(kc)} rejected the credentials (HTTP 401)`;
    case 'unreadable':
      return `could not ${action}: the answer of ${serverOf(kc)} was ${failure.detail}, not the object written`;
    default:
      return `could not ${action}: ${failure.detail}`;
  }
}

function callOptions(options: WriteOptions, extra?: ConfigurationOptions): ConfigurationOptions {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? WRITE_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  return withAnswerChecks({ object: true, maxBytes: MAX_WRITE_ANSWER_BYTES }, withSignal(signal, extra));
}

function mergePatchOptions(options: WriteOptions): ConfigurationOptions {
  // Without this header client-node sends application/json-patch+json, which expects an array of operations.
  return callOptions(options, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
}

/** Creates the verdict Event in the target's namespace. Returns a warning line when it fails. */
export async function recordEvent(
  kc: KubeConfig,
  target: EventTarget,
  verdict: Verdict,
  message: string,
  options: WriteOptions = {},
): Promise<string | undefined> {
  const action = `record the Event on ${target.kind} ${target.namespace}/${target.name}`;
  try {
    const core = kc.makeApiClient(CoreV1Api);
    const body = verdictEvent(target, verdict, message, options.now ?? new Date());
    await core.createNamespacedEvent({ namespace: target.namespace, body }, callOptions(options));
    return undefined;
  } catch (error) {
    return writeWarning(action, error, `create on events in namespace ${target.namespace}`, kc, options);
  }
}

/**
 * Sets `slo-gate.dev/verdict` on each Deployment's own metadata (a merge patch). Never the pod
 * template: an annotation there would roll the pods. Returns one warning per failed patch.
 */
export async function annotateDeployments(
  kc: KubeConfig,
  refs: ObjectRef[],
  verdict: Verdict,
  options: WriteOptions = {},
): Promise<string[]> {
  const body = { metadata: { annotations: { [VERDICT_ANNOTATION]: verdict } } };
  let apps;
  let patchOptions: ConfigurationOptions;
  try {
    apps = kc.makeApiClient(AppsV1Api);
    patchOptions = mergePatchOptions(options);
  } catch (error) {
    return [writeWarning('annotate Deployments', error, 'a usable kubeconfig', kc, options)];
  }
  const results = await Promise.all(
    refs.map(async (ref) => {
      try {
        await apps.patchNamespacedDeployment(
          { namespace: ref.namespace, name: ref.name, body },
          patchOptions,
        );
        return undefined;
      } catch (error) {
        return writeWarning(
          `annotate Deployment ${ref.namespace}/${ref.name}`,
          error,
          `patch on deployments.apps in namespace ${ref.namespace}`,
          kc,
          options,
        );
      }
    }),
  );
  return results.filter((warning): warning is string => warning !== undefined);
}

/** The merge patch for the notice annotations; null removes slo-gate's notice. */
export function noticePatch(notice: ApplicationNotice | null): {
  metadata: { annotations: Record<string, string | null> };
} {
  const annotations: Record<string, string | null> = {
    [NOTICE_ANNOTATIONS.content]: notice
      ? truncateChars(stripControlCharacters(notice.content), NOTICE_CONTENT_LIMIT)
      : null,
    [NOTICE_ANNOTATIONS.severity]: notice ? notice.severity : null,
    // null removes what an earlier run set, so a stale link or permanence never lingers.
    [NOTICE_ANNOTATIONS.url]: notice?.url && /^https?:\/\//.test(notice.url) ? notice.url : null,
    [NOTICE_ANNOTATIONS.permanent]: notice?.permanent ? 'true' : null,
  };
  return { metadata: { annotations } };
}

function truncateChars(text: string, limit: number): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}

/** The notice for a verdict: block is critical and permanent, warn a warning, pass clears it. */
export function noticeForVerdict(verdict: Verdict, reason: string, url?: string): ApplicationNotice | null {
  if (verdict === 'pass') return null;
  return verdict === 'block'
    ? {
        content: `slo-gate blocked the sync: ${reason}`,
        severity: 'critical',
        permanent: true,
        ...(url ? { url } : {}),
      }
    : { content: `slo-gate warns: ${reason}`, severity: 'warning', ...(url ? { url } : {}) };
}

/**
 * Sets (or with null, removes) the notice annotations on an Argo CD Application
 * (argoproj.io/v1alpha1) with a merge patch. Returns a warning line when it fails.
 */
/** The Application's uid, or undefined when it cannot be read (an Event without it is still written). */
export async function readApplicationUid(
  kc: KubeConfig,
  namespace: string,
  name: string,
  options: WriteOptions = {},
): Promise<string | undefined> {
  try {
    const custom = kc.makeApiClient(CustomObjectsApi);
    const application = (await custom.getNamespacedCustomObject(
      { group: 'argoproj.io', version: 'v1alpha1', namespace, plural: 'applications', name },
      callOptions(options),
    )) as { metadata?: { uid?: unknown } };
    const uid = application.metadata?.uid;
    return typeof uid === 'string' && uid ? uid : undefined;
  } catch {
    return undefined;
  }
}

export async function annotateApplication(
  kc: KubeConfig,
  namespace: string,
  name: string,
  notice: ApplicationNotice | null,
  options: WriteOptions = {},
): Promise<string | undefined> {
  try {
    const custom = kc.makeApiClient(CustomObjectsApi);
    await custom.patchNamespacedCustomObject(
      {
        group: 'argoproj.io',
        version: 'v1alpha1',
        namespace,
        plural: 'applications',
        name,
        body: noticePatch(notice),
      },
      mergePatchOptions(options),
    );
    return undefined;
  } catch (error) {
    return writeWarning(
      `set the notice on Application ${namespace}/${name}`,
      error,
      `patch on applications.argoproj.io in namespace ${namespace}`,
      kc,
      options,
    );
  }
}

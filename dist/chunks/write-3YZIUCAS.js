import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  classifyFailure,
  formatMs,
  serverOf,
  withSignal
} from "./chunk-UL6US3WS.js";
import "./chunk-YA6DW627.js";

// src/cluster/write.ts
import { hostname } from "node:os";
var VERDICT_ANNOTATION = "slo-gate.dev/verdict";
var REPORTING_COMPONENT = "slo-gate";
var EVENT_MESSAGE_LIMIT_BYTES = 1024;
var EVENT_REASONS = {
  pass: "SloGatePassed",
  warn: "SloGateWarned",
  block: "SloGateBlocked"
};
var NOTICE_PREFIX = "notice.argocd.argoproj.io/";
var NOTICE_ANNOTATIONS = {
  content: `${NOTICE_PREFIX}content`,
  severity: `${NOTICE_PREFIX}severity`,
  url: `${NOTICE_PREFIX}url`,
  permanent: `${NOTICE_PREFIX}permanent`
};
var NOTICE_CONTENT_LIMIT = 500;
function truncateUtf8(text, limit) {
  if (Buffer.byteLength(text) <= limit) return text;
  const ellipsis = "\u2026";
  let budget = limit - Buffer.byteLength(ellipsis);
  let cut = "";
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (size > budget) break;
    budget -= size;
    cut += ch;
  }
  return cut + ellipsis;
}
function verdictEvent(target, verdict, message, now) {
  const suffix = (BigInt(now.getTime()) * 1000000n).toString(16);
  const name = `${target.name.slice(0, 253 - suffix.length - 1)}.${suffix}`;
  return {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name, namespace: target.namespace },
    involvedObject: {
      apiVersion: target.apiVersion,
      kind: target.kind,
      name: target.name,
      namespace: target.namespace,
      ...target.uid ? { uid: target.uid } : {}
    },
    reason: EVENT_REASONS[verdict],
    message: truncateUtf8(message, EVENT_MESSAGE_LIMIT_BYTES),
    type: verdict === "pass" ? "Normal" : "Warning",
    source: { component: REPORTING_COMPONENT },
    reportingComponent: REPORTING_COMPONENT,
    // In a Job this is the pod name, which is what `kubectl describe` should point at.
    reportingInstance: process.env.HOSTNAME || hostname(),
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1
  };
}
function writeWarning(action, error, permission, kc, timeoutMs) {
  const failure = classifyFailure(error);
  switch (failure.kind) {
    case "forbidden":
      return `could not ${action}: forbidden (needs ${permission})`;
    case "not-found":
      return `could not ${action}: not found (${failure.detail})`;
    case "timeout":
      return `could not ${action}: ${serverOf(kc)} did not answer within ${formatMs(timeoutMs)}`;
    case "unreachable":
      return `could not ${action}: ${serverOf(kc)} is unreachable: ${failure.detail}`;
    case "unauthorized":
      return `could not ${action}: ${serverOf(kc)} rejected the credentials (HTTP 401)`;
    default:
      return `could not ${action}: ${failure.detail}`;
  }
}
async function callOptions(timeoutMs, extra) {
  return withSignal(AbortSignal.timeout(timeoutMs), extra);
}
async function mergePatchOptions(timeoutMs) {
  const { PatchStrategy, setHeaderOptions } = await import("./dist-FSHPINPL.js");
  return callOptions(timeoutMs, setHeaderOptions("Content-Type", PatchStrategy.MergePatch));
}
async function recordEvent(kc, target, verdict, message, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const action = `record the Event on ${target.kind} ${target.namespace}/${target.name}`;
  try {
    const { CoreV1Api } = await import("./dist-FSHPINPL.js");
    const core = kc.makeApiClient(CoreV1Api);
    const body = verdictEvent(target, verdict, message, options.now ?? /* @__PURE__ */ new Date());
    await core.createNamespacedEvent({ namespace: target.namespace, body }, await callOptions(timeoutMs));
    return void 0;
  } catch (error) {
    return writeWarning(action, error, `create on events in namespace ${target.namespace}`, kc, timeoutMs);
  }
}
async function annotateDeployments(kc, refs, verdict, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const body = { metadata: { annotations: { [VERDICT_ANNOTATION]: verdict } } };
  let apps;
  let patchOptions;
  try {
    const { AppsV1Api } = await import("./dist-FSHPINPL.js");
    apps = kc.makeApiClient(AppsV1Api);
    patchOptions = await mergePatchOptions(timeoutMs);
  } catch (error) {
    return [writeWarning("annotate Deployments", error, "a usable kubeconfig", kc, timeoutMs)];
  }
  const results = await Promise.all(
    refs.map(async (ref) => {
      try {
        await apps.patchNamespacedDeployment(
          { namespace: ref.namespace, name: ref.name, body },
          patchOptions
        );
        return void 0;
      } catch (error) {
        return writeWarning(
          `annotate Deployment ${ref.namespace}/${ref.name}`,
          error,
          `patch on deployments.apps in namespace ${ref.namespace}`,
          kc,
          timeoutMs
        );
      }
    })
  );
  return results.filter((warning) => warning !== void 0);
}
function noticePatch(notice) {
  const annotations = {
    [NOTICE_ANNOTATIONS.content]: notice ? truncateChars(notice.content, NOTICE_CONTENT_LIMIT) : null,
    [NOTICE_ANNOTATIONS.severity]: notice ? notice.severity : null,
    // null removes what an earlier run set, so a stale link or permanence never lingers.
    [NOTICE_ANNOTATIONS.url]: notice?.url && /^https?:\/\//.test(notice.url) ? notice.url : null,
    [NOTICE_ANNOTATIONS.permanent]: notice?.permanent ? "true" : null
  };
  return { metadata: { annotations } };
}
function truncateChars(text, limit) {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}\u2026`;
}
function noticeForVerdict(verdict, reason, url) {
  if (verdict === "pass") return null;
  return verdict === "block" ? {
    content: `slo-gate blocked the sync: ${reason}`,
    severity: "critical",
    permanent: true,
    ...url ? { url } : {}
  } : { content: `slo-gate warns: ${reason}`, severity: "warning", ...url ? { url } : {} };
}
async function annotateApplication(kc, namespace, name, notice, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const { CustomObjectsApi } = await import("./dist-FSHPINPL.js");
    const custom = kc.makeApiClient(CustomObjectsApi);
    await custom.patchNamespacedCustomObject(
      {
        group: "argoproj.io",
        version: "v1alpha1",
        namespace,
        plural: "applications",
        name,
        body: noticePatch(notice)
      },
      await mergePatchOptions(timeoutMs)
    );
    return void 0;
  } catch (error) {
    return writeWarning(
      `set the notice on Application ${namespace}/${name}`,
      error,
      `patch on applications.argoproj.io in namespace ${namespace}`,
      kc,
      timeoutMs
    );
  }
}
export {
  EVENT_MESSAGE_LIMIT_BYTES,
  EVENT_REASONS,
  NOTICE_ANNOTATIONS,
  NOTICE_CONTENT_LIMIT,
  REPORTING_COMPONENT,
  VERDICT_ANNOTATION,
  annotateApplication,
  annotateDeployments,
  noticeForVerdict,
  noticePatch,
  recordEvent,
  truncateUtf8,
  verdictEvent
};

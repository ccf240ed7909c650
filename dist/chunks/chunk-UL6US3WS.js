import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);

// src/cluster/request.ts
var DEFAULT_TIMEOUT_MS = 1e4;
async function withSignal(signal, extra) {
  const { Observable } = await import("./dist-FSHPINPL.js");
  return {
    ...extra,
    middleware: [
      ...extra?.middleware ?? [],
      {
        pre: (context) => {
          context.setSignal(signal);
          return new Observable(Promise.resolve(context));
        },
        post: (response) => new Observable(Promise.resolve(response))
      }
    ],
    middlewareMergeStrategy: "append"
  };
}
var NETWORK_CODES = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "DNS lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed",
  CERT_HAS_EXPIRED: "TLS certificate expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed TLS certificate",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "TLS certificate not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "TLS certificate not trusted"
};
function statusMessage(body) {
  const text = typeof body === "string" ? body : body === void 0 ? "" : JSON.stringify(body);
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed.message === "string") return parsed.message;
  } catch {
  }
  return void 0;
}
function errorCode(error) {
  let current = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}
function classifyFailure(error) {
  const name = error?.name;
  if (name === "TimeoutError" || name === "AbortError")
    return { kind: "timeout", detail: "no answer in time" };
  const status = error?.code;
  if (typeof status === "number" && "body" in error) {
    const message = statusMessage(error.body);
    const detail = message ? `HTTP ${status}: ${message}` : `HTTP ${status}`;
    if (status === 403) return { kind: "forbidden", code: status, detail };
    if (status === 404) return { kind: "not-found", code: status, detail };
    if (status === 401)
      return { kind: "unauthorized", code: status, detail: "HTTP 401: the credentials were rejected" };
    if (status >= 500) return { kind: "server-error", code: status, detail };
    return { kind: "rejected", code: status, detail };
  }
  const code = errorCode(error);
  if (code && NETWORK_CODES[code]) return { kind: "unreachable", detail: `${NETWORK_CODES[code]} (${code})` };
  if (error instanceof TypeError && /fetch failed/.test(error.message)) {
    const cause = error.cause?.message;
    return { kind: "unreachable", detail: cause ?? "fetch failed" };
  }
  return { kind: "other", detail: error instanceof Error ? error.message : String(error) };
}
function formatMs(ms) {
  return ms < 1e3 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
function serverOf(kc) {
  const server = kc.getCurrentCluster()?.server;
  if (!server) return "the API server (no cluster in the kubeconfig)";
  try {
    return new URL(server).origin;
  } catch {
    return "the API server";
  }
}

export {
  DEFAULT_TIMEOUT_MS,
  withSignal,
  classifyFailure,
  formatMs,
  serverOf
};

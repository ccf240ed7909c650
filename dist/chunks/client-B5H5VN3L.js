import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  parseManagedResources
} from "./chunk-KICXPKP6.js";
import {
  axios_default
} from "./chunk-KKDPHI53.js";
import "./chunk-O7XBRFDR.js";
import "./chunk-YA6DW627.js";

// src/argocd/client.ts
import { readFile } from "node:fs/promises";
import https from "node:https";
var ArgoCdError = class extends Error {
  name = "ArgoCdError";
};
var DEFAULT_TIMEOUT_MS = 15e3;
function argoCdBaseUrl(server) {
  const trimmed = server.trim().replace(/\/+$/, "");
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}
function managedResourcesUrl(options) {
  const url = new URL(
    `${argoCdBaseUrl(options.server)}/api/v1/applications/${encodeURIComponent(options.app)}/managed-resources`
  );
  if (options.appNamespace) url.searchParams.set("appNamespace", options.appNamespace);
  return url.toString();
}
async function fetchManagedResources(options) {
  const token = await readToken(options);
  const url = managedResourcesUrl(options);
  const where = `Argo CD at ${argoCdBaseUrl(options.server)}`;
  let caCert;
  if (options.caFile) {
    try {
      caCert = await readFile(options.caFile);
    } catch (error) {
      throw new ArgoCdError(`cannot read the Argo CD CA file ${options.caFile} (${codeOf(error)})`);
    }
  }
  let response;
  try {
    response = await axios_default.get(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "User-Agent": "slo-gate" },
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      // Every status is judged below, so axios errors (which carry the headers, token included) never escape.
      validateStatus: () => true,
      responseType: "text",
      transformResponse: (data) => data,
      httpsAgent: new https.Agent({ rejectUnauthorized: !options.insecure, ca: caCert }),
      maxRedirects: 0,
      proxy: false
    });
  } catch (error) {
    throw new ArgoCdError(`${where} did not answer (${networkReason(error)})`);
  }
  const body = parseBody(response.data);
  if (response.status === 200) {
    if (body === void 0) throw new ArgoCdError(`${where} answered with something that is not JSON`);
    return parseManagedResources(body);
  }
  throw new ArgoCdError(describeStatus(response.status, body, options.app, where));
}
async function readToken(options) {
  if (options.token?.trim()) return options.token.trim();
  if (options.tokenFile) {
    let text;
    try {
      text = await readFile(options.tokenFile, "utf8");
    } catch (error) {
      throw new ArgoCdError(`cannot read the Argo CD token file ${options.tokenFile} (${codeOf(error)})`);
    }
    if (text.trim()) return text.trim();
    throw new ArgoCdError(`the Argo CD token file ${options.tokenFile} is empty`);
  }
  throw new ArgoCdError("no Argo CD token: set ARGOCD_TOKEN or ARGOCD_TOKEN_FILE (a mounted Secret)");
}
function parseBody(data) {
  if (typeof data !== "string") return data;
  try {
    return JSON.parse(data);
  } catch {
    return void 0;
  }
}
function describeStatus(status, body, app, where) {
  const message = typeof body === "object" && body !== null && typeof body.message === "string" ? oneLine(body.message) : "";
  const said = message ? `: ${message}` : "";
  if (status === 401) {
    return `${where} rejected the token (HTTP 401${said}); create a new one with \`argocd account generate-token\` or \`argocd proj role create-token\``;
  }
  if (status === 403) {
    return `${where} denied reading application ${app} (HTTP 403${said}); the token's account needs \`applications, get, <project>/${app}, allow\` in argocd-rbac-cm, or the application does not exist`;
  }
  if (status === 404) return `${where} has no application ${app} (HTTP 404${said})`;
  return `${where} answered HTTP ${status}${said}`;
}
function oneLine(text, max = 200) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function codeOf(error) {
  return error.code ?? "unreadable";
}
function networkReason(error) {
  const code = error.code ?? error.cause?.code;
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found";
    case "ECONNABORTED":
    case "ETIMEDOUT":
      return "timed out";
    case "ECONNRESET":
      return "connection reset";
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
      return `TLS certificate not trusted (${code}): give ARGOCD_CA_FILE, or ARGOCD_INSECURE=true`;
    default:
      return code ?? "network error";
  }
}
export {
  ArgoCdError,
  argoCdBaseUrl,
  fetchManagedResources,
  managedResourcesUrl
};

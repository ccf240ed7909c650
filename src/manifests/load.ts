/**
 * Manifests as resources: a text (a file's content, stdin) or documents already parsed (Argo CD's
 * target manifests) into resources that remember where they are written, plus loader findings.
 * Pure apart from one speed-up around parsing (withPlainEnv); files, folders and stdin are read in
 * ./sources.ts.
 */
import { isRecord, stringMap } from '../k8s/labels.js';
import type { Finding, JsonObject, Path, Position, Resource } from '../model/index.js';
import { LineIndex } from '../yaml/lines.js';
import { positionOf } from '../yaml/locate.js';
import { readYamlStream } from '../yaml/read.js';
import { templateExcerpt } from '../yaml/template.js';
import { rule as inputUnreadable } from './rules/input-unreadable.js';
import { rule as resourceSkipped } from './rules/resource-skipped.js';
import { rule as unrenderedTemplate } from './rules/unrendered-template.js';
import { rule as yamlSyntax } from './rules/yaml-syntax.js';

export interface LoadOptions {
  /** Namespace of resources that name none (the CLI's --namespace). */
  defaultNamespace: string;
  /** Larger inputs are an `input-unreadable` finding instead of being read. Default 64 MiB. */
  maxFileBytes?: number;
}

export interface LoadResult {
  resources: Resource[];
  findings: Finding[];
}

/** Large enough for a 50,000-resource `helm template` stream, small enough to stay well under 1 GB. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Built-in kinds that live outside namespaces: their resources have namespace ''. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'DeviceClass',
  'FlowSchema',
  'IngressClass',
  'IPAddress',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'ResourceSlice',
  'RuntimeClass',
  'SelfSubjectAccessReview',
  'SelfSubjectReview',
  'SelfSubjectRulesReview',
  'ServiceCIDR',
  'StorageClass',
  'StorageVersion',
  'StorageVersionMigration',
  'SubjectAccessReview',
  'TokenReview',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
]);

// ---------------------------------------------------------------------------------------------
// Text -> resources

/** Parse one text (a file's content or stdin) into resources and loader findings. */
export function loadText(text: string, file: string, options: LoadOptions): LoadResult {
  const lines = new LineIndex(text);
  const result: LoadResult = { resources: [], findings: [] };
  const at = (offset: number) => lines.position(Math.max(0, Math.min(offset, text.length)));
  readYamlStream(
    lines,
    {
      value({ value, root, locatable, itemStarts }) {
        const where: Placement = {
          file,
          at: lines.position(root),
          positionOf: (path) => positionOf(locatable, path),
        };
        addDocument(value, where, (index) => lines.position(itemStarts[index] ?? root), options, result);
      },
      problem(offset, message, hint) {
        result.findings.push(loaderFinding(yamlSyntax.meta, file, at(offset), message, hint));
      },
      template(offset) {
        result.findings.push(templateFinding(file, at(offset), templateExcerpt(text, offset)));
      },
    },
    withPlainEnv,
  );
  return result;
}

/**
 * Documents already parsed (Argo CD's target manifests), shown as `file` in findings. They have no
 * text: every position of the n-th document is line n, column 1.
 */
export function loadDocuments(documents: readonly unknown[], file: string, options: LoadOptions): LoadResult {
  const result: LoadResult = { resources: [], findings: [] };
  documents.forEach((document, index) => {
    const at = { line: index + 1, column: 1 };
    addDocument(document, { file, at, positionOf: () => at }, () => at, options, result);
  });
  return result;
}

/** Where a document is: its source's display name, its start, and the position of paths in it. */
interface Placement {
  file: string;
  at: Position;
  positionOf: (path: Path) => Position;
}

/** One document's value as resources: itself, or each item of a List; anything else is a finding. */
function addDocument(
  value: unknown,
  where: Placement,
  itemAt: (index: number) => Position,
  options: LoadOptions,
  result: LoadResult,
): void {
  if (!isRecord(value)) {
    result.findings.push(notAnObject(where.file, where.at, value));
    return;
  }
  const kind = value.kind;
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(value.items)) {
    // A List (kubectl get -o yaml, kustomize): every item is a resource of its own.
    value.items.forEach((item: unknown, index: number) => {
      const at = itemAt(index);
      if (!isRecord(item)) {
        result.findings.push(notAnObject(where.file, at, item, `${kind} item ${index}`));
        return;
      }
      const prefix = ['items', index];
      const itemWhere = { ...where, at, positionOf: (path: Path) => where.positionOf([...prefix, ...path]) };
      const resource = makeResource(item, itemWhere, options);
      if (resource) result.resources.push(resource);
      else result.findings.push(notAResource(where.file, at, item, `${kind} item ${index}`));
    });
    return;
  }
  const resource = makeResource(value, where, options);
  if (resource) result.resources.push(resource);
  else result.findings.push(notAResource(where.file, where.at, value));
}

function makeResource(object: JsonObject, where: Placement, options: LoadOptions): Resource | undefined {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || !apiVersion || typeof kind !== 'string' || !kind) return undefined;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const clusterScoped = CLUSTER_SCOPED_KINDS.has(kind);
  const namespace = clusterScoped
    ? ''
    : typeof metadata.namespace === 'string' && metadata.namespace
      ? metadata.namespace
      : options.defaultNamespace;
  // generateName resources have no name yet: show the prefix ("Job/ci/migrate-*") in reports.
  const shownName = name || (typeof metadata.generateName === 'string' ? `${metadata.generateName}*` : '');
  return {
    apiVersion,
    kind,
    name,
    namespace,
    id: clusterScoped ? `${kind}/${shownName}` : `${kind}/${namespace}/${shownName}`,
    labels: stringMap(metadata.labels),
    annotations: stringMap(metadata.annotations),
    object,
    file: where.file,
    line: where.at.line,
    column: where.at.column,
    positionOf: where.positionOf,
  };
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'not a mapping';
}

function notAnObject(file: string, at: Position, value: unknown, what = 'the document'): Finding {
  return loaderFinding(
    resourceSkipped.meta,
    file,
    at,
    `${what} is ${describeValue(value)}, not a Kubernetes object: skipped`,
    'a manifest document is a mapping with apiVersion, kind and metadata; leave other YAML out of the inputs',
  );
}

function notAResource(file: string, at: Position, object: JsonObject, what = 'the document'): Finding {
  const missing = ['apiVersion', 'kind'].filter((key) => typeof object[key] !== 'string' || !object[key]);
  return loaderFinding(
    resourceSkipped.meta,
    file,
    at,
    `${what} has no ${missing.join(' and ')}: not a Kubernetes object, skipped`,
    `add ${missing.join(' and ')} if it is a manifest; otherwise leave the file out of the inputs ` +
      '(values files, kustomization.yaml and the like are not manifests)',
  );
}

function templateFinding(file: string, at: Position, excerpt: string): Finding {
  return loaderFinding(
    unrenderedTemplate.meta,
    file,
    at,
    `template syntax left in the manifest: ${excerpt}; the document is not checked further`,
    'validate the rendered output (helm template … | slo-gate validate -), not the chart sources; ' +
      'if the braces are meant literally (an alert template, say), quote the whole value',
  );
}

function loaderFinding(
  meta: { id: string; severity: Finding['severity'] },
  file: string,
  at: Position,
  message: string,
  hint: string,
): Finding {
  return {
    ruleId: meta.id,
    severity: meta.severity,
    file,
    line: at.line,
    column: at.column,
    resource: '',
    message,
    hint,
  };
}

// ---------------------------------------------------------------------------------------------
// Bytes -> text

/** Checks that bytes are UTF-8 text, then parses them. */
export function loadBytes(bytes: Uint8Array, file: string, options: LoadOptions): LoadResult {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length > limit) {
    return unreadable(
      file,
      `is ${formatBytes(bytes.length)}, over the ${formatBytes(limit)} limit`,
      TOO_LARGE_HINT,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return unreadable(file, 'is UTF-16 text, not UTF-8', 'save the file as UTF-8 (without BOM)');
  }
  if (bytes.indexOf(0) >= 0) {
    return unreadable(file, 'is a binary file, not YAML text', 'give only YAML or JSON manifests as inputs');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unreadable(
      file,
      'is not UTF-8 text',
      'save the file as UTF-8 (Kubernetes reads manifests as UTF-8)',
    );
  }
  return loadText(text, file, options);
}

export const TOO_LARGE_HINT = 'split the manifests into several files, or raise the size limit';

/** A whole input that cannot be read: one finding at its first line. */
export function unreadable(file: string, detail: string, hint: string): LoadResult {
  return {
    resources: [],
    findings: [
      {
        ruleId: inputUnreadable.meta.id,
        severity: inputUnreadable.meta.severity,
        file,
        line: 1,
        column: 1,
        resource: '',
        message: `${file} ${detail}`,
        hint,
      },
    ],
  };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} bytes`;
}

// ---------------------------------------------------------------------------------------------
// Parsing speed

const PLAIN_ENV: NodeJS.ProcessEnv = {};

/**
 * yaml's Parser looks up process.env.LOG_TOKENS for every token, and process.env is a native
 * object whose lookups are slow: about a fifth of all parsing time. Parsing is synchronous, so for
 * its duration a plain object stands in — no other code runs meanwhile — and the real one is back
 * before anything else can look.
 */
function withPlainEnv<T>(parse: () => T): T {
  const env = process.env;
  process.env = PLAIN_ENV;
  try {
    return parse();
  } finally {
    process.env = env;
  }
}

/**
 * Offline validation of built-in resources against the Kubernetes OpenAPI schema, with the
 * precompiled ajv validators of kubernetes-models. Each error lands on the line of the offending
 * value as `schema-invalid`; custom resources (no built-in schema) get a `resource-skipped` info.
 *
 * The OpenAPI schema does not forbid unknown fields, so the validators accept `replica: 3`. To
 * report them, the object is validated through a recording proxy: a validator reads every field
 * its schema defines (present or not), so an object key it never read is unknown — exactly the
 * fields the schema does not have, and maps (labels, data) are read key by key and so pass.
 *
 * This module loads every validator (a few MB of code): import it lazily, only when validating.
 */
import { isRecord } from '../k8s/labels.js';
import type { Finding, JsonObject, Path, Resource } from '../model/index.js';
import { rule as resourceSkipped } from './rules/resource-skipped.js';
import { rule as schemaInvalid } from './rules/schema-invalid.js';
import { SCHEMA_VALIDATORS } from './schema/kinds.js';
import { REMOVED_APIS, type RemovedApi } from './schema/removed.js';
import type { SchemaError, SchemaValidator } from './schema/types.js';

/** More than this many schema errors in one resource are cut (the rest are usually one mistake). */
const MAX_FINDINGS_PER_RESOURCE = 20;

/**
 * The schema findings of one resource, placed at file:line:column: `schema-invalid` errors, or one
 * `resource-skipped` info when there is no schema for its apiVersion and kind.
 */
/** kustomize's own files (Kustomization, Component) sit beside manifests but are never applied. */
const BUILD_FILE_GROUPS = new Set(['kustomize.config.k8s.io']);

export function validateSchema(resource: Resource): Finding[] {
  if (BUILD_FILE_GROUPS.has(groupOf(resource.apiVersion))) return [];
  const problems = checkResource(resource);
  return problems.slice(0, MAX_FINDINGS_PER_RESOURCE).map((problem) => {
    const meta = problem.skipped ? resourceSkipped.meta : schemaInvalid.meta;
    const { line, column } = resource.positionOf(problem.path);
    return {
      ruleId: meta.id,
      severity: meta.severity,
      file: resource.file,
      line,
      column,
      resource: resource.id,
      message: problem.message,
      hint: problem.hint,
    };
  });
}

interface Problem {
  path: Path;
  message: string;
  hint: string;
  /** A resource-skipped info rather than a schema error. */
  skipped?: boolean;
}

function checkResource(resource: Resource): Problem[] {
  const { apiVersion, kind } = resource;
  const removed = REMOVED_APIS[apiVersion]?.[kind];
  if (removed) return [removedApi(resource, removed)];
  const validate = SCHEMA_VALIDATORS[apiVersion]?.[kind];
  if (!validate) return [unknownType(resource)];

  const problems = [
    ...describeErrors(resource, validated(validate, resource)),
    ...unknownFields(resource, validate),
  ];
  const metadata = isRecord(resource.object.metadata) ? resource.object.metadata : undefined;
  if (!metadata?.name && !metadata?.generateName) {
    problems.push({
      path: ['metadata'],
      message: `${kind} has no metadata.name`,
      hint: 'add metadata.name: a lowercase DNS name such as web-api (or metadata.generateName for Jobs made per run)',
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// apiVersion and kind

function removedApi(resource: Resource, removed: RemovedApi): Problem {
  const { apiVersion, kind } = resource;
  const message = `${kind} ${apiVersion} was removed in Kubernetes ${removed.removedIn}: the API server rejects it`;
  const note = removed.note ? ` (${removed.note})` : '';
  return {
    path: ['apiVersion'],
    message,
    hint: removed.use ? `use apiVersion: ${removed.use}${note}` : `${kind} has no replacement API${note}`,
  };
}

/** Every apiVersion that serves a kind, and the groups the API server owns. */
const SERVED_AT = new Map<string, string[]>();
const BUILT_IN_GROUPS = new Set<string>();
for (const apiVersion of [...Object.keys(SCHEMA_VALIDATORS), ...Object.keys(REMOVED_APIS)]) {
  BUILT_IN_GROUPS.add(groupOf(apiVersion));
}
for (const [apiVersion, kinds] of Object.entries(SCHEMA_VALIDATORS)) {
  for (const kind of Object.keys(kinds)) SERVED_AT.set(kind, [...(SERVED_AT.get(kind) ?? []), apiVersion]);
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

function unknownType(resource: Resource): Problem {
  const { apiVersion, kind } = resource;
  const group = groupOf(apiVersion);
  const version = apiVersion.slice(group ? group.length + 1 : 0);
  const servedAt = SERVED_AT.get(kind) ?? [];
  const atApiVersion: Path = ['apiVersion'];

  if (!BUILT_IN_GROUPS.has(group)) {
    return {
      path: ['kind'],
      skipped: true,
      message: `no schema for ${apiVersion} ${kind} (a custom resource): not validated`,
      hint: 'custom resources are not checked against their CRD schema; references to and from them still are',
    };
  }
  const kindsOfVersion = SCHEMA_VALIDATORS[apiVersion];
  if (kindsOfVersion) {
    // A served built-in version: nobody else can add kinds to it, so the kind is a mistake.
    if (servedAt.length > 0) {
      return {
        path: atApiVersion,
        message: `${apiVersion} has no kind ${kind}: ${kind} is served as ${servedAt.join(' or ')}`,
        hint: `set apiVersion: ${servedAt[0]}`,
      };
    }
    const suggestion = closest(kind, Object.keys(kindsOfVersion));
    return {
      path: ['kind'],
      message: `${apiVersion} has no kind ${kind}`,
      hint: suggestion
        ? `did you mean kind: ${suggestion}?`
        : `${apiVersion} serves ${Object.keys(kindsOfVersion).join(', ')}`,
    };
  }
  if (/(alpha|beta)\d*$/.test(version)) {
    return {
      path: atApiVersion,
      skipped: true,
      message: `no schema for ${apiVersion} ${kind} (a pre-release API): not validated`,
      hint:
        servedAt.length > 0
          ? `${kind} is also served as ${servedAt.join(' or ')}, which is validated`
          : 'pre-release APIs must be enabled on the cluster (feature gates, --runtime-config)',
    };
  }
  return {
    path: atApiVersion,
    message: `apiVersion ${apiVersion} does not exist`,
    hint:
      servedAt.length > 0
        ? `set apiVersion: ${servedAt[0]} (where ${kind} is served)`
        : `the ${group || 'core'} API group has no version ${version}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Unknown fields: learned through a recording proxy, then checked against what was learned

function validated(validate: SchemaValidator, resource: Resource): SchemaError[] {
  validate(resource.object);
  return validate.errors ?? [];
}

/**
 * What the validator does with an object at one place of a kind's schema: reads a fixed set of
 * fields (a struct), enumerates every key (a map: labels, data), or neither (free-form data).
 */
type Shape = ReadonlySet<string> | 'map' | 'free';

/** Per apiVersion/kind, the shape at each place ("spec/template/spec/containers/*"). */
const SHAPES = new Map<string, Map<string, Shape>>();

/**
 * Unknown fields of a resource. A resource whose places all have a known shape is checked against
 * them (a plain walk); otherwise it is validated through the recording proxy — and when that run
 * finds nothing wrong, the shapes it saw are kept for the resources of that kind that follow.
 */
function unknownFields(resource: Resource, validate: SchemaValidator): Problem[] {
  const typeKey = `${resource.apiVersion}/${resource.kind}`;
  let shapes = SHAPES.get(typeKey);
  if (!shapes) SHAPES.set(typeKey, (shapes = new Map<string, Shape>()));
  const known = checkAgainstShapes(resource, shapes);
  if (known) return known;
  const run = validateRecording(validate, resource.object);
  if (run.errors.length === 0) learnShapes(resource.object, run, shapes);
  return unknownFieldsOfRun(resource, run);
}

interface RecordedRun {
  errors: SchemaError[];
  /** Per object the validator looked into, the keys it read. */
  readKeys: Map<object, Set<string>>;
  /** Objects whose keys the validator enumerated (maps). */
  enumerated: Set<object>;
}

/** Validates `object` through proxies that record which keys of which objects the validator reads. */
function validateRecording(validate: SchemaValidator, object: unknown): RecordedRun {
  const readKeys = new Map<object, Set<string>>();
  const enumerated = new Set<object>();
  const proxies = new Map<object, object>();
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, Array.isArray(value) ? arrayHandler : objectHandler);
      proxies.set(value, proxy);
    }
    return proxy;
  };
  const objectHandler: ProxyHandler<Record<string, unknown>> = {
    get(target, key) {
      if (typeof key === 'string') {
        let keys = readKeys.get(target);
        if (!keys) readKeys.set(target, (keys = new Set()));
        keys.add(key);
      }
      return wrap(Reflect.get(target, key));
    },
    ownKeys(target) {
      enumerated.add(target);
      return Reflect.ownKeys(target);
    },
  };
  const arrayHandler: ProxyHandler<unknown[]> = {
    get: (target, key) => wrap(Reflect.get(target, key)),
  };
  validate(wrap(object));
  return { errors: validate.errors ?? [], readKeys, enumerated };
}

/** Keys kubernetes-models leaves out of its validators although the API defines them. */
function isUncheckedKnownKey(key: string): boolean {
  return key === 'description' || key.startsWith('x-kubernetes-');
}

const ANY_KEY = '*';
const placeOf = (parent: string, key: string | number) =>
  `${parent}\u0000${typeof key === 'number' ? ANY_KEY : key}`;

/** Records the shape of every object of a resource the validator accepted whole. */
function learnShapes(object: JsonObject, run: RecordedRun, shapes: Map<string, Shape>): void {
  const stack: [unknown, string][] = [[object, '']];
  while (stack.length > 0) {
    const [node, place] = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, placeOf(place, 0)]);
      continue;
    }
    if (!isRecord(node)) continue;
    const read = run.readKeys.get(node);
    if (run.enumerated.has(node)) {
      shapes.set(place, 'map');
      for (const value of Object.values(node)) stack.push([value, `${place}\u0000${ANY_KEY}`]);
    } else if (read) {
      shapes.set(place, read);
      for (const key of Object.keys(node)) if (read.has(key)) stack.push([node[key], placeOf(place, key)]);
    } else {
      shapes.set(place, 'free');
    }
  }
}

/** A path as a chain to its parent: built into an array only for the rare unknown field. */
interface PathLink {
  parent: PathLink | undefined;
  key: string | number;
}

function pathOfLink(link: PathLink | undefined): Path {
  const path: (string | number)[] = [];
  for (let at = link; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Unknown fields by the learned shapes, or undefined when some object is at a place not seen yet. */
function checkAgainstShapes(resource: Resource, shapes: Map<string, Shape>): Problem[] | undefined {
  const problems: Problem[] = [];
  const stack: [unknown, string, PathLink | undefined][] = [[resource.object, '', undefined]];
  while (stack.length > 0) {
    const [node, place, link] = stack.pop()!;
    if (Array.isArray(node)) {
      const itemPlace = `${place}\u0000${ANY_KEY}`;
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (item !== null && typeof item === 'object')
          stack.push([item, itemPlace, { parent: link, key: index }]);
      }
      continue;
    }
    if (!isRecord(node)) continue;
    const shape = shapes.get(place);
    if (shape === undefined) return undefined;
    if (shape === 'free') continue;
    for (const key in node) {
      const value = node[key];
      if (shape === 'map' || shape.has(key)) {
        if (value !== null && typeof value === 'object') {
          stack.push([value, `${place}\u0000${shape === 'map' ? ANY_KEY : key}`, { parent: link, key }]);
        }
      } else if (!isUncheckedKnownKey(key)) {
        problems.push(unknownField(resource, pathOfLink({ parent: link, key }), [...shape]));
      }
    }
  }
  return problems.reverse();
}

/** Unknown fields straight from a recorded run: keys of structs the validator never read. */
function unknownFieldsOfRun(resource: Resource, run: RecordedRun): Problem[] {
  const problems: Problem[] = [];
  const stack: [unknown, Path][] = [[resource.object, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((item, index) => stack.push([item, [...path, index]]));
      continue;
    }
    if (!isRecord(node)) continue;
    // Objects the validator never looked into are free-form (or under a value it already rejected).
    const known = run.readKeys.get(node);
    if (!known) continue;
    for (const key of Object.keys(node)) {
      if (known.has(key)) {
        const value = node[key];
        if (value !== null && typeof value === 'object') stack.push([value, [...path, key]]);
      } else if (!isUncheckedKnownKey(key)) {
        problems.push(unknownField(resource, [...path, key], [...known]));
      }
    }
  }
  // The walk goes depth-first from the end; report in document order.
  return problems.reverse();
}

function unknownField(resource: Resource, path: Path, knownKeys: string[]): Problem {
  const key = String(path[path.length - 1]);
  const suggestion = closest(key, knownKeys);
  const where =
    path.length > 1 ? `${formatPath(path.slice(0, -1))} of a ${resource.kind}` : `a ${resource.kind}`;
  return {
    path,
    message: `unknown field ${formatPath(path)}: ${where} has no field "${key}"`,
    hint: suggestion
      ? `did you mean "${suggestion}"? kubectl's strict field validation rejects unknown fields; without it they are silently dropped`
      : `remove it or move it where it belongs; the fields here are ${knownKeys.sort().join(', ')}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Validator errors -> problems

function describeErrors(resource: Resource, errors: SchemaError[]): Problem[] {
  // One problem per value: ajv reports a oneOf's branches and the oneOf itself at the same path.
  const byPointer = new Map<string, SchemaError[]>();
  for (const error of errors) {
    const group = byPointer.get(error.instancePath);
    if (group) group.push(error);
    else byPointer.set(error.instancePath, [error]);
  }
  const problems: Problem[] = [];
  for (const [pointer, group] of byPointer) {
    const path = pathOf(resource.object, pointer);
    const value = valueAt(resource.object, path);
    for (const error of group) {
      if (error.keyword === 'required')
        problems.push(missing(resource, [...path, String(error.params.missingProperty)]));
    }
    // Kubernetes reads null as "not set": never a type error.
    if (value === null || value === undefined) continue;
    const rest = group.filter((error) => error.keyword !== 'required');
    if (rest.length > 0) problems.push(wrongValue(path, value, rest));
  }
  return problems;
}

function missing(resource: Resource, path: Path): Problem {
  const field = formatPath(path);
  const parent = path.length > 1 ? formatPath(path.slice(0, -1)) : resource.kind;
  return {
    path,
    message: `${field} is required, and missing`,
    hint: `add ${String(path[path.length - 1])} under ${parent}`,
  };
}

function wrongValue(path: Path, value: unknown, errors: SchemaError[]): Problem {
  const field = formatPath(path);
  const got = describeWritten(value);
  const enumError = errors.find((error) => error.keyword === 'enum');
  if (enumError) {
    const allowed = (enumError.params.allowedValues as unknown[]).map(String);
    const suggestion = closest(String(value), allowed);
    return {
      path,
      message: `${field} is ${got}; it must be one of ${allowed.join(', ')}`,
      hint: suggestion
        ? `write ${suggestion}${suggestion.toLowerCase() === String(value).toLowerCase() ? ' (values are case-sensitive)' : ''}`
        : `use one of ${allowed.join(', ')}`,
    };
  }
  const types = errors.filter((error) => error.keyword === 'type').map((error) => String(error.params.type));
  const formats = errors
    .filter((error) => error.keyword === 'format')
    .map((error) => String(error.params.format));
  const alternatives = errors.some((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf');

  if (formats.includes('quantity')) {
    return {
      path,
      message: `${field} is ${got}, which is not a Kubernetes quantity`,
      hint: 'write a number with an optional suffix: 500m, 0.5, 128Mi, 1Gi, 2G (binary suffixes end in i: Ki, Mi, Gi)',
    };
  }
  if (alternatives && types.includes('integer') && types.includes('string')) {
    return {
      path,
      message: `${field} is ${got}; it must be a whole number or a string (a port name, a percentage)`,
      hint:
        typeof value === 'number'
          ? `write a whole number, such as ${Math.round(value)}`
          : 'write a number or a name',
    };
  }
  if (types.length > 0) return wrongType(path, value, types[0]!);
  const format = formats[0];
  if (format) return wrongFormat(path, value, format);
  const error = errors[0]!;
  return {
    path,
    message: `${field} is ${got}, which the schema rejects (${error.keyword} ${JSON.stringify(error.params)})`,
    hint: `fix ${field} as the Kubernetes API reference describes it`,
  };
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

function wrongType(path: Path, value: unknown, type: string): Problem {
  const field = formatPath(path);
  const expected = TYPE_NAMES[type] ?? type;
  const message = `${field} is ${describeWritten(value)}; it must be ${expected}`;
  const key = String(path[path.length - 1]);
  let hint = `write ${field} as ${expected}`;
  if (type === 'string' && typeof value === 'number') {
    hint = isRoundedInteger(value)
      ? `quote it, digits exactly as written: ${key}: "..." (unquoted, YAML reads it as a number)`
      : `quote it: ${key}: "${String(value)}" (unquoted, YAML reads it as a number)`;
  } else if (type === 'string' && typeof value === 'boolean') {
    hint = `quote the value: unquoted true, false, yes, no, on and off are booleans to kubectl`;
  } else if (
    (type === 'integer' || type === 'number') &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    !Number.isNaN(Number(value))
  ) {
    hint = `write it without quotes: ${key}: ${value.trim()}`;
  } else if (type === 'array' && isRecord(value)) {
    hint = `make it a list: put "- " before the first key of each entry under ${key}`;
  } else if (type === 'object' && typeof value !== 'object') {
    hint = `${key} takes nested fields; check the indentation of the lines below it`;
  }
  return { path, message, hint };
}

function wrongFormat(path: Path, value: unknown, format: string): Problem {
  const field = formatPath(path);
  const got = describeWritten(value);
  switch (format) {
    case 'byte':
      return {
        path,
        message: `${field} is not base64`,
        hint: 'Secret data values are base64-encoded: put the plain text under stringData instead, or encode it (printf %s value | base64)',
      };
    case 'int32':
    case 'int64':
      return {
        path,
        message: `${field} is ${got}, outside the ${format === 'int32' ? '32' : '64'}-bit integer range`,
        hint: `write a smaller number`,
      };
    case 'date-time':
      return {
        path,
        message: `${field} is ${got}, not an RFC 3339 time`,
        hint: 'write a time like 2024-05-01T12:00:00Z',
      };
    default:
      return {
        path,
        message: `${field} is ${got}, not a valid ${format}`,
        hint: `write ${field} as a ${format}`,
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Paths and words

/** The path of a JSON pointer, with numbers where the data has lists. */
function pathOf(object: unknown, pointer: string): Path {
  const path: (string | number)[] = [];
  let node = object;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(step);
    node = Array.isArray(node) ? node[step as number] : isRecord(node) ? node[segment] : undefined;
  }
  return path;
}

function valueAt(object: unknown, path: Path): unknown {
  let node = object;
  for (const step of path) {
    node = Array.isArray(node) ? node[step as number] : isRecord(node) ? node[String(step)] : undefined;
  }
  return node;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `spec.template.spec.containers[0].ports[1].containerPort`, `metadata.labels["app.kubernetes.io/name"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (PLAIN_KEY.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

/**
 * An integer beyond 2^53 reaches the gate rounded (a JavaScript number): printing it would show a
 * value the file does not hold, so messages say what it is instead.
 */
const isRoundedInteger = (value: number) => Number.isInteger(value) && !Number.isSafeInteger(value);
const UNSAFE_INTEGER = `an integer beyond 2^53 (${Number.MAX_SAFE_INTEGER}), too large to show exactly`;

function describeWritten(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `"${shown}" (a string)`;
  }
  if (typeof value === 'number')
    return isRoundedInteger(value) ? `${UNSAFE_INTEGER} (a number)` : `${value} (a number)`;
  if (typeof value === 'boolean') return `${value} (a boolean)`;
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return String(value);
}

/** The candidate a typo most likely meant: same letters in another case, or at most 2 edits away. */
function closest(word: string, candidates: string[]): string | undefined {
  const lower = word.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: string | undefined;
  let bestDistance = word.length <= 4 ? 1 : 2;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= bestDistance && (distance < bestDistance || !best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The answer of Argo CD's `GET /api/v1/applications/{name}/manifests` (pure): `{ manifests: [...] }`,
 * each manifest a JSON document serialised into a string, rendered by the repo-server for the
 * revision asked. Hooks are left out, as Argo CD leaves them out of the application's resources:
 * they are not the release being judged (the gate's own Job is one).
 */
import { isRecord } from '../k8s/labels.js';
import { jsonObject } from './json.js';
import type { KubeObject } from './managed-resources.js';

export interface ParsedManifests {
  /** The non-hook documents, in Argo CD's order. */
  documents: KubeObject[];
  /** Manifests that could not be read: "manifest 3 is not a JSON object". */
  problems: string[];
}

/** Annotations that make a resource a hook: Argo CD's own, and Helm's (Argo CD maps those). */
export const HOOK_ANNOTATIONS = ['argocd.argoproj.io/hook', 'helm.sh/hook'] as const;

export function parseManifestResponse(body: unknown): ParsedManifests {
  const result: ParsedManifests = { documents: [], problems: [] };
  const manifests =
    typeof body === 'object' && body !== null ? (body as { manifests?: unknown }).manifests : undefined;
  // An application that renders nothing answers {} (the empty list is left out of the JSON).
  if (manifests === undefined) return result;
  if (!Array.isArray(manifests)) {
    result.problems.push('the answer has no manifests list');
    return result;
  }
  manifests.forEach((manifest: unknown, index) => {
    const object = jsonObject(manifest);
    if (!isRecord(object)) {
      result.problems.push(`manifest ${index + 1} is not a JSON object`);
      return;
    }
    if (!isHook(object)) result.documents.push(object);
  });
  return result;
}

export function isHook(object: KubeObject): boolean {
  const metadata = object.metadata;
  const annotations = isRecord(metadata) && isRecord(metadata.annotations) ? metadata.annotations : {};
  return HOOK_ANNOTATIONS.some((name) => typeof annotations[name] === 'string' && annotations[name] !== '');
}

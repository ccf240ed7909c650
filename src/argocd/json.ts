/** Argo CD sends Kubernetes objects as JSON serialised into strings (or, from some servers, as objects). */
import { isRecord } from '../k8s/labels.js';

/** The object a field holds: parsed when it is a JSON string; undefined when it is not an object. */
export function jsonObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'string') return isRecord(value) ? value : undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

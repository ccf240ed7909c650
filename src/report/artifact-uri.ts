/** A file's SARIF artifact URI: relative to the repository root, each path segment URI-encoded. */
import { isAbsolute, relative, sep } from 'node:path';

export function artifactUri(file: string, root: string): string {
  if (file === '<stdin>') return 'stdin';
  const path = isAbsolute(file) ? relative(root, file) : file;
  return path
    .split(sep)
    .map(encodeURIComponent)
    .join('/')
    .replace(/^(\.\/)+/, '');
}

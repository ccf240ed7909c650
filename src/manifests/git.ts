/**
 * Manifests as they were at a git ref, read with `git ls-tree` and `git show` (no checkout, the work
 * tree untouched): the baseline of `netpol diff --baseline <ref>`.
 */
import { execFile } from 'node:child_process';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../errors.js';
import type { ManifestSource } from './sources.js';

const run = promisify(execFile);
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const MAX_OUTPUT = 256 * 1024 * 1024;

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8' });
  return stdout;
}

/** True when `ref` names a commit in the repository around `cwd`. */
export async function isGitRef(ref: string, cwd: string): Promise<boolean> {
  if (ref.startsWith('-')) return false;
  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/** The manifest files under `paths` (relative to `cwd`) at `ref`, each named `ref:path`. */
export async function gitRefSources(
  ref: string,
  paths: readonly string[],
  cwd: string,
): Promise<ManifestSource[]> {
  if (!(await isGitRef(ref, cwd))) {
    throw new UsageError(`--baseline ${ref}: neither an existing file or folder nor a git ref`, {
      fix: 'give the folder of the previous manifests, or a commit, branch or tag (e.g. origin/main)',
    });
  }
  const sources: ManifestSource[] = [];
  for (const path of paths) {
    const listed = await git(['ls-tree', '-r', '--name-only', '-z', ref, '--', path], cwd);
    const files = listed.split('\0').filter((file) => file !== '' && MANIFEST_EXTENSIONS.has(extname(file)));
    for (const file of files) {
      const text = await git(['show', `${ref}:./${file}`], cwd);
      sources.push({ kind: 'text', name: `${ref}:${file}`, text });
    }
  }
  return sources;
}

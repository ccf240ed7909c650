/**
 * Where manifests come from: files, folders, stdin, a text, or documents already in memory, each
 * with the name findings show as their `file`. The I/O of reading manifests lives here; turning
 * text into resources is ./load.ts.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { UsageError } from '../errors.js';
import type { Finding } from '../model/index.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  formatBytes,
  loadBytes,
  loadDocuments,
  loadText,
  TOO_LARGE_HINT,
  unreadable,
  type LoadOptions,
  type LoadResult,
} from './load.js';

export type ManifestSource =
  /** A file, or a folder walked for .yaml, .yml and .json files; findings show the path as given. */
  | { kind: 'path'; path: string }
  /** Standard input, shown as "<stdin>". */
  | { kind: 'stdin' }
  /** YAML text, shown as `name`. */
  | { kind: 'text'; name: string; text: string }
  /** Documents already parsed (e.g. Argo CD's target manifests), shown as `name`. */
  | { kind: 'documents'; name: string; documents: readonly unknown[] };

/** The file name findings give for stdin. */
export const STDIN_FILE = '<stdin>';

/** Paths as the command line gives them: '-' is stdin. */
export function pathSources(paths: readonly string[]): ManifestSource[] {
  return paths.map((path) => (path === '-' ? { kind: 'stdin' } : { kind: 'path', path }));
}

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Every source's resources and loader findings, as one result in source order. */
export async function readSources(
  sources: readonly ManifestSource[],
  options: LoadOptions,
): Promise<LoadResult & { files: number }> {
  const result = {
    resources: [] as LoadResult['resources'],
    findings: [] as LoadResult['findings'],
    files: 0,
  };
  /** One file's (or stream's) resources and findings; `files: 0` for findings about no one file. */
  const add = (part: LoadResult, files = 1) => {
    result.files += files;
    for (const resource of part.resources) result.resources.push(resource);
    for (const finding of part.findings) result.findings.push(finding);
  };
  for (const source of sources) {
    switch (source.kind) {
      case 'text':
        add(loadText(source.text, source.name, options));
        break;
      case 'documents':
        add(loadDocuments(source.documents, source.name, options));
        break;
      case 'stdin':
        if (process.stdin.isTTY) {
          throw new UsageError("'-' reads manifests from stdin, but stdin is a terminal", {
            fix: 'pipe them in: helm template … | slo-gate validate -',
          });
        }
        add(await loadStream(process.stdin, STDIN_FILE, options));
        break;
      case 'path':
        await readPath(source.path, options, add);
        break;
    }
  }
  requireSomethingRead(sources, result);
  return result;
}

/**
 * Inputs the user named (files, folders, stdin) that hold no document at all — a failed `helm template`
 * piped in, a file of comments — are a usage error: a gate that read nothing must not pass. Sources
 * handed over as text or documents (an Argo CD app that renders none) may be empty.
 */
function requireSomethingRead(sources: readonly ManifestSource[], result: LoadResult): void {
  const named = sources.flatMap((source) =>
    source.kind === 'stdin' ? ['- (stdin)'] : source.kind === 'path' ? [source.path] : [],
  );
  if (named.length === 0 || named.length < sources.length) return;
  if (result.resources.length > 0 || result.findings.length > 0) return;
  throw new UsageError(
    `no manifests were read from ${named.join(', ')}: no YAML or JSON document with a Kubernetes resource`,
    {
      fix: 'check that the command producing the manifests succeeded (helm template … | slo-gate validate -), or give files that hold Kubernetes resources',
    },
  );
}

/**
 * Throws the usage error of the first path source that does not exist: a run checks this before it
 * queries Prometheus, so a mistyped path is reported at once rather than after every query.
 */
export async function requireExistingPaths(sources: readonly ManifestSource[]): Promise<void> {
  for (const source of sources) {
    if (source.kind !== 'path') continue;
    try {
      await stat(source.path);
    } catch (error) {
      throw missingPath(source.path, error);
    }
  }
}

function missingPath(path: string, error: unknown): UsageError {
  return new UsageError(`${path}: ${describeFsError(error)}`, {
    fix: 'give an existing file or folder, or - for stdin',
  });
}

async function readPath(
  path: string,
  options: LoadOptions,
  add: (part: LoadResult, files?: number) => void,
): Promise<void> {
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw missingPath(path, error);
  }
  if (!stats.isDirectory()) {
    add(await loadFile(path, options, stats));
    return;
  }
  const files: string[] = [];
  const findings: Finding[] = [];
  await collectFolder(path, files, findings, new Set());
  if (files.length === 0 && findings.length === 0) {
    throw new UsageError(`${path}: no .yaml, .yml or .json files in this folder or below`, {
      fix: 'give the folder that holds the manifests (dot-folders and node_modules are skipped)',
    });
  }
  add({ resources: [], findings }, 0);
  for (const file of files) add(await loadFile(file, options));
}

/** Reads a stream (stdin) up to the size limit; larger input is a finding, not a crash. */
export async function loadStream(stream: Readable, file: string, options: LoadOptions): Promise<LoadResult> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > limit) {
        stream.destroy();
        return unreadable(file, `is larger than the ${formatBytes(limit)} limit`, TOO_LARGE_HINT);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return unreadable(file, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT);
  }
  return loadBytes(Buffer.concat(chunks, size), file, options);
}

const UNREADABLE_HINT = 'check the file permissions, or leave the file out of the inputs';

async function loadFile(file: string, options: LoadOptions, known?: Stats): Promise<LoadResult> {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    const stats = known ?? (await stat(file));
    if (stats.isFile()) {
      // Checked before reading: a huge file is never loaded into memory.
      if (stats.size > limit) {
        return unreadable(
          file,
          `is ${formatBytes(stats.size)}, over the ${formatBytes(limit)} limit`,
          TOO_LARGE_HINT,
        );
      }
      return loadBytes(await readFile(file), file, options);
    }
    // A pipe given by name (e.g. <(helm template …)): read it as a stream, with the same limit.
    return await loadStream(createReadStream(file), file, options);
  } catch (error) {
    return unreadable(file, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT);
  }
}

/** Manifest files below `folder`, in sorted order; folders that cannot be listed become findings. */
async function collectFolder(
  folder: string,
  files: string[],
  findings: Finding[],
  visited: Set<string>,
): Promise<void> {
  let names: string[];
  try {
    const real = await realpath(folder);
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    names = (await readdir(folder)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    findings.push(
      ...unreadable(folder, `cannot be listed: ${describeFsError(error)}`, UNREADABLE_HINT).findings,
    );
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    const isManifest = MANIFEST_EXTENSIONS.has(extname(name).toLowerCase());
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      // A broken link named like a manifest was meant to be read: say so.
      if (isManifest)
        findings.push(
          ...unreadable(path, `cannot be read: ${describeFsError(error)}`, UNREADABLE_HINT).findings,
        );
      continue;
    }
    if (stats.isDirectory()) await collectFolder(path, files, findings, visited);
    else if (stats.isFile() && isManifest) files.push(path);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a folder';
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}

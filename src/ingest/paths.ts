// Which files a set of paths names: folders walked recursively in sorted order, hidden entries
// skipped, symlinked folder loops detected. The only I/O here is stat/readdir.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentFormat } from '../records.js';
import { describeSystemError, ingestError } from './errors.js';
import type { IngestError } from './types.js';

/** A file to read; `named` when the user gave its path, rather than a folder holding it. */
export type WalkItem =
  { kind: 'file'; path: string; named: boolean } | { kind: 'error'; error: IngestError };

const FORMATS: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.feed': 'feed',
};

/** The format a file's extension names, or null when it is not one ingest reads. */
export function formatForPath(file: string): DocumentFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* walkFolder(folder: string, ancestors: Set<string>): AsyncGenerator<WalkItem> {
  for await (const item of walkEntries(folder, ancestors)) {
    yield item.kind === 'file' ? { ...item, named: false } : item;
  }
}

async function* walkEntries(folder: string, ancestors: Set<string>): AsyncGenerator<WalkItem> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (err) {
    yield { kind: 'error', error: ingestError('UNREADABLE', folder, describeSystemError(err)) };
    return;
  }
  for (const name of names.sort(byName)) {
    if (name.startsWith('.')) continue;
    yield* walkPath(path.join(folder, name), ancestors);
  }
}

async function* walkPath(target: string, ancestors: Set<string>): AsyncGenerator<WalkItem> {
  let info;
  try {
    info = await stat(target);
  } catch (err) {
    yield { kind: 'error', error: ingestError('UNREADABLE', target, describeSystemError(err)) };
    return;
  }
  if (info.isDirectory()) {
    let real: string;
    try {
      real = await realpath(target);
    } catch (err) {
      yield { kind: 'error', error: ingestError('UNREADABLE', target, describeSystemError(err)) };
      return;
    }
    if (ancestors.has(real)) {
      yield {
        kind: 'error',
        error: ingestError('UNREADABLE', target, `folder loop: links back to ${real}`),
      };
      return;
    }
    const inner = new Set(ancestors).add(real);
    yield* walkFolder(target, inner);
    return;
  }
  if (!info.isFile()) {
    yield { kind: 'error', error: ingestError('UNREADABLE', target, 'not a regular file') };
    return;
  }
  yield { kind: 'file', path: target, named: true };
}

/** Files and errors for each path in order; `-` (stdin) passes through as a file. */
export async function* walkPaths(paths: string[]): AsyncGenerator<WalkItem> {
  for (const target of paths) {
    if (target === '-') yield { kind: 'file', path: '-', named: true };
    else yield* walkPath(target, new Set());
  }
}

/** The files a path set expands to, for progress totals (errors and `-` are left out). */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for await (const item of walkPaths(paths)) {
    if (item.kind === 'file' && item.path !== '-') files.push(item.path);
  }
  return files;
}

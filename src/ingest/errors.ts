// Errors are values: readers return them, readInputs yields them, the CLI prints them one per line.
// Error lines quote file names and document text, both of which may hold terminal escapes.
import { terminalSafe } from '../output/terminal.js';
import type { IngestError, IngestErrorCode, IngestItem, SkippedFile } from './types.js';

export function ingestError(
  code: IngestErrorCode,
  path: string,
  message: string,
  line?: number,
): IngestError {
  return line === undefined ? { code, path, message } : { code, path, line, message };
}

export function errorItem(
  code: IngestErrorCode,
  path: string,
  message: string,
  line?: number,
): IngestItem {
  return { kind: 'error', error: ingestError(code, path, message, line) };
}

/** `path:line: CODE message` on one line (no line part when there is no line), safe to print. */
export function formatError(e: IngestError): string {
  const where = e.line === undefined ? e.path : `${e.path}:${e.line}`;
  const message = e.message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return terminalSafe(`${where}: ${e.code} ${message}`);
}

/** The user-facing part of a system error (`ENOENT`, `EACCES`...), never a stack. */
export function describeSystemError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links (loop)';
  if (code === 'EISDIR') return 'is a folder';
  if (typeof code === 'string') return `cannot read (${code})`;
  return err instanceof Error ? err.message : String(err);
}

/** Counts the files skipped in folders and keeps a few names, for one closing line. */
export interface SkipTally {
  add: (skipped: SkippedFile) => void;
  readonly count: number;
  /** `skipped 3 files in folders that ingest does not read (a/README, a/x.png, b/y.pdf)`. */
  summary: () => string;
}

export function skipTally(shown = 3): SkipTally {
  let count = 0;
  const names: string[] = [];
  return {
    add: (skipped) => {
      count += 1;
      if (names.length < shown) names.push(skipped.path);
    },
    get count() {
      return count;
    },
    summary: () => {
      const more = count > names.length ? `, and ${count - names.length} more` : '';
      return terminalSafe(
        `skipped ${count} file${count === 1 ? '' : 's'} in folders that ingest does not read (${names.join(', ')}${more})`,
      );
    },
  };
}

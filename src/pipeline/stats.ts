import type { IngestError } from '../ingest/index.js';

/** Running totals of an ingest run. */
export interface IngestStats {
  /** Documents stored by this run. */
  documents: number;
  /** Documents already in the database (same content hash). */
  skipped: number;
  /** Inputs that could not be read or coded. */
  failed: number;
  /** The first errors (at most `MAX_KEPT_ERRORS`; `failed` counts them all). */
  errors: IngestError[];
  sentences: number;
  /** New events created by this run. */
  events: number;
  mentions: number;
  /** UTF-8 bytes of the documents' text read (stored or skipped). */
  bytes: number;
  /** Stopped by a signal: what was read before it is committed, the rest was not read. */
  interrupted: boolean;
}

export const MAX_KEPT_ERRORS = 1000;

export function emptyStats(): IngestStats {
  return {
    documents: 0,
    skipped: 0,
    failed: 0,
    errors: [],
    sentences: 0,
    events: 0,
    mentions: 0,
    bytes: 0,
    interrupted: false,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `1.4 MB`, `820 KB`, `12 B`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} KB`;
  return `${bytes} B`;
}

/** The closing line: `ingested 18 documents (2 already stored), 3 failed: ...`. */
export function formatSummary(stats: IngestStats, elapsedMs: number): string {
  const head = `ingested ${plural(stats.documents, 'document')}`;
  const skipped = stats.skipped ? ` (${stats.skipped} already stored)` : '';
  const failed = stats.failed ? `, ${stats.failed} failed` : '';
  const detail =
    `${plural(stats.sentences, 'sentence')}, ${plural(stats.mentions, 'mention')}, ` +
    `${plural(stats.events, 'new event')}; ${formatBytes(stats.bytes)} in ` +
    `${(elapsedMs / 1000).toFixed(1)} s`;
  const stopped = stats.interrupted
    ? ' (interrupted: the open batch was committed; rerun to ingest the rest)'
    : '';
  return `${head}${skipped}${failed}: ${detail}${stopped}`;
}

/** One progress line for logs (stderr not a terminal). */
export function formatProgressLine(stats: IngestStats, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? stats.bytes / 1e6 / seconds : 0;
  return (
    `spiral: ${stats.documents} stored, ${stats.skipped} skipped, ${stats.failed} failed, ` +
    `${stats.events} events, ${formatBytes(stats.bytes)} (${rate.toFixed(2)} MB/s)`
  );
}

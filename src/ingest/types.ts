// The public shapes of ingest: what the store/CLI passes in and what it gets back.
import type { DocumentInput } from '../records.js';

export interface IngestOptions {
  /** Size cap per file in bytes (per record for JSONL, which is streamed line by line). */
  maxBytes: number;
  /** Overrides the outlet of every document (`--source`). */
  source?: string;
  /** `YYYY-MM-DD` used when a document has no date of its own (`--date`). */
  date?: string;
  /** Read for the path `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /**
   * Told of each file inside a folder that ingest does not read (a README, an image, a PDF):
   * such files are skipped, not failures. Without it they are UNSUPPORTED errors as when named.
   */
  onSkip?: (skipped: SkippedFile) => void;
}

export interface SkippedFile {
  path: string;
  /** Why, e.g. `unsupported extension ".png"`. */
  reason: string;
}

/** Stable error codes; the CLI and tests rely on them. */
export const INGEST_ERROR_CODES = [
  'EMPTY',
  'BINARY',
  'ENCODING',
  'TOO_LARGE',
  'HTML_NO_TEXT',
  'JSONL_PARSE',
  'JSONL_FIELD',
  'UNREADABLE',
  'UNSUPPORTED',
  'BAD_DATE',
  'FEED_PARSE',
  'READ_FAILED',
] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

export interface IngestError {
  code: string;
  path: string;
  line?: number;
  message: string;
}

export type IngestItem =
  { kind: 'document'; doc: DocumentInput } | { kind: 'error'; error: IngestError };

/** Default `maxBytes`: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Metadata a reader found in the input itself (HTML meta, JSONL fields, front matter). */
export interface FoundMetadata {
  title?: string | null;
  source?: string | null;
  url?: string | null;
  /** Already validated `YYYY-MM-DD`. */
  published?: string | null;
}

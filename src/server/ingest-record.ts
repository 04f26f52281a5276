// POST /api/documents: one JSON record through the same reader and pipeline as
// `spiral ingest -` on a JSON Lines line, so validation, limits and idempotency are the CLI's.
import { Readable, Writable } from 'node:stream';
import { readInputs, type IngestItem } from '../ingest/index.js';
import { toDocumentRecord } from '../pipeline/ingest-run.js';
import type { Spiral } from '../pipeline/spiral.js';
import { ApiError } from './errors.js';

export interface IngestRecordResult {
  id: string;
  created: boolean;
  /** Events told by this document, and how many of them were new (the rest merged). */
  mentions: number;
  events: number;
}

/** Stderr for the pipeline: the server reports through its answer, not its console. */
const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

/**
 * Ingests one record (already parsed JSON). `maxBytes` is the CLI's per-record cap. Bad records
 * throw a 400 whose message names the field, as the CLI's error line would.
 */
export async function ingestRecord(
  spiral: Spiral,
  record: Record<string, unknown>,
  maxBytes: number,
): Promise<IngestRecordResult> {
  // One line of JSON Lines, read as stdin would be: the reader checks fields, dates and the cap.
  const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
  const items: IngestItem[] = [];
  for await (const item of readInputs(['-'], { maxBytes, stdin: Readable.from([line]) })) {
    items.push(item);
  }
  const item = items[0];
  if (!item) throw new ApiError(400, 'EMPTY', 'the record has no text');
  if (item.kind === 'error') {
    const status = item.error.code === 'TOO_LARGE' ? 413 : 400;
    // The reader's message speaks of a line of stdin; here it is the request body.
    const message = item.error.message.replace(/ \(raise it with --max-bytes\)/, '');
    throw new ApiError(status, item.error.code, message);
  }
  const doc = { ...item.doc, path: 'api' };
  const { id } = toDocumentRecord(doc, '');
  const stats = await spiral.ingest(['api'], {
    ingest: { maxBytes },
    quiet: true,
    stderr: silent,
    read: async function* () {
      yield { kind: 'document', doc } satisfies IngestItem;
    },
  });
  if (stats.failed > 0) {
    const error = stats.errors[0];
    throw new ApiError(422, error?.code ?? 'E_CODE', error?.message ?? 'could not code the record');
  }
  return { id, created: stats.documents === 1, mentions: stats.mentions, events: stats.events };
}

/** Runs tasks one after another: one writer at a time on the store's batch. */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

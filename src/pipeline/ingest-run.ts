// One ingest run: read inputs, skip what is stored, code, and store each document with all its
// content in one transaction, so an interrupted run leaves whole documents only.
import { statSync } from 'node:fs';
import {
  documentHash,
  expandPaths,
  normaliseText,
  readInputs,
  type IngestOptions,
} from '../ingest/index.js';
import { createCoder } from '../coding/index.js';
import type { Coder } from '../coding/types.js';
import { codeForStore, codingError } from './coding.js';
import { BATCH_MS, DEFAULT_BATCH_DOCUMENTS } from './defaults.js';
import type { DocumentInput, DocumentRecord } from '../records.js';
import { documentId } from '../store/ids.js';
import type { DocumentStep, Store } from '../store/store.js';
import { ingestClock } from './ingest-clock.js';
import { createProgress } from './progress.js';
import { batchWriter, failureReporter } from './batches.js';
import { emptyStats, formatSummary, type IngestStats } from './stats.js';

export interface RunIngestOptions {
  ingest: IngestOptions;
  /** Extra verb dictionaries for the coder. */
  dictionaries?: string[];
  /** No progress and no closing summary (errors are still printed). */
  quiet?: boolean;
  onProgress?: (stats: IngestStats) => void;
  /** Where errors, progress and the summary go (default: process.stderr). */
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
  /** A ready coder (default: `createCoder({dictionaries})`). */
  coder?: Coder;
  /** Reader of inputs (default: ingest's `readInputs`); tests pass their own. */
  read?: typeof readInputs;
  /** Steps run for every new document inside its transaction (provenance); default none. */
  steps?: readonly DocumentStep[];
  /** Stops the run after the current document: the open batch is committed, the rest left. */
  signal?: AbortSignal;
  /** Documents per commit (default `DEFAULT_BATCH_DOCUMENTS`). */
  batchDocuments?: number;
}

export type { IngestStats } from './stats.js';

export { BATCH_MS, DEFAULT_BATCH_DOCUMENTS };

export function totalInputBytes(files: string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // Unreadable files are reported by the reader.
    }
  }
  return total;
}

/**
 * What a stored document looks like, from what ingest read. A document is known by its text and
 * its URL: the same file ingested twice is one document, but the same wire story published at
 * two addresses is two documents (two sources of one story, linked by provenance as verbatim
 * copies), so that no outlet is lost from the sources of its events.
 */
export function toDocumentRecord(
  input: DocumentInput,
  ingested: string,
  normalised = false,
): DocumentRecord {
  // Ingest's readers hand over normalised text already; other readers (tests) may not.
  const text = normalised ? input.text : normaliseText(input.text);
  const hash = documentHash(text, input.url);
  return { ...input, text, hash, id: documentId(hash), ingested };
}

export async function runIngest(
  store: Store,
  paths: string[],
  options: RunIngestOptions,
): Promise<IngestStats> {
  const stderr = options.stderr ?? process.stderr;
  const started = Date.now();
  const stats = emptyStats();
  const coder = options.coder ?? createCoder({ dictionaries: options.dictionaries });
  const read = options.read ?? readInputs;
  const clock = ingestClock();
  const steps = options.steps ?? [];
  const batchDocuments = options.batchDocuments ?? DEFAULT_BATCH_DOCUMENTS;
  const onDisk = paths.filter((p) => p !== '-');
  const totalBytes =
    options.quiet || !stderr.isTTY || onDisk.length === 0
      ? 0
      : totalInputBytes(await expandPaths(onDisk));
  const progress = createProgress(stderr, { quiet: options.quiet, totalBytes });

  const fail = failureReporter(stats, progress);
  const batches = batchWriter(store, { documents: batchDocuments, ms: BATCH_MS });

  try {
    for await (const item of read(paths, options.ingest)) {
      if (options.signal?.aborted) {
        stats.interrupted = true;
        break;
      }
      if (item.kind === 'error') {
        fail(item.error);
      } else {
        const doc = toDocumentRecord(item.doc, clock(), read === readInputs);
        stats.bytes += Buffer.byteLength(doc.text);
        if (await store.hasDocument(doc.hash)) {
          stats.skipped += 1;
        } else if (store.claim && !(await store.claim(doc.hash))) {
          // Another worker on the same store is coding it (or just stored it).
          stats.skipped += 1;
        } else {
          const coded = codeForStore(coder, doc);
          const failed = coded.ok
            ? await batches.write(doc, coded.coded, steps, stats)
            : coded.message;
          if (failed !== null) {
            fail(codingError(doc, failed));
          }
        }
      }
      progress.update(stats);
      options.onProgress?.(stats);
    }
    await batches.commit();
  } catch (err) {
    await store.rollback();
    throw err;
  } finally {
    progress.stop();
  }
  if (!options.quiet) stderr.write(`${formatSummary(stats, Date.now() - started)}\n`);
  return stats;
}

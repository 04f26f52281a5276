// What every ingest run shares, with one worker or many: documents written in batches (a commit
// costs far more than a document's rows; each document is still atomic, a savepoint inside the
// batch, and a killed run loses at most the open batch, which a rerun ingests again: nothing is
// doubled because a document is known by its content hash), and the stats, progress and error
// lines of the run.
import { formatError, type IngestError } from '../ingest/index.js';
import type { DocumentRecord } from '../records.js';
import type { CodedInput, StoreCounts } from '../store/coded.js';
import { CodingFailure } from './coding.js';
import type { DocumentStep, Store } from '../store/store.js';
import type { ProgressReporter } from './progress.js';
import { MAX_KEPT_ERRORS, type IngestStats } from './stats.js';

/** A batch is committed after this many documents or this long, whichever comes first. */
export interface BatchPolicy {
  documents: number;
  ms: number;
}

export interface BatchWriter {
  /**
   * Stores one document in the open batch (opening one if needed) and counts it in `stats`.
   * Returns null, or the coder's message when a document coded as it was stored failed (then
   * nothing of it is stored, and the batch goes on).
   */
  write(
    doc: DocumentRecord,
    coded: CodedInput,
    steps: readonly DocumentStep[],
    stats: IngestStats,
  ): Promise<string | null>;
  /** Commits the open batch, if any. */
  commit(): Promise<void>;
}

export function batchWriter(store: Store, policy: BatchPolicy): BatchWriter {
  let open = 0;
  let openedAt = 0;
  const commit = async (): Promise<void> => {
    await store.commit();
    open = 0;
  };
  return {
    commit,
    async write(doc, coded, steps, stats) {
      if (!store.inBatch) {
        await store.begin();
        openedAt = Date.now();
      }
      let counts: StoreCounts | null;
      try {
        counts = await store.writeDocument(doc, coded, steps);
      } catch (err) {
        if (err instanceof CodingFailure) return err.message;
        throw err;
      }
      open += 1;
      if (open >= policy.documents || Date.now() - openedAt >= policy.ms) await commit();
      if (counts === null) {
        stats.skipped += 1;
      } else {
        stats.documents += 1;
        stats.sentences += counts.sentences;
        stats.mentions += counts.mentions;
        stats.events += counts.events;
      }
      return null;
    },
  };
}

/** Counts a failed input, keeps the first ones, and prints it on one line. */
export function failureReporter(
  stats: IngestStats,
  progress: ProgressReporter,
): (error: IngestError) => void {
  return (error) => {
    stats.failed += 1;
    if (stats.errors.length < MAX_KEPT_ERRORS) stats.errors.push(error);
    progress.log(formatError(error));
  };
}

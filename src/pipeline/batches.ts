// What every ingest run shares, with one worker or many: documents written in batches (a commit
// costs far more than a document's rows; each document is still atomic, a savepoint inside the
// batch, and a killed run loses at most the open batch, which a rerun ingests again: nothing is
// doubled because a document is known by its content hash), and the stats, progress and error
// lines of the run.
import { formatError, type IngestError } from '../ingest/index.js';
import type { DocumentRecord } from '../records.js';
import type { CodedContent } from '../store/coded.js';
import type { DocumentStep, Store } from '../store/store.js';
import type { ProgressReporter } from './progress.js';
import { MAX_KEPT_ERRORS, type IngestStats } from './stats.js';

/** A batch is committed after this many documents or this long, whichever comes first. */
export interface BatchPolicy {
  documents: number;
  ms: number;
}

export interface BatchWriter {
  /** Stores one document in the open batch (opening one if needed) and counts it in `stats`. */
  write(
    doc: DocumentRecord,
    coded: CodedContent,
    steps: readonly DocumentStep[],
    stats: IngestStats,
  ): Promise<void>;
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
      const counts = await store.writeDocument(doc, coded, steps);
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

// The ingest run's defaults, apart from the run itself: the CLI shows them in every command's
// help, and importing the pipeline (the coder, its NLP model and dictionaries) for that took most
// of a second.
import os from 'node:os';

/**
 * A batch is committed after this many documents or this long, whichever comes first. Every
 * commit rewrites the index pages its documents touched, and event indexes are keyed by dyad and
 * date, not by document: larger batches share those pages (at 20 MB, 512 documents per commit
 * code 10 % more per second than 64). A kill loses at most the open batch, which the rerun redoes.
 */
export const DEFAULT_BATCH_DOCUMENTS = 512;
export const BATCH_MS = 5000;

/**
 * Text coded on the writer's thread before workers are started: below it, starting them costs
 * more than it saves (400 documents of 800 characters took twice as long with 2 workers).
 */
export const DEFAULT_START_AFTER_BYTES = 1_000_000;

/** The default number of coding workers: one per core. */
export const defaultWorkers = (): number => os.availableParallelism();

// An ingest run with coding workers: this thread reads, skips what is stored, and is the one
// writer; the workers code (and prepare the steps' store-free work) in parallel. Every input gets
// a sequence number when read and is written, reported and counted in that order, so documents,
// events, mentions, stories and ids are exactly those of a run with one worker.
import { expandPaths, readInputs, type IngestError } from '../../ingest/index.js';
import type { Coder, CodedDocument } from '../../coding/types.js';
import type { DocumentRecord } from '../../records.js';
import type { Store } from '../../store/store.js';
import {
  BATCH_MS,
  DEFAULT_BATCH_DOCUMENTS,
  toDocumentRecord,
  totalInputBytes,
  type RunIngestOptions,
} from '../ingest-run.js';
import { ingestClock } from '../ingest-clock.js';
import { createProgress } from '../progress.js';
import { batchWriter, failureReporter } from '../batches.js';
import { codeForStore, codingError, LONG_DOCUMENT_CHARS } from '../coding.js';
import { DEFAULT_START_AFTER_BYTES, defaultWorkers } from '../defaults.js';
import { emptyStats, formatSummary, type IngestStats } from '../stats.js';
import { SharedHistory } from './history.js';
import { CodingPool } from './pool.js';
import type { WorkerMessage } from './protocol.js';
import { unpackCoded } from './pack.js';
import { ReorderBuffer } from './reorder.js';
import { preparableNames, prepareDocument, withPrepared } from './steps.js';
import { PreparationBalance } from './balance.js';

/**
 * Documents read but not yet written, per worker: enough that no worker waits while the writer
 * stores, few enough that memory stays flat (the reorder buffer holds at most this many).
 */
export const IN_FLIGHT_PER_WORKER = 16;
/** ...and at most this much text in flight, whatever the documents' size. */
export const MAX_IN_FLIGHT_BYTES = 64 * 1024 * 1024;

export { DEFAULT_START_AFTER_BYTES, defaultWorkers };

export interface ParallelIngestOptions extends RunIngestOptions {
  /**
   * Threads in all: this one reads and writes (and codes while the others load), `workers - 1`
   * code, each building its coder from `dictionaries` once. The writer has copy detection and
   * the store to run, a good share of the work: with a coding thread per core beside it, three
   * threads shared two cores and the run took more time than one thread (1.36x the wall time and
   * 1.47x the CPU on a busy 2-core machine; the writer and one coder: 1.10x and 1.26x).
   */
  workers: number;
  /**
   * Codes on this thread while the workers load (a small ingest may end before they are ready).
   * It must code as the workers do: the default coder with the same `dictionaries`.
   */
  coder?: RunIngestOptions['coder'];
  /** Inputs read but not yet written (default `workers × IN_FLIGHT_PER_WORKER`). */
  maxInFlight?: number;
  /** With `coder`: text coded on this thread before the workers start (default 1 MB). */
  startAfterBytes?: number;
  /** Told how long each worker took to build its coder, when the run ends. */
  onWorkersLoaded?: (loadMs: number[]) => void;
  /** Where the steps' preparations run (default: moved to whichever thread waits). */
  balance?: Pick<PreparationBalance, 'note' | 'atWorker'>;
}

/** What became of an earlier copy of the same text, for the copies read while it was coded. */
interface FirstOutcome {
  codingFailure: string | null;
}

/** An input at its turn to be written. */
type Turn =
  | { kind: 'error'; error: IngestError }
  | { kind: 'stored-already'; bytes: number }
  /** Same text and URL as a document still being coded: whatever it got, this one gets. */
  | { kind: 'copy'; doc: DocumentRecord; bytes: number; first: FirstOutcome }
  | {
      kind: 'coded';
      doc: DocumentRecord;
      bytes: number;
      outcome: FirstOutcome;
      coded: CodedDocument;
      prepared: Record<string, unknown>;
    }
  | { kind: 'failed'; doc: DocumentRecord; bytes: number; outcome: FirstOutcome; message: string }
  /** A long document, coded on this thread chunk by chunk as it is stored. */
  | { kind: 'long'; doc: DocumentRecord; bytes: number };

interface OutAtWorker {
  doc: DocumentRecord;
  bytes: number;
  outcome: FirstOutcome;
}

export async function runParallelIngest(
  store: Store,
  paths: string[],
  options: ParallelIngestOptions,
): Promise<IngestStats> {
  const stderr = options.stderr ?? process.stderr;
  const started = Date.now();
  const stats = emptyStats();
  const read = options.read ?? readInputs;
  const clock = ingestClock();
  const steps = options.steps ?? [];
  const batchDocuments = options.batchDocuments ?? DEFAULT_BATCH_DOCUMENTS;
  const coders = Math.max(1, options.workers - 1);
  const maxInFlight = Math.max(1, options.maxInFlight ?? coders * IN_FLIGHT_PER_WORKER);
  const onDisk = paths.filter((p) => p !== '-');
  // The size of what is on disk (a pipe's is unknown): for the progress bar, and to start the
  // workers at once when there is more to code than this thread codes while they load.
  const inputBytes = onDisk.length === 0 ? 0 : totalInputBytes(await expandPaths(onDisk));
  const totalBytes = options.quiet || !stderr.isTTY ? 0 : inputBytes;
  const progress = createProgress(stderr, { quiet: options.quiet, totalBytes });

  const fail = failureReporter(stats, progress);

  // ------------------------------------------------------------------ coding workers
  const turns = new ReorderBuffer<Turn>();
  const atWorkers = new Map<number, OutAtWorker>();
  /** Hash → the document with that hash being coded now (a copy read meanwhile waits on it). */
  const beingCoded = new Map<string, OutAtWorker>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const wakeWriter = (): void => {
    wake?.();
    wake = null;
  };
  let workersReady = false;
  const receive = (message: WorkerMessage): void => {
    if (message.kind === 'ready') workersReady = true;
    if (message.kind !== 'coded' && message.kind !== 'failed') return;
    const out = atWorkers.get(message.seq);
    if (!out) return;
    atWorkers.delete(message.seq);
    turns.put(
      message.seq,
      message.kind === 'coded'
        ? {
            kind: 'coded',
            ...out,
            coded: unpackCoded(message.coded, out.doc.text),
            prepared: message.prepared,
          }
        : { kind: 'failed', ...out, message: message.message },
    );
    wakeWriter();
  };
  let pool: CodingPool | null = null;
  const history = new SharedHistory(coders);
  const startPool = (): CodingPool =>
    new CodingPool({
      size: coders,
      history,
      setup: { dictionaries: options.dictionaries ?? [] },
      onMessage: receive,
      onFailure: (err) => {
        failure ??= err;
        wakeWriter();
      },
    });

  const inline = options.coder ?? null;
  const prepareNames = preparableNames(steps);
  const balance = options.balance ?? new PreparationBalance();
  let toCodeBytes = 0;
  const startAfterBytes = options.startAfterBytes ?? DEFAULT_START_AFTER_BYTES;

  // ------------------------------------------------------------------ the writer
  let nextSeq = 0;
  let written = 0;
  let unwrittenBytes = 0;
  const batches = batchWriter(store, { documents: batchDocuments, ms: BATCH_MS });

  /** One input's turn: what a one-worker run does with it when it reads it. */
  const write = async (turn: Turn): Promise<void> => {
    if (turn.kind === 'error') {
      fail(turn.error);
    } else {
      stats.bytes += turn.bytes;
      unwrittenBytes -= turn.bytes;
      if (turn.kind === 'stored-already') {
        stats.skipped += 1;
      } else if (turn.kind === 'copy') {
        // One worker would have coded this copy again, and failed again, or found it stored.
        if (turn.first.codingFailure !== null)
          fail(codingError(turn.doc, turn.first.codingFailure));
        else stats.skipped += 1;
      } else if (turn.kind === 'long') {
        const coded = codeForStore(inline!, turn.doc);
        const failed = coded.ok
          ? await batches.write(turn.doc, coded.coded, steps, stats)
          : coded.message;
        if (failed !== null) fail(codingError(turn.doc, failed));
      } else {
        beingCoded.delete(turn.doc.hash);
        if (turn.kind === 'failed') {
          turn.outcome.codingFailure = turn.message;
          fail(codingError(turn.doc, turn.message));
        } else {
          await batches.write(turn.doc, turn.coded, withPrepared(steps, turn.prepared), stats);
        }
      }
    }
    written += 1;
    progress.update(stats);
    options.onProgress?.(stats);
  };

  /** Writes what is in order, then waits for workers until at most `target` inputs are unwritten. */
  const settle = async (target: number, byteTarget = Infinity): Promise<void> => {
    for (;;) {
      // A few at a time (as many as there are workers): then the next documents read go out,
      // so the workers are not left idle while the writer stores a long run of finished ones.
      for (const turn of turns.takeReady(coders)) {
        await write(turn);
        balance.note(0);
      }
      const unwritten = nextSeq - written;
      if (unwritten === 0 || (unwritten <= target && unwrittenBytes <= byteTarget)) return;
      if (failure) throw failure;
      if (!turns.ready) {
        const waitStarted = performance.now();
        await new Promise<void>((resolve) => (wake = resolve));
        balance.note(performance.now() - waitStarted);
      }
    }
  };

  try {
    for await (const item of read(paths, options.ingest)) {
      if (options.signal?.aborted) {
        stats.interrupted = true;
        break;
      }
      const seq = nextSeq++;
      if (item.kind === 'error') {
        turns.put(seq, { kind: 'error', error: item.error });
      } else {
        const doc = toDocumentRecord(item.doc, clock(), read === readInputs);
        const bytes = Buffer.byteLength(doc.text);
        unwrittenBytes += bytes;
        const first = beingCoded.get(doc.hash);
        if (first) {
          turns.put(seq, { kind: 'copy', doc, bytes, first: first.outcome });
        } else if (await store.hasDocument(doc.hash)) {
          turns.put(seq, { kind: 'stored-already', bytes });
        } else if (
          inline?.chunks &&
          doc.text.length > LONG_DOCUMENT_CHARS &&
          !(pool && workersReady)
        ) {
          // A long document while no worker codes: this thread codes it chunk by chunk as it is
          // stored (whole, its coded content takes many times its text's memory), in its turn:
          // what was read before it is written first, what comes after waits for it. It does not
          // start the workers: one long text gains nothing from them.
          await settle(1);
          history.record(doc.text);
          toCodeBytes += bytes;
          turns.put(seq, { kind: 'long', doc, bytes });
          await settle(0);
          // The workers must read every text coded here before their first: when long texts
          // alone pile up, start them, so that they read (and the log drops) what they hold.
          if (history.heldChars > MAX_IN_FLIGHT_BYTES) pool ??= startPool();
        } else {
          const out: OutAtWorker = { doc, bytes, outcome: { codingFailure: null } };
          beingCoded.set(doc.hash, out);
          toCodeBytes += bytes;
          // A worker takes a second or more of CPU to load the coder and warm up: a small input
          // (a POST, a pipe, a folder of a few hundred articles) is coded here without them, and
          // until the first is ready this thread codes as well. Files known to hold more start
          // them with the first document: waiting for the first megabyte to be coded here left
          // the other core idle for that time and the load after it (about 2.5 s of an 8 MB run).
          if (!inline || toCodeBytes > startAfterBytes || inputBytes > startAfterBytes) {
            pool ??= startPool();
          }
          if (inline && !(pool && workersReady)) {
            history.record(doc.text);
            turns.put(seq, codeHere(inline, prepareNames, out));
          } else {
            pool ??= startPool();
            atWorkers.set(seq, out);
            pool.submit({ seq, doc, prepare: balance.atWorker() ? prepareNames : [] });
          }
        }
      }
      // Back-pressure: reading waits while the workers and the reorder buffer hold enough.
      await settle(maxInFlight - 1, MAX_IN_FLIGHT_BYTES);
    }
    // Documents read before a stop signal are still written (the summary says "read before it").
    await settle(0);
    await batches.commit();
  } catch (err) {
    await store.rollback();
    throw err;
  } finally {
    progress.stop();
    if (pool) {
      options.onWorkersLoaded?.(pool.loadMs);
      await pool.close();
    }
  }
  if (!options.quiet) stderr.write(`${formatSummary(stats, Date.now() - started)}\n`);
  return stats;
}

/** What a worker would answer, computed on this thread. */
function codeHere(coder: Coder, prepare: string[], out: OutAtWorker): Turn {
  const { doc } = out;
  try {
    const coded = coder.code({ id: doc.id, text: doc.text, published: doc.published });
    return { kind: 'coded', ...out, coded, prepared: prepareDocument(prepare, doc) };
  } catch (err) {
    return { kind: 'failed', ...out, message: err instanceof Error ? err.message : String(err) };
  }
}

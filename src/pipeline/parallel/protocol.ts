// Messages between the ingest's writer (the main thread) and its coding workers. Everything here
// crosses a thread boundary by structured clone: plain data only.
import type { CodedDocument } from '../../coding/types.js';
import type { DocumentRecord } from '../../records.js';

/** What a worker is started with (its `workerData`). */
export interface WorkerSetup {
  /** Extra verb dictionaries: each worker builds its own coder from them, once. */
  dictionaries: string[];
}

/** One document to code, numbered in input order. */
export interface CodeJob {
  seq: number;
  doc: DocumentRecord;
  /** Texts coded elsewhere before this one, to be read first (see `history.ts`). */
  observe: string[];
  /**
   * Names of the document steps whose `prepare` the worker runs for this document (see
   * `steps.ts`); the writer runs the others' whole (see `balance.ts`).
   */
  prepare: string[];
}

export type WorkerMessage =
  /** The coder is loaded. */
  | { kind: 'ready' }
  /** The worker cannot start (a dictionary that failed to load): the run stops. */
  | { kind: 'fatal'; message: string }
  | { kind: 'coded'; seq: number; coded: CodedDocument; prepared: Record<string, unknown> }
  /** The coder threw on this document: reported like a one-worker run reports it. */
  | { kind: 'failed'; seq: number; message: string };

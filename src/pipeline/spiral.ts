// Composition in one place: a store, a coder and the document steps, put together once. The CLI,
// the HTTP server and the benches all build Spiral here; nothing registers itself on import.
import { readInputs } from '../ingest/index.js';
import { createCoder } from '../coding/index.js';
import type { Coder } from '../coding/types.js';
import { provenanceStep } from '../provenance/index.js';
import type { DocumentStep, Store } from '../store/store.js';
import { runIngest, type RunIngestOptions } from './ingest-run.js';
import { runParallelIngest } from './parallel/run.js';
import type { IngestStats } from './stats.js';

export interface SpiralOptions {
  store: Store;
  /**
   * Default: the coder with the bundled dictionaries (and `dictionaries`, when given). Coding
   * workers (`workers` > 1) cannot share an object across threads: each builds the default coder
   * with `dictionaries`, and this one codes beside them while they load, so with workers it must
   * be that same default coder.
   */
  coder?: Coder;
  /** Extra verb dictionaries for the default coder. */
  dictionaries?: string[];
  /** Steps run for every new document; default `DEFAULT_STEPS` (copy detection). */
  steps?: readonly DocumentStep[];
}

/** What every document goes through after it is stored and before its mentions are. */
export const DEFAULT_STEPS: readonly DocumentStep[] = [provenanceStep];

export type SpiralIngestOptions = Omit<RunIngestOptions, 'coder' | 'steps' | 'dictionaries'> & {
  /**
   * Threads: 1 (the default) codes on this thread; N > 1 adds N - 1 coding threads, this one
   * writing. Results are the same either way.
   */
  workers?: number;
  /** With workers: text coded on this thread before they start (default 1 MB). */
  startAfterBytes?: number;
  /** With workers: told how long each took to build its coder (ms), when the run ends. */
  onWorkersLoaded?: (loadMs: number[]) => void;
};

export interface Spiral {
  readonly store: Store;
  readonly coder: Coder;
  readonly steps: readonly DocumentStep[];
  ingest(paths: string[], options: SpiralIngestOptions): Promise<IngestStats>;
}

export function createSpiral(options: SpiralOptions): Spiral {
  const coder = options.coder ?? createCoder({ dictionaries: options.dictionaries });
  const steps = options.steps ?? DEFAULT_STEPS;
  return {
    store: options.store,
    coder,
    steps,
    ingest: (paths, { workers = 1, ...ingestOptions }) =>
      workers > 1
        ? runParallelIngest(options.store, paths, {
            read: readInputs,
            ...ingestOptions,
            workers,
            coder,
            dictionaries: options.dictionaries,
            steps,
          })
        : runIngest(options.store, paths, { read: readInputs, ...ingestOptions, coder, steps }),
  };
}

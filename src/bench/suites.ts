// The benchmark suites `npm run bench` runs, in order. Other modules add theirs by appending.
import { ingestSuite } from './ingest-suite.js';

export interface BenchContext {
  /** Generated JSON Lines corpus. */
  corpus: string;
  corpusBytes: number;
  corpusDocuments: number;
  /** Scratch folder, deleted after the run. */
  tmpDir: string;
}

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

export interface BenchSuite {
  name: string;
  run(context: BenchContext): Promise<BenchFigure[]>;
}

export const suites: BenchSuite[] = [ingestSuite];

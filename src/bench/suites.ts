// The benchmark suites `npm run bench` runs, in order. Other modules add theirs by appending.
import { floorSuite } from './floor-suite.js';
import { ingestProvenanceSuite, ingestSuite } from './ingest-suite.js';
import { longDocumentSuite } from './long-document-suite.js';
import { provenanceBench } from '../provenance/bench.js';
import { analysisSuite } from './analysis-suite.js';
import { apiSuite } from './api-suite.js';
import { parallelPostgresSuite, parallelSuite } from './parallel-suite.js';
import { ceilingSuite } from './ceiling-suite.js';

export interface BenchContext {
  /** Generated JSON Lines corpus. */
  corpus: string;
  corpusBytes: number;
  corpusDocuments: number;
  /** Scratch folder, deleted after the run. */
  tmpDir: string;
  /** A PostgreSQL server for the suites that need one (`--postgres URL`). */
  postgres?: string;
}

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

export interface BenchSuite {
  name: string;
  /** Runs only against a server given with `--postgres`. */
  needsPostgres?: boolean;
  run(context: BenchContext): Promise<BenchFigure[]>;
}

/** Copy matching against a growing index (issue #3): cost per document at 10k and 100k stored. */
const provenanceSuite: BenchSuite = {
  name: 'provenance',
  run: () => provenanceBench({ docs: Number(process.env.SPIRAL_BENCH_PROVENANCE_DOCS ?? 100_000) }),
};

export const suites: BenchSuite[] = [
  floorSuite,
  ingestSuite,
  parallelSuite,
  ceilingSuite,
  parallelPostgresSuite,
  ingestProvenanceSuite,
  provenanceSuite,
  longDocumentSuite,
  analysisSuite,
  apiSuite,
];

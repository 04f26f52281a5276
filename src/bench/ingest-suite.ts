// Ingest + coding throughput and memory on the generated corpus, in a temporary database.
import path from 'node:path';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { createSpiral, DEFAULT_STEPS } from '../pipeline/spiral.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { BenchContext, BenchFigure, BenchSuite } from './suites.js';
import { cpuSecondsSince } from './floor-suite.js';

const MB = 1024 * 1024;

interface MemorySample {
  rss: number;
  /** Live JavaScript heap after a full collection: what the run really retains. */
  heap: number;
}

function sampleMemory(): MemorySample {
  // With --expose-gc, collect first so the figures show what is retained, not garbage. RSS
  // rarely shrinks after a collection (V8 keeps its pages), so heap is the leak indicator.
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss / MB, heap: usage.heapUsed / MB };
}

/** Milliseconds the run's thread stood still for the garbage collector, young and old space. */
interface GcPauses {
  minor: number;
  major: number;
}

/**
 * Counts the collector's pauses from now until `stop` (the `gc` performance entries Node
 * reports for this thread). A young-space collection (scavenge) costs what survives it and what
 * the old space points into it, not what died: a run that keeps each document's data in caches
 * pays for it here.
 */
function watchGc(): { stop(): GcPauses } {
  const pauses: GcPauses = { minor: 0, major: 0 };
  const add = (entries: PerformanceEntry[]): void => {
    for (const entry of entries) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) pauses.minor += entry.duration;
      else pauses.major += entry.duration;
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      // Entries not yet handed to the callback are taken here.
      add(observer.takeRecords());
      observer.disconnect();
      return pauses;
    },
  };
}

/**
 * Ingest and coding into SQLite. `withProvenance` adds copy detection (issue #3) to every
 * document, as `spiral ingest` runs it; figures then carry a `+provenance` suffix.
 */
function ingestBench(name: string, withProvenance: boolean): BenchSuite {
  const label = (figure: string): string => (withProvenance ? `${figure}+provenance` : figure);
  return {
    name,
    async run(context: BenchContext): Promise<BenchFigure[]> {
      const store = SqliteStore.open(path.join(context.tmpDir, `${name}.db`), { create: true });
      const spiral = createSpiral({ store, steps: withProvenance ? DEFAULT_STEPS : [] });
      let peak = process.memoryUsage().rss / MB;
      let atQuarter: MemorySample | null = null;
      const quarter = Math.max(1, Math.floor(context.corpusDocuments / 4));
      const gc = watchGc();
      const started = process.hrtime.bigint();
      const cpuFrom = process.cpuUsage();
      const stats = await spiral.ingest([context.corpus], {
        // Generous: the corpus is one JSONL file, and the limit may apply to files as well as records.
        ingest: { maxBytes: Math.max(10_000_000, context.corpusBytes * 2) },
        quiet: true,
        onProgress(s) {
          const seen = s.documents + s.skipped + s.failed;
          if (seen % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss / MB);
          if (atQuarter === null && seen >= quarter) atQuarter = sampleMemory();
        },
      });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = cpuSecondsSince(cpuFrom);
      const pauses = gc.stop();
      const atEnd = sampleMemory();
      const quarterSample = atQuarter ?? atEnd;
      peak = Math.max(peak, atEnd.rss);
      await store.close();
      return [
        { name: label('ingest+code'), value: context.corpusBytes / 1e6 / seconds, unit: 'MB/s' },
        { name: `${label('ingest+code')} CPU`, value: cpu, unit: 's' },
        { name: label('documents/s'), value: stats.documents / seconds, unit: 'docs/s' },
        { name: label('sentences/s'), value: stats.sentences / seconds, unit: 'sentences/s' },
        { name: 'mentions', value: stats.mentions, unit: 'mentions' },
        { name: 'events', value: stats.events, unit: 'events' },
        { name: 'failed', value: stats.failed, unit: 'documents' },
        { name: label('peak RSS'), value: peak, unit: 'MB' },
        { name: label('GC pauses, young space'), value: pauses.minor / 1000, unit: 's' },
        { name: label('GC pauses, old space'), value: pauses.major / 1000, unit: 's' },
        {
          name: label('GC pauses, share of the run'),
          value: (100 * (pauses.minor + pauses.major)) / 1000 / seconds,
          unit: '%',
        },
        { name: 'RSS at 25%', value: quarterSample.rss, unit: 'MB' },
        { name: 'RSS at 100%', value: atEnd.rss, unit: 'MB' },
        { name: 'RSS growth 25%→100%', value: atEnd.rss - quarterSample.rss, unit: 'MB' },
        { name: 'heap after GC 25%→100%', value: atEnd.heap - quarterSample.heap, unit: 'MB' },
      ];
    },
  };
}

export const ingestSuite = ingestBench('ingest', false);
export const ingestProvenanceSuite = ingestBench('ingest+provenance', true);

// Parallel ingest (issue 12, part 3): the same corpus ingested as `spiral ingest` does it, on one
// thread and on one thread per core (a writer and coding threads), back to back in one run, so
// both see the same machine; their ratio is the speedup.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultWorkers } from '../pipeline/defaults.js';
import { createSpiral } from '../pipeline/spiral.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { BenchContext, BenchFigure, BenchSuite } from './suites.js';

interface Timed {
  seconds: number;
  /** CPU seconds of the whole process (every thread). */
  cpu: number;
  /** CPU seconds of the main thread, the one writer (null where /proc is not there). */
  writerCpu: number | null;
  documents: number;
  loadMs: number[];
}

/** CPU seconds this process's main thread has used (Linux: /proc/self/task/PID/stat). */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) are space-separated; utime and stime
    // are the 14th and 15th fields of the line, in clock ticks (100 per second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const cpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

async function timedIngest(context: BenchContext, workers: number): Promise<Timed> {
  const store = SqliteStore.open(path.join(context.tmpDir, `parallel-${workers}.db`), {
    create: true,
  });
  try {
    // As `spiral ingest` runs: with copy detection, which runs on the writer's thread (it
    // compares with stored documents) and so decides how many coding threads pay off.
    const spiral = createSpiral({ store });
    let loadMs: number[] = [];
    const cpu0 = cpuSeconds();
    const writer0 = mainThreadCpu();
    const started = process.hrtime.bigint();
    const stats = await spiral.ingest([context.corpus], {
      ingest: { maxBytes: Math.max(10_000_000, context.corpusBytes * 2) },
      quiet: true,
      workers,
      onWorkersLoaded: (ms) => (loadMs = ms),
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const writer1 = mainThreadCpu();
    return {
      seconds,
      cpu: cpuSeconds() - cpu0,
      writerCpu: writer0 === null || writer1 === null ? null : writer1 - writer0,
      documents: stats.documents,
      loadMs,
    };
  } finally {
    await store.close();
  }
}

export const parallelSuite: BenchSuite = {
  name: 'parallel',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const workers = Math.max(2, defaultWorkers());
    const one = await timedIngest(context, 1);
    const many = await timedIngest(context, workers);
    if (one.documents !== many.documents) {
      throw new Error(
        `parallel ingest stored ${many.documents} documents, one worker ${one.documents}`,
      );
    }
    const mbps = (t: Timed): number => context.corpusBytes / 1e6 / t.seconds;
    const figures: BenchFigure[] = [
      { name: 'ingest+code+provenance workers=1', value: mbps(one), unit: 'MB/s' },
      {
        name: `ingest+code+provenance workers=${workers} (${workers - 1} coding)`,
        value: mbps(many),
        unit: 'MB/s',
      },
      { name: 'parallel speedup', value: one.seconds / many.seconds, unit: 'x' },
      {
        name: 'coder load per coding thread',
        value: many.loadMs.reduce((a, b) => a + b, 0) / Math.max(1, many.loadMs.length),
        unit: 'ms',
      },
      // CPU spent by all threads with workers, against one worker: the cost of threads and of
      // cloning documents and results between them.
      { name: 'parallel CPU overhead', value: (many.cpu / one.cpu - 1) * 100, unit: '%' },
    ];
    if (many.writerCpu !== null) {
      // The writer is the one serial part: its share of the CPU bounds the speedup on idle cores.
      figures.push({
        name: 'writer thread CPU share',
        value: (many.writerCpu / many.cpu) * 100,
        unit: '%',
      });
      // On a shared machine the wall-clock ratio says more about the neighbours than about us:
      // what the CPU times allow on idle cores (the writer alone, or all work spread over them).
      const cores = Math.min(workers, defaultWorkers());
      figures.push({
        name: 'parallel speedup bound on idle cores',
        value: one.cpu / Math.max(many.writerCpu, many.cpu / cores),
        unit: 'x',
      });
    }
    return figures;
  },
};

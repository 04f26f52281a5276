// Parallel ingest (issue 12, part 3): the same corpus ingested as `spiral ingest` does it, on one
// thread and on one thread per core (a writer and coding threads), back to back in one run, so
// both see the same machine; their ratio is the speedup.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultWorkers } from '../pipeline/defaults.js';
import { createSpiral } from '../pipeline/spiral.js';
import { openStore } from '../store/open.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/store.js';
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

/** A fresh store for one timed run: a SQLite file, or a new database on the given server. */
interface BenchStore {
  store: Store;
  dispose(): Promise<void>;
}

async function sqliteStore(context: BenchContext, workers: number): Promise<BenchStore> {
  const store = SqliteStore.open(path.join(context.tmpDir, `parallel-${workers}.db`), {
    create: true,
  });
  return { store, dispose: async () => {} };
}

/**
 * A new database on the server of `serverUrl` (its role must be allowed to create databases),
 * dropped after the run, so that both runs start from an empty store.
 */
async function postgresStore(serverUrl: string, workers: number): Promise<BenchStore> {
  const { default: pg } = await import('pg');
  const name = `spiral_bench_${process.pid}_${workers}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore(url.toString(), { create: true });
  return {
    store,
    async dispose() {
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name}`);
      await again.end();
    },
  };
}

async function timedIngest(
  context: BenchContext,
  workers: number,
  open: (workers: number) => Promise<BenchStore>,
): Promise<Timed> {
  const { store, dispose } = await open(workers);
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
    await dispose();
  }
}

/** One worker against one per core, back to back on stores `open` makes; `label` names the store. */
async function parallelFigures(
  context: BenchContext,
  open: (workers: number) => Promise<BenchStore>,
  label: string,
): Promise<BenchFigure[]> {
  const workers = Math.max(2, defaultWorkers());
  const one = await timedIngest(context, 1, open);
  const many = await timedIngest(context, workers, open);
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
  return figures.map((f) => (label ? { ...f, name: `${f.name} (${label})` } : f));
}

export const parallelSuite: BenchSuite = {
  name: 'parallel',
  run: (context) => parallelFigures(context, (workers) => sqliteStore(context, workers), ''),
};

/**
 * The same on PostgreSQL (`--postgres URL`: a server whose role may create databases; the
 * server's own CPU is on the same machine, so its share of the cores is not the writer's).
 */
export const parallelPostgresSuite: BenchSuite = {
  name: 'parallel-postgres',
  needsPostgres: true,
  run(context) {
    const server = context.postgres;
    if (!server) {
      throw new Error(
        'the parallel-postgres suite needs a server: npm run bench -- --suite parallel-postgres --postgres postgres://user@host:port/db',
      );
    }
    return parallelFigures(context, (workers) => postgresStore(server, workers), 'PostgreSQL');
  },
};

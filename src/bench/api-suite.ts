// `npm run bench -- --suite api`: GET /api/events over HTTP on a store of a million events
// (SPIRAL_BENCH_API_EVENTS to change it), with a filter and limit=100, as p50 and p95.
// SPIRAL_BENCH_API_DB=FILE keeps the filled store there and measures it again on later runs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../server/index.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { fillSyntheticStore } from './synthetic-events.js';
import type { BenchFigure, BenchSuite } from './suites.js';

/** The filtered queries measured, in turn: one per kind of filter the dashboard sends. */
const QUERIES = [
  'actor=RUS&limit=100',
  'type=ASSAULT&limit=100',
  'dyad=RUS-UKR&limit=100',
  'from=2022-06-01&to=2022-06-30&limit=100',
  'actor=UKR&from=2022-01-01&limit=100',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function apiBench(options: {
  dir: string;
  events: number;
  rounds: number;
  reuse?: string;
}): Promise<BenchFigure[]> {
  // A store kept from an earlier run (SPIRAL_BENCH_API_DB) is measured as it is.
  const reuse = options.reuse !== undefined && existsSync(options.reuse);
  const file = options.reuse ?? path.join(options.dir, 'api-bench.db');
  const store = SqliteStore.open(file, { create: true });
  const started = Date.now();
  const events = reuse
    ? (await store.summary(1)).events
    : await fillSyntheticStore(store, { events: options.events, seed: 7 });
  const fillSeconds = (Date.now() - started) / 1000;
  const server = await startServer(store, { port: 0, host: '127.0.0.1' });
  try {
    const times: number[] = [];
    const byQuery = new Map<string, number[]>();
    // Two warm-up rounds (page cache, prepared statements), not counted.
    for (let round = -2; round < options.rounds; round += 1) {
      for (const query of QUERIES) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/events?${query}`);
        const body = (await res.json()) as { events: unknown[] };
        const ms = performance.now() - t0;
        if (!res.ok || body.events.length === 0)
          throw new Error(`${query}: ${res.status}, no events`);
        if (round < 0) continue;
        times.push(ms);
        byQuery.set(query, [...(byQuery.get(query) ?? []), ms]);
      }
    }
    times.sort((a, b) => a - b);
    const figures: BenchFigure[] = [
      { name: 'api store events', value: events, unit: 'events' },
      ...(reuse ? [] : [{ name: 'api store fill', value: fillSeconds, unit: 's' }]),
      { name: 'GET /api/events filtered limit=100 p50', value: percentile(times, 50), unit: 'ms' },
      { name: 'GET /api/events filtered limit=100 p95', value: percentile(times, 95), unit: 'ms' },
    ];
    for (const [query, list] of byQuery) {
      list.sort((a, b) => a - b);
      figures.push({
        name: `GET /api/events?${query} p95`,
        value: percentile(list, 95),
        unit: 'ms',
      });
    }
    return figures;
  } finally {
    await server.close();
    await store.close();
  }
}

export const apiSuite: BenchSuite = {
  name: 'api',
  run: (context) =>
    apiBench({
      dir: context.tmpDir,
      events: Number(process.env.SPIRAL_BENCH_API_EVENTS ?? 1_000_000),
      rounds: Number(process.env.SPIRAL_BENCH_API_ROUNDS ?? 40),
      reuse: process.env.SPIRAL_BENCH_API_DB,
    }),
};

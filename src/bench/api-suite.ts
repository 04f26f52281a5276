// `npm run bench -- --suite api`: GET /api/events over HTTP on a store of a million events
// (SPIRAL_BENCH_API_EVENTS to change it), with a filter and limit=100, as p50 and p95; a page half
// way down the list by its cursor (keyset: it should cost what the first page does);
// GET /api/overview, whose figures the store groups over every matching event; and the analysis
// panels the overview page asks for (positions, brief, spikes) with a dyad's series.
// Answers are never kept (cachedAnswers 0): every figure is what computing it costs.
// SPIRAL_BENCH_API_DB=FILE keeps the filled store there and measures it again on later runs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { encodeCursor } from '../server/cursor.js';
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

/**
 * Filters that no index answers (a place or words, folded per row), timed apart: their cost
 * grows with how far down the list the page's last match is.
 */
const SCANNED = ['region=Donetsk&limit=100', 'q=kyiv%20assault&limit=100'];

/** Overviews timed (fewer rounds: each groups every matching event). */
const OVERVIEWS = ['', 'dyad=RUS-UKR', 'region=Kharkiv'];

/**
 * The other routes the overview page asks for, as it asks (fewer rounds: the spikes scan every
 * subject's days over the store's whole span).
 */
const PANELS = [
  '/api/positions?limit=20',
  '/api/brief',
  '/api/spikes?limit=100&evidence=5',
  '/api/series?dyad=RUS-UKR',
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
  const server = await startServer(store, { port: 0, host: '127.0.0.1', cachedAnswers: 0 });
  try {
    const times: number[] = [];
    const byQuery = new Map<string, number[]>();
    // Two warm-up rounds (page cache, prepared statements), not counted.
    for (let round = -2; round < options.rounds; round += 1) {
      for (const query of [...QUERIES, ...SCANNED]) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/events?${query}`);
        const body = (await res.json()) as { events: unknown[] };
        const ms = performance.now() - t0;
        if (!res.ok || body.events.length === 0)
          throw new Error(`${query}: ${res.status}, no events`);
        if (round < 0) continue;
        if (QUERIES.includes(query)) times.push(ms);
        byQuery.set(query, [...(byQuery.get(query) ?? []), ms]);
      }
    }
    times.sort((a, b) => a - b);
    // A page half way down, reached by the cursor the page before it would give.
    const [middle] = await store.events({ offset: Math.floor(events / 2), limit: 1 });
    const deep: number[] = [];
    const first: number[] = [];
    if (middle) {
      const cursor = encodeCursor({ date: middle.date, id: middle.id });
      for (let round = -2; round < options.rounds; round += 1) {
        for (const [query, list] of [
          [`limit=100&cursor=${cursor}`, deep],
          ['limit=100', first],
        ] as const) {
          const t0 = performance.now();
          const res = await fetch(`${server.url}/api/events?${query}`);
          const body = (await res.json()) as { events: unknown[] };
          const ms = performance.now() - t0;
          if (!res.ok || body.events.length === 0) throw new Error(`${query}: ${res.status}`);
          if (round >= 0) list.push(ms);
        }
      }
    }
    const overviews = new Map<string, number[]>();
    for (let round = -1; round < Math.min(options.rounds, 5); round += 1) {
      for (const query of OVERVIEWS) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/overview?${query}`);
        const body = (await res.json()) as { events: number };
        const ms = performance.now() - t0;
        if (!res.ok || body.events === 0) throw new Error(`overview ${query}: ${res.status}`);
        if (round >= 0) overviews.set(query, [...(overviews.get(query) ?? []), ms]);
      }
    }
    const panels = new Map<string, number[]>();
    for (let round = -1; round < Math.min(options.rounds, 5); round += 1) {
      for (const route of PANELS) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}${route}`);
        await res.json();
        const ms = performance.now() - t0;
        if (!res.ok) throw new Error(`${route}: ${res.status}`);
        if (round >= 0) panels.set(route, [...(panels.get(route) ?? []), ms]);
      }
    }
    const sorted = (list: number[]) => list.sort((a, b) => a - b);
    const figures: BenchFigure[] = [
      { name: 'api store events', value: events, unit: 'events' },
      ...(reuse ? [] : [{ name: 'api store fill', value: fillSeconds, unit: 's' }]),
      { name: 'GET /api/events filtered limit=100 p50', value: percentile(times, 50), unit: 'ms' },
      { name: 'GET /api/events filtered limit=100 p95', value: percentile(times, 95), unit: 'ms' },
    ];
    if (middle) {
      for (const [name, list] of [
        ['first page, no filter', first],
        [`page ${Math.floor(events / 200) + 1} by cursor, no filter`, deep],
      ] as const) {
        sorted(list);
        figures.push(
          { name: `GET /api/events ${name} p50`, value: percentile(list, 50), unit: 'ms' },
          { name: `GET /api/events ${name} p95`, value: percentile(list, 95), unit: 'ms' },
        );
      }
    }
    for (const [query, list] of overviews) {
      sorted(list);
      for (const p of [50, 95]) {
        figures.push({
          name: `GET /api/overview${query ? `?${query}` : ''} p${p}`,
          value: percentile(list, p),
          unit: 'ms',
        });
      }
    }
    for (const [route, list] of panels) {
      sorted(list);
      for (const p of [50, 95]) {
        figures.push({ name: `GET ${route} p${p}`, value: percentile(list, p), unit: 'ms' });
      }
    }
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

// /api/spikes and /api/positions on a store with thousands of spikes and demands: the limits
// keep the most significant spikes and the latest demands, the same ones an unlimited answer
// holds, with as much evidence as asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { fillSyntheticStore } from '../bench/synthetic-events.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { createApp } from './app.js';

interface SpikeBody {
  subject: string;
  kind: string;
  date: string;
  p: number;
  events: string[];
}
interface PositionBody {
  id: string;
  date: string;
  replies: Array<{ event: string }>;
}

let store: SqliteStore;
let app: Hono;

beforeAll(async () => {
  store = SqliteStore.open(':memory:', { create: true });
  // 100 days of 14 actors: every dyad has a baseline, and a few hundred demands.
  await fillSyntheticStore(store, { events: 6000, seed: 5, days: 100 });
  app = createApp({ store, webRoot: '/nonexistent' });
}, 60_000);
afterAll(async () => store.close());

const json = async <T>(path: string): Promise<{ status: number; body: T }> => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
};
const key = (s: SpikeBody): string => `${s.date} ${s.subject} ${s.kind}`;

describe('GET /api/spikes', () => {
  it('keeps the `limit` most significant spikes, by date, with `evidence` ids each', async () => {
    const all = await json<{ spikes: SpikeBody[]; total: number }>(
      '/api/spikes?limit=10000&evidence=0',
    );
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body.spikes.length);
    expect(all.body.total).toBeGreaterThan(120);
    const strongest = all.body.spikes
      .slice()
      .sort(
        (a, b) => a.p - b.p || b.date.localeCompare(a.date) || a.subject.localeCompare(b.subject),
      )
      .slice(0, 7);

    const some = await json<{ spikes: SpikeBody[]; total: number }>(
      '/api/spikes?limit=7&evidence=2',
    );
    expect(some.body.total).toBe(all.body.total);
    expect(some.body.spikes.map(key).sort()).toEqual(strongest.map(key).sort());
    const dates = some.body.spikes.map((s) => s.date);
    expect(dates).toEqual(dates.slice().sort());
    for (const spike of some.body.spikes) {
      expect(spike.events.length).toBeGreaterThan(0);
      expect(spike.events.length).toBeLessThanOrEqual(2);
    }
    // No evidence asked: a dyad spike's events are not looked up.
    expect(all.body.spikes.filter((s) => s.kind !== 'count').every((s) => !s.events.length)).toBe(
      true,
    );
    // The default: 100 spikes, 20 events at most each.
    const fallback = await json<{ spikes: SpikeBody[] }>('/api/spikes');
    expect(fallback.body.spikes).toHaveLength(100);
    expect(Math.max(...fallback.body.spikes.map((s) => s.events.length))).toBeLessThanOrEqual(20);
  });

  it('refuses limits out of bounds, naming the field', async () => {
    for (const [path, field] of [
      ['/api/spikes?limit=0', 'limit'],
      ['/api/spikes?limit=10001', 'limit'],
      ['/api/spikes?evidence=101', 'evidence'],
      ['/api/spikes?evidence=-1', 'evidence'],
      ['/api/positions?limit=1001', 'limit'],
    ] as const) {
      const { status, body } = await json<{ error: { message: string } }>(path);
      expect(status, path).toBe(400);
      expect(body.error.message, path).toContain(`"${field}"`);
    }
  });
});

describe('GET /api/positions', () => {
  it('keeps the latest `limit` demands, by date, with the replies an unlimited answer gives them', async () => {
    const all = await json<{ positions: PositionBody[] }>('/api/positions?limit=1000');
    expect(all.body.positions.length).toBeGreaterThan(60);
    expect(all.body.positions.length).toBeLessThan(1000);
    const latest = await json<{ limit: number; positions: PositionBody[] }>(
      '/api/positions?limit=4',
    );
    expect(latest.body.limit).toBe(4);
    expect(latest.body.positions).toEqual(all.body.positions.slice(-4));
    // Replies come days after a demand: the latest 30 include demands that have them.
    const thirty = await json<{ positions: PositionBody[] }>('/api/positions?limit=30');
    expect(thirty.body.positions).toEqual(all.body.positions.slice(-30));
    expect(thirty.body.positions.some((p) => p.replies.length > 0)).toBe(true);
    const fallback = await json<{ positions: PositionBody[] }>('/api/positions');
    expect(fallback.body.positions).toEqual(all.body.positions.slice(-50));
    // A range: the latest demands up to its last day.
    const to = all.body.positions[20]!.date;
    const ranged = await json<{ positions: PositionBody[] }>(`/api/positions?to=${to}&limit=3`);
    const upTo = all.body.positions.filter((p) => p.date <= to);
    expect(ranged.body.positions.map((p) => p.id)).toEqual(upTo.slice(-3).map((p) => p.id));
  });
});

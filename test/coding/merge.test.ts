// One happening, one event: independent reports of one call merge (with every source), two
// calls stay two, template reports of different days never merge. Fixtures: test/fixtures/merge.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpiral } from '../../src/pipeline/spiral.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

const fixtures = new URL('../fixtures/merge/', import.meta.url).pathname;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function ingest(folder: string) {
  const db = SqliteStore.open(path.join(tmp, `${folder}.db`), { create: true });
  // The datelines give day and month only ("Jan. 20"): --date supplies the year.
  await createSpiral({ store: db }).ingest([path.join(fixtures, folder)], {
    ingest: { maxBytes: 1e6, date: '2022-01-20' },
    quiet: true,
  });
  return db;
}

describe('one event per happening', () => {
  it('merges seven reports of one call, told from both sides, into one symmetric event with every source', async () => {
    const db = await ingest('one-call');
    const calls = (await db.events({ type: 'CONSULT' })).filter(
      (e) => [e.source, e.target].sort().join() === 'FRA,RUS',
    );
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.date).toBe('2022-01-20');
    expect(call.symmetric).toBe(true);
    expect(new Set(call.sources.map((s) => s.doc)).size).toBe(7);
  });

  it('keeps two calls on different days apart', async () => {
    const db = await ingest('two-calls');
    const calls = (await db.events({ type: 'CONSULT' })).filter(
      (e) => [e.source, e.target].sort().join() === 'FRA,RUS',
    );
    expect(calls.map((e) => e.date).sort()).toEqual(['2022-01-20', '2022-02-03']);
    for (const e of calls) expect(e.sources).toHaveLength(1);
  });

  it('never merges daily monitoring reports of different days', async () => {
    const db = await ingest('daily-reports');
    const counts = (await db.events({ type: 'ASSAULT' })).filter((e) => e.quantities.length > 0);
    expect(counts.length).toBeGreaterThanOrEqual(8); // two regions a day, four days
    for (const e of counts) expect(e.sources).toHaveLength(1);
    expect(new Set(counts.map((e) => e.date)).size).toBe(4);
  });
});

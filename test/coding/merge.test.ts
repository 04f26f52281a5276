// One happening, one event: independent reports of one call merge (with every source), two
// calls stay two, template reports of different days never merge. Fixtures: test/fixtures/merge.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { queryEvents } from '../../src/store/queries.js';
import { runIngest } from '../../src/pipeline/ingest-run.js';
import '../../src/provenance/register.js';

const fixtures = new URL('../fixtures/merge/', import.meta.url).pathname;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function ingest(folder: string) {
  const db = openDatabase(path.join(tmp, `${folder}.db`));
  // The datelines give day and month only ("Jan. 20"): --date supplies the year.
  await runIngest(db, [path.join(fixtures, folder)], {
    ingest: { maxBytes: 1e6, date: '2022-01-20' },
    quiet: true,
  });
  return db;
}

describe('one event per happening', () => {
  it('merges seven reports of one call into one event per direction carrying every source', async () => {
    const db = await ingest('one-call');
    const calls = queryEvents(db, { type: 'CONSULT' }).filter(
      (e) => [e.source, e.target].sort().join() === 'FRA,RUS',
    );
    const directions = calls.map((e) => `${e.source}>${e.target}`).sort();
    expect(directions).toEqual(['FRA>RUS', 'RUS>FRA']);
    expect(calls.every((e) => e.date === '2022-01-20')).toBe(true);
    const sources = new Set(calls.flatMap((e) => e.sources.map((s) => s.doc)));
    expect(sources.size).toBe(7);
    for (const e of calls) expect(e.sources.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps two calls on different days apart', async () => {
    const db = await ingest('two-calls');
    const calls = queryEvents(db, { type: 'CONSULT' }).filter(
      (e) => e.source === 'RUS' && e.target === 'FRA',
    );
    expect(calls.map((e) => e.date).sort()).toEqual(['2022-01-20', '2022-02-03']);
    for (const e of calls) expect(e.sources).toHaveLength(1);
  });

  it('never merges daily monitoring reports of different days', async () => {
    const db = await ingest('daily-reports');
    const counts = queryEvents(db, { type: 'ASSAULT' }).filter((e) => e.quantities.length > 0);
    expect(counts.length).toBeGreaterThanOrEqual(8); // two regions a day, four days
    for (const e of counts) expect(e.sources).toHaveLength(1);
    expect(new Set(counts.map((e) => e.date)).size).toBe(4);
  });
});

// One happening told by eight outlets about two officials no actor file knows: each report must
// learn who they are from its own text (src/coding/introductions.ts). Fixtures:
// test/fixtures/merge/call-new-names (invented).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpiral } from '../../src/pipeline/spiral.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

const folder = new URL('../fixtures/merge/call-new-names/', import.meta.url).pathname;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-new-names-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a call between officials no dictionary knows', () => {
  it('is one CONSULT between their states carrying all eight reports, and no request', async () => {
    const db = SqliteStore.open(path.join(tmp, 'calls.db'), { create: true });
    await createSpiral({ store: db }).ingest([folder], {
      ingest: { maxBytes: 1e6, date: '2022-03-02' },
      quiet: true,
    });
    const events = await db.events({});
    const calls = events.filter(
      (e) => e.type === 'CONSULT' && [e.source, e.target].sort().join() === 'GRC,TUR',
    );
    const docs = new Set(calls.flatMap((e) => e.sources.map((s) => s.doc)));
    expect(docs.size).toBe(8);
    expect(calls.length).toBeLessThanOrEqual(2); // one, or one per direction
    for (const e of calls) expect(e.date).toBe('2022-03-02');
    expect(events.filter((e) => e.type === 'REQUEST')).toEqual([]);
    // Nobody is left half-known: no CONSULT with one side missing.
    expect(events.filter((e) => e.type === 'CONSULT' && (!e.source || !e.target))).toEqual([]);
    await db.close();
  });
});

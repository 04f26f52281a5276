// The SQLite AnalysisReader against a few hand-written rows: grouping by day and type, counts
// by region and period, copies of one story counted once, subjects, ids.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db.js';
import type { AnalysisReader } from '../aggregates.js';
import { sqliteAnalysisReader } from './aggregates.js';
import { countDatedEvent } from './write.js';

let dir: string;
let db: Db;
let reader: AnalysisReader;

const TEXT =
  'Oslo said that Bern shelled the town. The mission recorded 40 explosions in the North.';

function doc(id: string, source: string): void {
  db.prepare(
    `INSERT INTO documents (id, hash, source, url, title, published, ingested, path, format, text)
     VALUES (?, ?, ?, NULL, NULL, '2022-02-01', '2026-01-01T00:00:00Z', ?, 'text', ?)`,
  ).run(id, id, source, id, TEXT);
}

interface Ev {
  id: string;
  date: string | null;
  source: string;
  target: string;
  type: string;
  intensity: number;
  quantities?: object[];
  place?: object | null;
  docs: string[];
  sentence?: [number, number];
}

function event(e: Ev): void {
  const quantities = JSON.stringify(e.quantities ?? []);
  const key = e.quantities?.length ? 'k' : '';
  const [start, end] = e.sentence ?? [0, 37];
  db.prepare(
    `INSERT INTO events (id, date, source, source_sector, target, target_sector, type, mode, cameo, intensity,
       negated, conditional, future, claimed, place, quantities, first_mention, mentions, place_name, quantity_key)
     VALUES (?, ?, ?, '', ?, '', ?, '', '000', ?, 0, 0, 0, 0, ?, ?, ?, ?, NULL, ?)`,
  ).run(
    e.id,
    e.date,
    e.source,
    e.target,
    e.type,
    e.intensity,
    e.place ? JSON.stringify(e.place) : null,
    quantities,
    `${e.id}m0`,
    e.docs.length,
    key,
  );
  // Counted in the day tables as the store counts a new event.
  if (e.date !== null) countDatedEvent(db, e.id, key);
  e.docs.forEach((d, i) =>
    db
      .prepare(
        `INSERT INTO mentions (id, event, doc, sentence, date, source, source_sector, source_text, target, target_sector,
         target_text, type, mode, cameo, intensity, negated, conditional, future, claimed, place, quantities,
         start, end, trigger_start, trigger_end, pattern)
       VALUES (?, ?, ?, 0, ?, ?, '', '', ?, '', '', ?, '', '000', ?, 0, 0, 0, 0, NULL, ?, ?, ?, ?, ?, 'test')`,
      )
      .run(
        `${e.id}m${i}`,
        e.id,
        d,
        e.date,
        e.source,
        e.target,
        e.type,
        e.intensity,
        quantities,
        start,
        end,
        start + 20,
        start + 27,
      ),
  );
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-aggregates-'));
  db = openDatabase(path.join(dir, 'store.db'));
  doc('d1', 'Wire');
  doc('d2', 'Daily');
  doc('d3', 'Post');
  // d1 and d2 are one story (a copy); d3 is an independent telling.
  db.prepare(`INSERT INTO stories (id, original, created) VALUES ('s1', 'd1', '2026-01-01')`).run();
  db.prepare(
    `INSERT INTO document_provenance (doc, story, spin, copy_of) VALUES ('d1', 's1', 0, NULL), ('d2', 's1', 0, 'd1')`,
  ).run();
  event({
    id: 'e1',
    date: '2022-02-01',
    source: 'NOR',
    target: 'CHE',
    type: 'ASSAULT',
    intensity: -10,
    docs: ['d1', 'd2', 'd3'],
    place: { name: 'Town', admin1: 'North' },
  });
  event({
    id: 'e2',
    date: '2022-02-01',
    source: 'NOR',
    target: 'CHE',
    type: 'ASSAULT',
    intensity: -10,
    docs: ['d1'],
  });
  event({
    id: 'e3',
    date: '2022-02-01',
    source: 'NOR',
    target: 'CHE',
    type: 'CONSULT',
    intensity: 1,
    docs: ['d1'],
  });
  event({
    id: 'e4',
    date: '2022-02-03',
    source: 'CHE',
    target: 'NOR',
    type: 'REQUEST',
    intensity: 3,
    docs: ['d3'],
  });
  event({
    id: 'e5',
    date: null,
    source: 'NOR',
    target: 'CHE',
    type: 'ASSAULT',
    intensity: -10,
    docs: ['d3'],
  });
  event({
    id: 'e6',
    date: '2022-02-02',
    source: '',
    target: '',
    type: 'ASSAULT',
    intensity: -9.5,
    docs: ['d1'],
    sentence: [38, 86],
    quantities: [
      { count: 40, unit: 'explosions', region: 'North', period: 'current' },
      { count: 12, unit: 'explosions', region: 'North', period: 'previous' },
    ],
  });
  // Another report of the same day's tally, told with a lower figure: the larger one stands.
  event({
    id: 'e7',
    date: '2022-02-02',
    source: '',
    target: '',
    type: 'ASSAULT',
    intensity: -9.5,
    docs: ['d2'],
    sentence: [38, 86],
    quantities: [{ count: 35, unit: 'explosions', region: 'North', period: 'current' }],
  });
  reader = sqliteAnalysisReader(db);
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sqliteAnalysisReader', () => {
  it("groups a dyad's events by day and type, leaving undated events out", async () => {
    expect(await reader.dayTypes({ kind: 'dyad', source: 'NOR', target: 'CHE' }, {})).toEqual([
      { date: '2022-02-01', type: 'ASSAULT', events: 2, intensity: -20, hostility: 20 },
      { date: '2022-02-01', type: 'CONSULT', events: 1, intensity: 1, hostility: 0 },
    ]);
    const actor = await reader.dayTypes({ kind: 'actor', actor: 'NOR' }, { from: '2022-02-02' });
    expect(actor).toEqual([
      { date: '2022-02-03', type: 'REQUEST', events: 1, intensity: 3, hostility: 0 },
    ]);
    const region = await reader.dayTypes({ kind: 'region', region: 'north' }, {});
    expect(region.map((r) => r.events)).toEqual([1]);
  });

  it('groups every known dyad by day', async () => {
    const rows = await reader.dyadDays({});
    expect(rows.map((r) => [r.source, r.target, r.date, r.events])).toEqual([
      ['CHE', 'NOR', '2022-02-03', 1],
      ['NOR', 'CHE', '2022-02-01', 3],
    ]);
  });

  it('reads counts by region, unit, date and period, the largest report of a tally standing', async () => {
    const rows = await reader.counts({ region: 'North' });
    expect(rows).toEqual([
      {
        date: '2022-02-02',
        region: 'North',
        unit: 'explosions',
        period: 'current',
        value: 40,
        events: expect.arrayContaining(['e6', 'e7']),
      },
      {
        date: '2022-02-02',
        region: 'North',
        unit: 'explosions',
        period: 'previous',
        value: 12,
        events: ['e6'],
      },
    ]);
    expect(await reader.counts({ region: 'South' })).toEqual([]);
  });

  it('summarises events with their sentence, trigger, outlets and independent tellings', async () => {
    const [e1] = await reader.eventsByIds(['e1', 'nope']);
    expect(e1).toMatchObject({
      id: 'e1',
      text: 'Oslo said that Bern shelled the town.',
      trigger: { start: 20, end: 27 },
      stories: 2,
    });
    expect(e1!.text.slice(20, 27)).toBe('shelled');
    expect(e1!.outlets).toEqual(expect.arrayContaining(['Wire', 'Daily', 'Post']));
    const demands = await reader.events({ types: ['REQUEST'] });
    expect(demands.map((d) => d.id)).toEqual(['e4']);
  });

  it('ranks notable events, lists ids, knows subjects and the date span', async () => {
    const notable = await reader.notable({ from: '2022-02-01', to: '2022-02-01' }, 2);
    expect(notable.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(
      await reader.eventIds(
        { kind: 'dyad', source: 'NOR', target: 'CHE' },
        { from: '2022-02-01', to: '2022-02-01' },
        5,
      ),
    ).toEqual(['e1', 'e2', 'e3']);
    expect(await reader.hasSubject({ kind: 'dyad', source: 'NOR', target: 'XXX' })).toBe(false);
    expect(await reader.hasSubject({ kind: 'actor', actor: 'CHE' })).toBe(true);
    expect(await reader.dateSpan()).toEqual({ first: '2022-02-01', last: '2022-02-03' });
  });
});

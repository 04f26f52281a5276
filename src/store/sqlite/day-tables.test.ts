// The day tables the store keeps (migration 006; counted by write.ts since 009) against the same
// figures grouped from
// the events themselves: after random inserts, and after dateless events get a date later; and a
// store migrated with events already in it starts with them counted.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listMigrations, openDatabase, type Db } from './db.js';
import { countDatedEvent, dateStoredEvent, recountDayTables } from './write.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-day-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Row {
  id: string;
  date: string | null;
  source: string;
  target: string;
  intensity: number;
  counts: Array<{ count: number; unit: string; region?: string; period: string }>;
}

/** Inserts an event row as the store does: the row, then its count in the day tables. */
/** The row's merge key of counts, as the store writes it ('' for none). */
const keyOf = (e: Row): string => e.counts.map((c) => `${c.count} ${c.unit}`).join('|');

const insert = (db: Db, e: Row, counted = true): void => {
  const quantityKey = keyOf(e);
  db.prepare(
    `INSERT INTO events (id, date, source, source_sector, target, target_sector, type, mode, cameo,
       intensity, negated, conditional, future, claimed, place, quantities, first_mention, mentions,
       place_name, quantity_key)
     VALUES (?, ?, ?, '', ?, '', 'ASSAULT', '', '190', ?, 0, 0, 0, 0, NULL, ?, ?, 1, NULL, ?)`,
  ).run(
    e.id,
    e.date,
    e.source,
    e.target,
    e.intensity,
    JSON.stringify(e.counts),
    `${e.id}m`,
    quantityKey,
  );
  if (counted && e.date !== null) countDatedEvent(db, e.id, quantityKey);
};

/** The figures grouped from the events, as the day tables must hold them. */
function grouped(db: Db): { days: unknown[]; counts: unknown[] } {
  const days = db
    .prepare(
      `SELECT source, target, date, COUNT(*) AS events, SUM(ROUND(intensity * 100)) AS intensity,
              SUM(CASE WHEN intensity < 0 THEN ROUND(-intensity * 100) ELSE 0 END) AS hostility
         FROM events WHERE date IS NOT NULL GROUP BY source, target, date ORDER BY 1, 2, 3`,
    )
    .all();
  const counts = db
    .prepare(
      `SELECT e.id AS event, e.date AS date, COALESCE(q.value ->> 'region', '') AS region,
              q.value ->> 'unit' AS unit, q.value ->> 'period' AS period,
              CAST(q.value ->> 'count' AS REAL) AS value
         FROM events e, json_each(e.quantities) q
        WHERE e.date IS NOT NULL AND e.quantity_key != '' ORDER BY 1, 3, 4, 5, 6`,
    )
    .all();
  return { days, counts };
}

function kept(db: Db): { days: unknown[]; counts: unknown[] } {
  return {
    days: db.prepare('SELECT * FROM dyad_days ORDER BY source, target, date').all(),
    counts: db
      .prepare('SELECT * FROM event_counts ORDER BY event, region, unit, period, value')
      .all(),
  };
}

const row = fc.record({
  date: fc.option(fc.constantFrom('2022-02-16', '2022-02-17', '2022-02-18'), { nil: null }),
  source: fc.constantFrom('RUS', 'UKR', ''),
  target: fc.constantFrom('UKR', 'RUS', 'USA'),
  // Goldstein-style intensities, one decimal, as the dictionaries give them.
  intensity: fc.integer({ min: -100, max: 100 }).map((n) => n / 10),
  counts: fc.array(
    fc.record({
      count: fc.integer({ min: 1, max: 500 }),
      unit: fc.constantFrom('explosions', 'ceasefire violations'),
      region: fc.constantFrom('Donetsk', 'Luhansk', undefined),
      period: fc.constantFrom('current', 'previous'),
    }),
    { maxLength: 2 },
  ),
});

describe('day tables kept by the store', () => {
  it('hold what grouping the events gives, as events are written and dated later', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (rows, later) => {
          const db = openDatabase(path.join(dir, `p${n++}.db`));
          try {
            const events = rows.map((r, i) => ({ ...r, id: `e${i}` }));
            for (const e of events) insert(db, e);
            // A later mention dates a dateless event, as the store's join does (the same event
            // may be dated twice: the second changes nothing).
            const dateless = events.filter((e) => e.date === null);
            for (const k of later) {
              const e = dateless[k % Math.max(1, dateless.length)];
              if (e) dateStoredEvent(db, e.id, '2022-02-19', keyOf(e));
            }
            expect(kept(db)).toEqual(grouped(db));
            // Counted again from nothing in one pass (events written in bulk), the same.
            db.exec('DELETE FROM dyad_days; DELETE FROM event_counts');
            recountDayTables(db);
            expect(kept(db)).toEqual(grouped(db));
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('count what a store held before it had them', () => {
    const file = path.join(dir, 'old.db');
    // A store as migration 5 left it: no day tables, no triggers.
    const raw = openDatabase(file);
    raw.exec(`DROP TRIGGER IF EXISTS events_dated_insert; DROP TRIGGER IF EXISTS events_dated_later;
              DROP TABLE dyad_days; DROP TABLE event_counts; DROP INDEX events_region;
              ALTER TABLE doc_signatures DROP COLUMN bands;
              CREATE INDEX lsh_bands_doc ON lsh_bands(doc);`);
    raw.pragma('user_version = 5');
    // Its events were never counted: it had no day tables.
    const uncounted = false;
    insert(
      raw,
      { id: 'a', date: '2022-02-17', source: 'RUS', target: 'UKR', intensity: -7.2, counts: [] },
      uncounted,
    );
    insert(
      raw,
      {
        id: 'b',
        date: '2022-02-17',
        source: 'RUS',
        target: 'UKR',
        intensity: -7.2,
        counts: [
          { count: 189, unit: 'ceasefire violations', region: 'Donetsk', period: 'current' },
        ],
      },
      uncounted,
    );
    insert(
      raw,
      { id: 'c', date: null, source: 'RUS', target: 'UKR', intensity: 4, counts: [] },
      uncounted,
    );
    raw.close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(listMigrations().length);
    expect(kept(db)).toEqual(grouped(db));
    expect(kept(db).days).toEqual([
      {
        source: 'RUS',
        target: 'UKR',
        date: '2022-02-17',
        events: 2,
        intensity: -1440,
        hostility: 1440,
      },
    ]);
    db.close();
  });
});

// A generated store of N coded events for the analysis benchmark: documents, one mention per
// event and the events, written by multi-row INSERTs in one transaction. Invented codes and
// sentences; seeded, so runs compare.
import type { Database } from 'better-sqlite3';
import { PLOVER_TYPES } from '../records.js';
import { seededRandom } from '../random.js';
import { addDays } from '../analysis/dates.js';
import { recountDayTables } from '../store/sqlite/write.js';

export interface AnalysisStoreOptions {
  events: number;
  seed: number;
  /** First day; events spread over `days` days. */
  start?: string;
  days?: number;
}

const ACTORS = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH', 'III', 'JJJ', 'KKK', 'LLL'];
const REGIONS = ['North', 'South', 'East', 'West', 'Harbour', 'Valley', 'Ridge', 'Coast'];
const INTENSITY: Record<string, number> = {
  AGREE: 4,
  CONSULT: 1,
  SUPPORT: 3.5,
  CONCEDE: 5,
  COOPERATE: 6,
  AID: 7,
  RETREAT: 5,
  REQUEST: 3,
  ACCUSE: -2,
  REJECT: -4,
  THREATEN: -6,
  PROTEST: -6.5,
  SANCTION: -4.5,
  MOBILIZE: -7.2,
  COERCE: -7,
  ASSAULT: -10,
};
const ROWS_PER_INSERT = 400;
const EVENTS_PER_DOC = 100;

function insertRows(db: Database, table: string, columns: string[], rows: unknown[][]): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    const placeholders = chunk.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    db.prepare(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${placeholders}`).run(
      ...chunk.flat(),
    );
  }
}

/** Fills an empty, migrated store; returns the busiest dyad (for a series) and the last date. */
export function generateAnalysisStore(
  db: Database,
  options: AnalysisStoreOptions,
): { dyad: [string, string]; last: string } {
  const random = seededRandom(options.seed);
  const start = options.start ?? '2020-01-01';
  const days = options.days ?? 1096;
  // Skewed dyads: a few pairs carry most events, as in real event data.
  const dyads: Array<[string, string]> = [];
  for (const a of ACTORS) for (const b of ACTORS) if (a !== b) dyads.push([a, b]);
  const pickDyad = (): [string, string] => dyads[Math.floor(dyads.length * random() ** 3)]!;
  const docs: unknown[][] = [];
  const mentions: unknown[][] = [];
  const events: unknown[][] = [];
  const text = 'An invented sentence about an invented event between two invented parties.';
  const flush = (): void => {
    insertRows(
      db,
      'documents',
      ['id', 'hash', 'source', 'url', 'title', 'published', 'ingested', 'path', 'format', 'text'],
      docs,
    );
    insertRows(
      db,
      'events',
      [
        'id',
        'date',
        'source',
        'source_sector',
        'target',
        'target_sector',
        'type',
        'mode',
        'cameo',
        'intensity',
        'negated',
        'conditional',
        'future',
        'claimed',
        'place',
        'quantities',
        'first_mention',
        'mentions',
        'place_name',
        'quantity_key',
      ],
      events,
    );
    insertRows(
      db,
      'mentions',
      [
        'id',
        'event',
        'doc',
        'sentence',
        'date',
        'source',
        'source_sector',
        'source_text',
        'target',
        'target_sector',
        'target_text',
        'type',
        'mode',
        'cameo',
        'intensity',
        'negated',
        'conditional',
        'future',
        'claimed',
        'place',
        'quantities',
        'start',
        'end',
        'trigger_start',
        'trigger_end',
        'pattern',
      ],
      mentions,
    );
    docs.length = 0;
    mentions.length = 0;
    events.length = 0;
  };
  // A scratch store filled in one transaction: a rollback journal (of an empty file: nearly
  // nothing) instead of a WAL holding every page twice, and no syncs.
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = OFF');
  db.transaction(() => {
    for (let i = 0; i < options.events; i++) {
      const doc = `d${String(Math.floor(i / EVENTS_PER_DOC)).padStart(16, '0')}`;
      if (i % EVENTS_PER_DOC === 0) {
        const published = addDays(start, Math.floor((i / options.events) * days));
        docs.push([
          doc,
          doc,
          `Outlet ${i % 7}`,
          null,
          null,
          published,
          '2026-01-01T00:00:00Z',
          `bench#${i}`,
          'jsonl',
          text,
        ]);
      }
      const date = addDays(start, Math.floor((i / options.events) * days));
      const id = `e${String(i).padStart(16, '0')}`;
      const mention = `m${String(i).padStart(16, '0')}`;
      let source = '';
      let target = '';
      let type: string;
      let quantities = '[]';
      let key = '';
      // About 1 % are monitoring counts: a region, a unit, sometimes a weekend range.
      if (random() < 0.01) {
        type = 'ASSAULT';
        const region = REGIONS[Math.floor(random() * REGIONS.length)]!;
        const count = 10 + Math.floor(random() * 200);
        const period = random() < 0.1 ? `${addDays(date, -2)}/${date}` : 'current';
        quantities = JSON.stringify([{ count, unit: 'ceasefire violations', region, period }]);
        key = `${count} ceasefire violations`;
      } else {
        [source, target] = pickDyad();
        type = PLOVER_TYPES[Math.floor(random() * PLOVER_TYPES.length)]!;
      }
      const intensity = INTENSITY[type]!;
      events.push([
        id,
        date,
        source,
        'GOV',
        target,
        'GOV',
        type,
        '',
        '000',
        intensity,
        0,
        0,
        0,
        0,
        null,
        quantities,
        mention,
        1,
        null,
        key,
      ]);
      mentions.push([
        mention,
        id,
        doc,
        0,
        date,
        source,
        'GOV',
        source,
        target,
        'GOV',
        target,
        type,
        '',
        '000',
        intensity,
        0,
        0,
        0,
        0,
        null,
        quantities,
        0,
        text.length,
        3,
        11,
        'bench',
      ]);
      if (events.length >= 20_000) flush();
    }
    flush();
    // Rows written in bulk: the day tables are counted once, as the store counts its own events.
    recountDayTables(db);
  })();
  return { dyad: dyads[0]!, last: addDays(start, days - 1) };
}

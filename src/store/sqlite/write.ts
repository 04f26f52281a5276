// Writing documents and their coded content. Callers wrap a whole document in one transaction
// (see `storeDocument`), so a crash leaves either the whole document or nothing.
import { statement, type Db } from './db.js';
import { documentId } from '../ids.js';
import { mergeKey, quantityKey, reversedKey, shiftDate } from '../merge.js';
import { DocumentPlanner, keyText, type DocumentPlan, type StoredEvent } from '../plan.js';
import type {
  DocumentRecord,
  Mention,
  Place,
  Quantity,
  QuoteRecord,
  Sentence,
} from '../../records.js';
import { chunksOf, type CodedInput, type StoreCounts } from '../coded.js';
import { columnList, eventColumns, MENTION_COLUMNS, type ColumnValue } from '../columns.js';

export interface InsertResult {
  id: string;
  inserted: boolean;
}

/** The id a document with this hash has (or would have). */
export function findDocumentByHash(db: Db, hash: string): string | null {
  const row = statement(db, 'SELECT id FROM documents WHERE hash = ?').get(hash) as
    { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * Stores a document unless one with the same hash exists (then nothing is done: re-ingesting is
 * idempotent). `doc.id` and `doc.ingested` are filled in when missing.
 */
export function insertDocument(
  db: Db,
  doc: Omit<DocumentRecord, 'id' | 'ingested'> & Partial<Pick<DocumentRecord, 'id' | 'ingested'>>,
): InsertResult {
  const id = doc.id ?? documentId(doc.hash);
  const result = statement(
    db,
    `INSERT INTO documents (id, hash, source, url, title, published, ingested, path, format, text)
       VALUES (@id, @hash, @source, @url, @title, @published, @ingested, @path, @format, @text)
       ON CONFLICT DO NOTHING`,
  ).run({
    id,
    hash: doc.hash,
    source: doc.source,
    url: doc.url,
    title: doc.title,
    published: doc.published,
    ingested: doc.ingested ?? new Date().toISOString(),
    path: doc.path,
    format: doc.format,
    text: doc.text,
  });
  return { id, inserted: result.changes === 1 };
}

export function insertSentences(db: Db, sentences: Sentence[]): void {
  const stmt = statement(
    db,
    'INSERT OR IGNORE INTO sentences (doc, idx, start, end, text) VALUES (?, ?, ?, ?, ?)',
  );
  for (const s of sentences) stmt.run(s.doc, s.index, s.start, s.end, s.text);
}

export function insertQuotes(db: Db, quotes: QuoteRecord[]): void {
  const stmt = statement(
    db,
    `INSERT OR IGNORE INTO quotes (doc, sentence, start, end, words, speaker, relays)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const q of quotes) {
    stmt.run(
      q.doc,
      q.sentence,
      q.start,
      q.end,
      q.words,
      q.speaker ? JSON.stringify(q.speaker) : null,
      JSON.stringify(q.relays),
    );
  }
}

export interface MentionOptions {
  /** The document these mentions come from copies this document (from a document step). */
  copyOf?: string | null;
  /** The mention's document was inserted in this transaction: its mentions cannot exist yet. */
  newDocument?: boolean;
}

// Statements take positional parameters: binding two dozen named ones per row cost a sixth of
// the store's time.
const CANDIDATE = `SELECT id, rowid AS seq, source, target, type, negated, quantity_key, date, place,
                          quantities FROM events`;

interface CandidateRow {
  id: string;
  seq: number;
  source: string;
  target: string;
  type: string;
  negated: 0 | 1;
  quantity_key: string;
  date: string | null;
  place: string | null;
  quantities: string;
}

const toStored = (row: CandidateRow, inCopy: boolean): StoredEvent => ({
  id: row.id,
  seq: row.seq,
  source: row.source,
  target: row.target,
  type: row.type,
  negated: row.negated === 1,
  quantityKey: row.quantity_key,
  date: row.date,
  place: row.place ? (JSON.parse(row.place) as Place) : null,
  quantities: JSON.parse(row.quantities) as Quantity[],
  inCopy,
});

/**
 * Every stored event a mention of the document could join (what `planDocument` needs): sharing
 * its key (either direction for two-sided acts) within a day of it, one index range per key and
 * day, or told by the document it copies.
 */
function storedCandidates(
  db: Db,
  mentions: readonly Mention[],
  copyOf: string | null,
): StoredEvent[] {
  const found = new Map<string, StoredEvent>();
  if (copyOf !== null) {
    const rows = statement(
      db,
      `${CANDIDATE} WHERE id IN (SELECT event FROM mentions WHERE doc = ?)`,
    ).all(copyOf) as CandidateRow[];
    for (const row of rows) found.set(row.id, toStored(row, true));
  }
  const byDay = statement(
    db,
    `${CANDIDATE} WHERE source = ? AND target = ? AND type = ? AND quantity_key = ?
                    AND negated = ? AND date BETWEEN ? AND ?`,
  );
  const asked = new Set<string>();
  for (const m of mentions) {
    if (m.date === null) continue;
    const key = mergeKey(m);
    const reversed = reversedKey(key);
    for (const k of reversed ? [key, reversed] : [key]) {
      const ask = `${keyText(k)}\u0002${m.date}`;
      if (asked.has(ask)) continue;
      asked.add(ask);
      const rows = byDay.all(
        k.source,
        k.target,
        k.type,
        k.quantityKey,
        flag(k.negated),
        shiftDate(m.date, -1),
        shiftDate(m.date, 1),
      ) as CandidateRow[];
      for (const row of rows) if (!found.has(row.id)) found.set(row.id, toStored(row, false));
    }
  }
  return [...found.values()];
}

const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** A value as SQLite stores it (it has no booleans). */
const sqliteValue = (value: ColumnValue): string | number | null =>
  typeof value === 'boolean' ? flag(value) : value;

const EVENT_COLUMNS = eventColumns(quantityKey);

const INSERT_MENTION = `INSERT INTO mentions ("event", ${columnList(MENTION_COLUMNS)})
   VALUES (?, ${MENTION_COLUMNS.map(() => '?').join(', ')})`;
const INSERT_EVENT = `INSERT INTO events ("id", ${columnList(EVENT_COLUMNS)}, "mentions", "symmetric")
   VALUES (?, ${EVENT_COLUMNS.map(() => '?').join(', ')}, ?, ?)`;

// A join touches no indexed column unless it fills the date or the place a stored event lacked:
// one statement setting all of them rewrote the event's entry in each of the seven indexes on
// date or place at every join (a third of the event writes' time on the 8 MB bench corpus).
const JOIN_EVENT = `UPDATE events SET mentions = mentions + ?, symmetric = MAX(symmetric, ?)
 WHERE id = ?`;
const DATE_EVENT = 'UPDATE events SET date = ? WHERE id = ? AND date IS NULL';
const PLACE_EVENT = `UPDATE events SET place_name = ?, place = ? WHERE id = ? AND place IS NULL`;

// The day tables (migration 006) count an event from the moment it has a date: a new event as it
// is inserted, a dateless one when a later mention gives it a date. The store counts both here,
// from the event's row (migration 009 dropped the two triggers that did: firing a trigger cost
// about 9 µs an event even with an empty body, a third of an event insert's CPU).
const COUNT_DAY = `INSERT INTO dyad_days (source, target, date, events, intensity, hostility)
   SELECT source, target, date, 1, ROUND(intensity * 100),
          CASE WHEN intensity < 0 THEN ROUND(-intensity * 100) ELSE 0 END
     FROM events WHERE id = ? AND date IS NOT NULL
   ON CONFLICT (source, target, date) DO UPDATE SET
     events = events + 1,
     intensity = intensity + excluded.intensity,
     hostility = hostility + excluded.hostility`;
const COUNT_QUANTITIES = `INSERT INTO event_counts (event, date, region, unit, period, value)
   SELECT e.id, e.date, COALESCE(q.value ->> 'region', ''), q.value ->> 'unit',
          q.value ->> 'period', CAST(q.value ->> 'count' AS REAL)
     FROM events e, json_each(e.quantities) q
    WHERE e.id = ? AND e.date IS NOT NULL AND e.quantity_key != ''`;

// A new event's day counts from the values it is inserted with, not read back from its row by
// id as COUNT_DAY does: counting the 8 MB bench corpus's 26,431 dated events took 138 -> 120 ms
// of CPU (three runs each). The same expressions on the same values: the same counts (totals
// of both day tables compared).
const COUNT_NEW_DAY = `INSERT INTO dyad_days (source, target, date, events, intensity, hostility)
   VALUES (?, ?, ?, 1, ROUND(? * 100), CASE WHEN ? < 0 THEN ROUND(-? * 100) ELSE 0 END)
   ON CONFLICT (source, target, date) DO UPDATE SET
     events = events + 1,
     intensity = intensity + excluded.intensity,
     hostility = hostility + excluded.hostility`;
const COUNT_NEW_QUANTITIES = `INSERT INTO event_counts (event, date, region, unit, period, value)
   SELECT ?, ?, COALESCE(q.value ->> 'region', ''), q.value ->> 'unit',
          q.value ->> 'period', CAST(q.value ->> 'count' AS REAL)
     FROM json_each(?) q`;

const column = (name: string): number => EVENT_COLUMNS.findIndex((c) => c.name === name);
const [SOURCE, TARGET, DATE, INTENSITY, QUANTITIES] = [
  'source',
  'target',
  'date',
  'intensity',
  'quantities',
].map(column) as [number, number, number, number, number];

/** Counts an event just inserted with a date, from `values` (its EVENT_COLUMNS, as bound). */
function countNewEvent(
  db: Db,
  id: string,
  values: ReadonlyArray<string | number | null>,
  quantityKey: string,
): void {
  const intensity = values[INTENSITY];
  statement(db, COUNT_NEW_DAY).run(
    values[SOURCE],
    values[TARGET],
    values[DATE],
    intensity,
    intensity,
    intensity,
  );
  if (quantityKey !== '') {
    statement(db, COUNT_NEW_QUANTITIES).run(id, values[DATE], values[QUANTITIES]);
  }
}

/**
 * Counts a stored event that has just got its date (inserted with one, or dated by a join) in the
 * day tables. `quantityKey` is its merge key of counts: '' when it reports none.
 */
export function countDatedEvent(db: Db, id: string, quantityKey: string): void {
  statement(db, COUNT_DAY).run(id);
  if (quantityKey !== '') statement(db, COUNT_QUANTITIES).run(id);
}

/** Gives a dateless stored event the date a later mention told, and counts it from then. */
export function dateStoredEvent(db: Db, id: string, date: string, quantityKey: string): void {
  if (statement(db, DATE_EVENT).run(date, id).changes === 1) countDatedEvent(db, id, quantityKey);
}

/**
 * Counts every stored event in the day tables afresh, as migration 006 first filled them: for
 * events written in bulk by other means than the store's (the analysis benchmark's generated
 * store), in one pass.
 */
export function recountDayTables(db: Db): void {
  db.exec(`
    DELETE FROM dyad_days;
    DELETE FROM event_counts;
    INSERT INTO dyad_days (source, target, date, events, intensity, hostility)
      SELECT source, target, date, COUNT(*), SUM(ROUND(intensity * 100)),
             SUM(CASE WHEN intensity < 0 THEN ROUND(-intensity * 100) ELSE 0 END)
        FROM events WHERE date IS NOT NULL GROUP BY source, target, date;
    INSERT INTO event_counts (event, date, region, unit, period, value)
      SELECT e.id, e.date, COALESCE(q.value ->> 'region', ''), q.value ->> 'unit',
             q.value ->> 'period', CAST(q.value ->> 'count' AS REAL)
        FROM events e, json_each(e.quantities) q
       WHERE e.date IS NOT NULL AND e.quantity_key != '';`);
}

/** Writes what `planDocument` decided: created events, joined ones, then the mentions. */
function writePlan(db: Db, mentions: readonly Mention[], plan: DocumentPlan): void {
  const insertEvent = statement(db, INSERT_EVENT);
  const joinEvent = statement(db, JOIN_EVENT);
  for (const e of plan.events) {
    if (e.created) {
      // The first mention's fields, with the date and place later mentions filled in.
      const filled: Mention = { ...e.first!, date: e.date, place: e.place };
      const values = EVENT_COLUMNS.map((c) => sqliteValue(c.read(filled)));
      insertEvent.run(e.id, ...values, e.added, flag(e.reversed));
      if (filled.date !== null) countNewEvent(db, e.id, values, e.quantityKey);
    } else {
      joinEvent.run(e.added, flag(e.reversed), e.id);
      if (e.dated && e.date !== null) dateStoredEvent(db, e.id, e.date, e.quantityKey);
      if (e.placed && e.place) {
        statement(db, PLACE_EVENT).run(e.place.name, JSON.stringify(e.place), e.id);
      }
    }
  }
  const insertMention = statement(db, INSERT_MENTION);
  mentions.forEach((m, i) => {
    insertMention.run(plan.eventOf[i], ...MENTION_COLUMNS.map((c) => sqliteValue(c.read(m))));
  });
}

/**
 * Stores the coded content of an already inserted document, chunk by chunk as it comes (a long
 * document's is coded while it is stored). Call inside a transaction. Mentions already stored (a
 * document stored before) are left as they are.
 */
export function storeCoded(db: Db, coded: CodedInput, options: MentionOptions = {}): StoreCounts {
  const known = statement(db, 'SELECT 1 FROM mentions WHERE id = ?');
  const copyOf = options.copyOf ?? null;
  const planner = new DocumentPlanner(copyOf);
  const counts: StoreCounts = { sentences: 0, mentions: 0, events: 0 };
  for (const chunk of chunksOf(coded)) {
    insertSentences(db, chunk.sentences);
    insertQuotes(db, chunk.quotes);
    counts.sentences += chunk.sentences.length;
    const mentions = options.newDocument
      ? chunk.mentions
      : chunk.mentions.filter((m) => known.get(m.id) === undefined);
    if (mentions.length === 0) continue;
    const plan = planner.place(mentions, storedCandidates(db, mentions, copyOf));
    writePlan(db, mentions, plan);
    counts.mentions += mentions.length;
    counts.events += plan.events.filter((e) => e.created).length;
  }
  return counts;
}

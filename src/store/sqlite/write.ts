// Writing documents and their coded content. Callers wrap a whole document in one transaction
// (see `storeDocument`), so a crash leaves either the whole document or nothing.
import { statement, type Db } from './db.js';
import { documentId, eventId } from '../ids.js';
import {
  chooseEvent,
  mergeKey,
  quantityKey,
  reversedKey,
  shiftDate,
  type CandidateScope,
  type EventCandidate,
  type MergeKey,
} from '../merge.js';
import type {
  DocumentRecord,
  Mention,
  Place,
  Quantity,
  QuoteRecord,
  Sentence,
} from '../../records.js';
import type { CodedContent, StoreCounts } from '../coded.js';

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
const SAME_KEY = `source = ? AND target = ? AND type = ? AND quantity_key = ? AND negated = ?`;
const CANDIDATE = 'SELECT id, date, place, quantities, rowid AS seq FROM events';

const keyParams = (k: MergeKey): unknown[] => [
  k.source,
  k.target,
  k.type,
  k.quantityKey,
  flag(k.negated),
];

interface CandidateRow {
  id: string;
  date: string | null;
  place: string | null;
  quantities: string;
  seq: number;
}

const toCandidate = (row: CandidateRow, type: string): EventCandidate => ({
  id: row.id,
  seq: row.seq,
  type,
  date: row.date,
  place: row.place ? (JSON.parse(row.place) as Place) : null,
  quantities: JSON.parse(row.quantities) as Quantity[],
});

/** Candidates sharing `key`, in one of the scopes `chooseEvent` knows. */
function candidates(
  db: Db,
  key: MergeKey,
  scope: CandidateScope,
  mention: Mention,
  copyOf: string | null,
): EventCandidate[] {
  let rows: CandidateRow[];
  if (scope === 'copy' || scope === 'document') {
    rows = statement(
      db,
      `${CANDIDATE} WHERE id IN (SELECT event FROM mentions WHERE doc = ?) AND ${SAME_KEY}`,
    ).all(scope === 'copy' ? copyOf : mention.evidence.doc, ...keyParams(key)) as CandidateRow[];
  } else {
    if (mention.date === null) return [];
    rows = statement(db, `${CANDIDATE} WHERE ${SAME_KEY} AND date BETWEEN ? AND ?`).all(
      ...keyParams(key),
      shiftDate(mention.date, -1),
      shiftDate(mention.date, 1),
    ) as CandidateRow[];
  }
  return rows.map((r) => toCandidate(r, key.type));
}

/**
 * The event a mention belongs to, or null when it is a new happening. SQL only gathers the
 * events that share the mention's key; `chooseEvent` (merge.ts) decides, for every store. A copy
 * looks first among the events of the document it copies, then a document among its own, then
 * all events within a day; a two-sided act also looks at the other direction.
 */
export function findEventFor(
  db: Db,
  mention: Mention,
  options: MentionOptions = {},
): { event: string; reversed: boolean } | null {
  const key = mergeKey(mention);
  const keys: Array<[MergeKey, boolean]> = [[key, false]];
  const reversed = reversedKey(key);
  if (reversed) keys.push([reversed, true]);
  const scopes: CandidateScope[] = options.copyOf
    ? ['copy', 'document', 'dates']
    : ['document', 'dates'];
  for (const scope of scopes) {
    for (const [k, isReversed] of keys) {
      const found = chooseEvent(
        candidates(db, k, scope, mention, options.copyOf ?? null),
        mention,
        scope,
      );
      if (found) return { event: found, reversed: isReversed };
    }
  }
  return null;
}

const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);
const placeJson = (m: Mention): string | null => (m.place ? JSON.stringify(m.place) : null);

type Column = readonly [string, (m: Mention) => unknown];

/** What a mention says happened: columns of both the mention and the event it starts. */
const ACT_COLUMNS: readonly Column[] = [
  ['date', (m) => m.date],
  ['source', (m) => m.source.root],
  ['source_sector', (m) => m.source.sector],
  ['target', (m) => m.target.root],
  ['target_sector', (m) => m.target.sector],
  ['type', (m) => m.type],
  ['mode', (m) => m.mode],
  ['cameo', (m) => m.cameo],
  ['intensity', (m) => m.intensity],
  ['negated', (m) => flag(m.negated)],
  ['conditional', (m) => flag(m.conditional)],
  ['future', (m) => flag(m.future)],
  ['claimed', (m) => flag(m.claimed)],
  ['place', placeJson],
  ['quantities', (m) => JSON.stringify(m.quantities)],
];

/** Columns of a mention row and how each is read from the record (the event id comes apart). */
const MENTION_COLUMNS: readonly Column[] = [
  ['id', (m) => m.id],
  ['doc', (m) => m.evidence.doc],
  ['sentence', (m) => m.evidence.sentence],
  ...ACT_COLUMNS,
  ['source_text', (m) => m.source.text],
  ['target_text', (m) => m.target.text],
  ['start', (m) => m.evidence.start],
  ['end', (m) => m.evidence.end],
  ['trigger_start', (m) => m.trigger.start],
  ['trigger_end', (m) => m.trigger.end],
  ['pattern', (m) => m.pattern],
];

/** Columns of a new event, taken from its first mention, with its merge keys. */
const EVENT_COLUMNS: readonly Column[] = [
  ...ACT_COLUMNS,
  ['first_mention', (m) => m.id],
  ['place_name', (m) => m.place?.name ?? null],
  ['quantity_key', (m) => quantityKey(m.quantities)],
];

const insertSql = (
  table: string,
  columns: ReadonlyArray<readonly [string, unknown]>,
  first: string,
): string =>
  `INSERT INTO ${table} (${first}, ${columns.map(([name]) => name).join(', ')})
   VALUES (?, ${columns.map(() => '?').join(', ')})`;
const INSERT_MENTION = insertSql('mentions', MENTION_COLUMNS, 'event');
const INSERT_EVENT = insertSql('events', EVENT_COLUMNS, 'id');

export interface MentionResult {
  event: string;
  /** True when the mention started a new event. */
  created: boolean;
  /** False when a mention with this id was already stored (nothing was done). */
  stored: boolean;
}

/** Stores one mention, merging it into an existing event or creating one. */
export function insertMention(
  db: Db,
  mention: Mention,
  options: MentionOptions = {},
): MentionResult {
  if (!options.newDocument) {
    const existing = statement(db, 'SELECT event FROM mentions WHERE id = ?').get(mention.id) as
      { event: string } | undefined;
    if (existing) return { event: existing.event, created: false, stored: false };
  }

  const found = findEventFor(db, mention, options);
  const existingEvent = found?.event ?? null;
  const event = existingEvent ?? eventId(mention.id);
  if (existingEvent === null) {
    statement(db, INSERT_EVENT).run(event, ...EVENT_COLUMNS.map(([, read]) => read(mention)));
  } else {
    // The first mention speaks for the event; later ones only fill what it left unknown. The
    // count is one statement that touches no index; date and place only when there is something
    // to fill (both are indexed, and an UPDATE naming them rewrites those indexes).
    statement(db, 'UPDATE events SET mentions = mentions + 1 WHERE id = ?').run(event);
    if (found?.reversed) statement(db, 'UPDATE events SET symmetric = 1 WHERE id = ?').run(event);
    if (mention.date !== null) {
      statement(db, 'UPDATE events SET date = ? WHERE id = ? AND date IS NULL').run(
        mention.date,
        event,
      );
    }
    if (mention.place !== null) {
      statement(
        db,
        'UPDATE events SET place = ?, place_name = ? WHERE id = ? AND place IS NULL',
      ).run(placeJson(mention), mention.place.name, event);
    }
  }
  statement(db, INSERT_MENTION).run(event, ...MENTION_COLUMNS.map(([, read]) => read(mention)));
  return { event, created: existingEvent === null, stored: true };
}

/** Stores the coded content of an already inserted document. Call inside a transaction. */
export function storeCoded(db: Db, coded: CodedContent, options: MentionOptions = {}): StoreCounts {
  insertSentences(db, coded.sentences);
  insertQuotes(db, coded.quotes);
  let mentions = 0;
  let events = 0;
  for (const mention of coded.mentions) {
    const result = insertMention(db, mention, options);
    if (result.stored) mentions += 1;
    if (result.created) events += 1;
  }
  return { sentences: coded.sentences.length, mentions, events };
}

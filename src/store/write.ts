// Writing documents and their coded content. Callers wrap a whole document in one transaction
// (see `storeDocument`), so a crash leaves either the whole document or nothing.
import { statement, type Db } from './db.js';
import { documentId, eventId } from './ids.js';
import { PLACED_TYPES, quantityKey, shiftDate } from './merge.js';
import type { DocumentRecord, Mention, QuoteRecord, Sentence } from '../records.js';

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
    'INSERT OR IGNORE INTO sentences (doc, idx, start, end) VALUES (?, ?, ?, ?)',
  );
  for (const s of sentences) stmt.run(s.doc, s.index, s.start, s.end);
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
  /** The document these mentions come from copies this document (from a document hook). */
  copyOf?: string | null;
  /** The mention's document was inserted in this transaction: its mentions cannot exist yet. */
  newDocument?: boolean;
}

// Statements take positional parameters: binding two dozen named ones per row cost a sixth of
// the store's time.
const SAME_HAPPENING = `source = ? AND target = ? AND type = ? AND quantity_key = ? AND negated = ?`;

/** What a mention must share with an event to join it (see `joinsEvent` in merge.ts), as the
 * parameters of SAME_HAPPENING in its order. */
function sameHappening(mention: Mention): unknown[] {
  return [
    mention.source.root,
    mention.target.root,
    mention.type,
    quantityKey(mention.quantities),
    flag(mention.negated),
  ];
}

/**
 * The event a mention belongs to, or null when it is a new happening. The rules are those of
 * `joinsEvent` (merge.ts), written as SQL so that the lookup is one indexed query. Copies first
 * look among the events of the document they copy, whatever the dates or place names (a copy may
 * read "yesterday" on another day); only different counts mean a different report there.
 */
export function findEventFor(
  db: Db,
  mention: Mention,
  options: MentionOptions = {},
): string | null {
  const same = sameHappening(mention);
  if (options.copyOf) {
    const row = statement(
      db,
      `SELECT id FROM events
       WHERE id IN (SELECT event FROM mentions WHERE doc = ?) AND ${SAME_HAPPENING}
       ORDER BY rowid LIMIT 1`,
    ).get(options.copyOf, ...same) as { id: string } | undefined;
    if (row) return row.id;
  }
  if (mention.date === null) return null;
  // Within a day either way; the same day first, then the earliest stored. The few candidate rows
  // are ordered here rather than by SQLite, which would sort them in a temporary B-tree. Located
  // acts also need a compatible place (unknown on either side, or the same).
  const range = [shiftDate(mention.date, -1), shiftDate(mention.date, 1)];
  const place = PLACED_TYPES.has(mention.type) ? (mention.place?.name ?? null) : null;
  const candidates = `SELECT id, date, rowid AS seq FROM events
     WHERE ${SAME_HAPPENING} AND date BETWEEN ? AND ?`;
  const rows = (
    place === null
      ? statement(db, candidates).all(...same, ...range)
      : statement(db, `${candidates} AND (place_name IS NULL OR place_name = ?)`).all(
          ...same,
          ...range,
          place,
        )
  ) as Array<{ id: string; date: string; seq: number }>;
  let best: { id: string; date: string; seq: number } | null = null;
  for (const row of rows) {
    const better =
      best === null ||
      (row.date === mention.date && best.date !== mention.date) ||
      ((row.date === mention.date) === (best.date === mention.date) && row.seq < best.seq);
    if (better) best = row;
  }
  return best?.id ?? null;
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

  const existingEvent = findEventFor(db, mention, options);
  const event = existingEvent ?? eventId(mention.id);
  if (existingEvent === null) {
    statement(db, INSERT_EVENT).run(event, ...EVENT_COLUMNS.map(([, read]) => read(mention)));
  } else {
    // The first mention speaks for the event; later ones only fill what it left unknown. The
    // count is one statement that touches no index; date and place only when there is something
    // to fill (both are indexed, and an UPDATE naming them rewrites those indexes).
    statement(db, 'UPDATE events SET mentions = mentions + 1 WHERE id = ?').run(event);
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

export interface CodedContent {
  sentences: Sentence[];
  mentions: Mention[];
  quotes: QuoteRecord[];
}

export interface StoreCounts {
  sentences: number;
  mentions: number;
  /** New events created by this document's mentions. */
  events: number;
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

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
  const key = {
    source: mention.source.root,
    target: mention.target.root,
    type: mention.type,
    negated: mention.negated ? 1 : 0,
    quantities: quantityKey(mention.quantities),
  };
  if (options.copyOf) {
    const row = statement(
      db,
      `SELECT id FROM events
       WHERE id IN (SELECT event FROM mentions WHERE doc = @doc)
         AND source = @source AND target = @target AND type = @type AND negated = @negated
         AND quantity_key = @quantities
       ORDER BY rowid LIMIT 1`,
    ).get({ ...key, doc: options.copyOf }) as { id: string } | undefined;
    if (row) return row.id;
  }
  if (mention.date === null) return null;
  // Within a day either way; the same day first, then the earliest stored. The few candidate rows
  // are ordered here rather than by SQLite, which would sort them in a temporary B-tree.
  const rows = statement(
    db,
    `SELECT id, date, rowid AS seq FROM events
     WHERE source = @source AND target = @target AND type = @type AND quantity_key = @quantities
       AND date BETWEEN @from AND @to AND negated = @negated
       AND (@placed = 0 OR place_name IS NULL OR @place IS NULL OR place_name = @place)`,
  ).all({
    ...key,
    from: shiftDate(mention.date, -1),
    to: shiftDate(mention.date, 1),
    place: mention.place?.name ?? null,
    placed: PLACED_TYPES.has(mention.type) ? 1 : 0,
  }) as Array<{ id: string; date: string; seq: number }>;
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

const MENTION_COLUMNS = [
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
] as const;

function mentionRow(m: Mention, event: string): Record<(typeof MENTION_COLUMNS)[number], unknown> {
  return {
    id: m.id,
    event,
    doc: m.evidence.doc,
    sentence: m.evidence.sentence,
    date: m.date,
    source: m.source.root,
    source_sector: m.source.sector,
    source_text: m.source.text,
    target: m.target.root,
    target_sector: m.target.sector,
    target_text: m.target.text,
    type: m.type,
    mode: m.mode,
    cameo: m.cameo,
    intensity: m.intensity,
    negated: m.negated ? 1 : 0,
    conditional: m.conditional ? 1 : 0,
    future: m.future ? 1 : 0,
    claimed: m.claimed ? 1 : 0,
    place: m.place ? JSON.stringify(m.place) : null,
    quantities: JSON.stringify(m.quantities),
    start: m.evidence.start,
    end: m.evidence.end,
    trigger_start: m.trigger.start,
    trigger_end: m.trigger.end,
    pattern: m.pattern,
  };
}

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

  const row = mentionRow(mention, '');
  const existingEvent = findEventFor(db, mention, options);
  const event = existingEvent ?? eventId(mention.id);
  row.event = event;
  if (existingEvent === null) {
    statement(
      db,
      `INSERT INTO events (id, date, source, source_sector, target, target_sector, type, mode,
         cameo, intensity, negated, conditional, future, claimed, place, quantities,
         first_mention, mentions, place_name, quantity_key)
       VALUES (@event, @date, @source, @source_sector, @target, @target_sector, @type, @mode,
         @cameo, @intensity, @negated, @conditional, @future, @claimed, @place, @quantities,
         @id, 1, @place_name, @quantity_key)`,
    ).run({
      ...row,
      place_name: mention.place?.name ?? null,
      quantity_key: quantityKey(mention.quantities),
    });
  } else {
    // The first mention speaks for the event; later ones only fill what it left unknown. The
    // count is one statement that touches no index; date and place only when there is something
    // to fill (both are indexed, and an UPDATE naming them rewrites those indexes).
    statement(db, 'UPDATE events SET mentions = mentions + 1 WHERE id = ?').run(event);
    if (row.date !== null) {
      statement(db, 'UPDATE events SET date = ? WHERE id = ? AND date IS NULL').run(
        row.date,
        event,
      );
    }
    if (row.place !== null) {
      statement(
        db,
        'UPDATE events SET place = ?, place_name = ? WHERE id = ? AND place IS NULL',
      ).run(row.place, mention.place?.name ?? null, event);
    }
  }
  statement(
    db,
    `INSERT INTO mentions (${MENTION_COLUMNS.join(', ')})
     VALUES (${MENTION_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
  const created = existingEvent === null;
  return { event, created, stored: true };
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

// Writing documents and their coded content. Callers wrap a whole document in one transaction
// (see `storeDocument`), so a crash leaves either the whole document or nothing.
import { statement, type Db } from './db.js';
import { documentId, eventId } from './ids.js';
import { joinsEvent, shiftDate, type MergeCandidate } from './merge.js';
import type {
  DocumentRecord,
  Mention,
  Place,
  Quantity,
  QuoteRecord,
  Sentence,
} from '../records.js';

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

interface EventRow {
  id: string;
  date: string | null;
  place: string | null;
  quantities: string;
}

function candidateOf(row: EventRow): MergeCandidate {
  return {
    date: row.date,
    place: row.place ? (JSON.parse(row.place) as Place) : null,
    quantities: JSON.parse(row.quantities) as Quantity[],
  };
}

export interface MentionOptions {
  /** The document these mentions come from copies this document (from a document hook). */
  copyOf?: string | null;
}

/**
 * The event a mention belongs to, or null when it is a new happening. Copies first look among the
 * events of the document they copy, whatever the dates; then the ordinary rules apply.
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
  };
  const own = candidateOf({
    id: '',
    date: mention.date,
    place: mention.place ? JSON.stringify(mention.place) : null,
    quantities: JSON.stringify(mention.quantities),
  });
  if (options.copyOf) {
    const rows = statement(
      db,
      `SELECT DISTINCT e.id, e.date, e.place, e.quantities
         FROM mentions m JOIN events e ON e.id = m.event
         WHERE m.doc = @doc AND e.source = @source AND e.target = @target AND e.type = @type
           AND e.negated = @negated
         ORDER BY e.rowid`,
    ).all({ ...key, doc: options.copyOf }) as EventRow[];
    // A copy may shift a date ("yesterday" read on another day) or name the place differently;
    // only different counts mean a different report.
    const match = rows.find((row) => joinsEvent(candidateOf(row), { ...own, place: null }, true));
    if (match) return match.id;
  }
  if (mention.date === null) return null;
  const rows = statement(
    db,
    `SELECT id, date, place, quantities FROM events
       WHERE source = @source AND target = @target AND type = @type AND negated = @negated
         AND date BETWEEN @from AND @to
       ORDER BY rowid`,
  ).all({
    ...key,
    from: shiftDate(mention.date, -1),
    to: shiftDate(mention.date, 1),
  }) as EventRow[];
  // Prefer the event on the very same day, then the earliest stored.
  const ordered = [...rows].sort(
    (a, b) => Number(a.date !== mention.date) - Number(b.date !== mention.date),
  );
  return ordered.find((row) => joinsEvent(candidateOf(row), own, false))?.id ?? null;
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
  const existing = statement(db, 'SELECT event FROM mentions WHERE id = ?').get(mention.id) as
    { event: string } | undefined;
  if (existing) return { event: existing.event, created: false, stored: false };

  let event = findEventFor(db, mention, options);
  const created = event === null;
  if (event === null) {
    event = eventId(mention.id);
    statement(
      db,
      `INSERT INTO events (id, date, source, source_sector, target, target_sector, type, mode,
         cameo, intensity, negated, conditional, future, claimed, place, quantities,
         first_mention, mentions)
       VALUES (@id, @date, @source, @source_sector, @target, @target_sector, @type, @mode,
         @cameo, @intensity, @negated, @conditional, @future, @claimed, @place, @quantities,
         @first_mention, 0)`,
    ).run({
      ...mentionRow(mention, event),
      id: event,
      first_mention: mention.id,
    });
  }
  statement(
    db,
    `INSERT INTO mentions (${MENTION_COLUMNS.join(', ')})
     VALUES (${MENTION_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  ).run(mentionRow(mention, event));
  // The first mention speaks for the event; later ones only fill what it left unknown.
  statement(
    db,
    `UPDATE events SET mentions = mentions + 1, date = coalesce(date, @date),
       place = coalesce(place, @place)
     WHERE id = @id`,
  ).run({
    id: event,
    date: mention.date,
    place: mention.place ? JSON.stringify(mention.place) : null,
  });
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

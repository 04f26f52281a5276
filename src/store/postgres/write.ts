// Writing a document and its coded content to PostgreSQL. The merge is merge.ts's: SQL gathers
// the events a document's mentions could join (one round trip), plan.ts places each mention with
// `chooseEvent`, and one statement writes the result.
// Concurrent workers are serialised per merge key by transaction-level advisory locks, taken
// before the candidates are read (see `mergeLocks`).
import { createHash } from 'node:crypto';
import type { DocumentRecord, Mention, Place, Quantity } from '../../records.js';
import type { CodedContent, StoreCounts } from '../coded.js';
import { columnList, eventColumns, MENTION_COLUMNS, type ColumnKind } from '../columns.js';
import { mergeKey, quantityKey, reversedKey, shiftDate, type MergeKey } from '../merge.js';
import type { Sql } from './db.js';
import { planDocument, type DocumentPlan, type StoredEvent } from '../plan.js';

/** merge.ts's quantity key separates with U+0000, which PostgreSQL text cannot hold: its JSON. */
export const pgQuantityKey = (quantities: Quantity[]): string =>
  JSON.stringify(quantityKey(quantities));

/** Inserts the document unless its hash is stored (by us or another worker): true when inserted. */
export async function insertDocument(sql: Sql, doc: DocumentRecord): Promise<boolean> {
  const { rowCount } = await sql.query({
    name: 'spiral_insert_document',
    text: `INSERT INTO documents (id, hash, source, url, title, published, ingested, path, format, text)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
    values: [
      doc.id,
      doc.hash,
      doc.source,
      doc.url,
      doc.title,
      doc.published,
      doc.ingested,
      doc.path,
      doc.format,
      doc.text,
    ],
  });
  return rowCount === 1;
}

// ------------------------------------------------------------------ merge locks

/**
 * The lock that serialises merges of one key: both directions of a two-sided act share it, since
 * either may join the other's event. 64 bits of a SHA-256 as PostgreSQL's two-int4 lock key (a
 * space apart from the one-bigint keys of claims and migrations).
 */
export function mergeLockKey(key: MergeKey): [number, number] {
  const other = reversedKey(key);
  const [a, b] =
    other && other.source < key.source ? [other.source, other.target] : [key.source, key.target];
  const text = [key.type, a, b, key.quantityKey, key.negated ? '1' : '0'].join('\u0001');
  const digest = createHash('sha256').update(text).digest();
  return [digest.readInt32BE(0), digest.readInt32BE(4)];
}

/** The distinct lock keys of a document's mentions, sorted (one order for every worker). */
export function mergeLocks(mentions: readonly Mention[]): Array<[number, number]> {
  const seen = new Map<string, [number, number]>();
  for (const m of mentions) {
    const k = mergeLockKey(mergeKey(m));
    seen.set(`${k[0]}:${k[1]}`, k);
  }
  return [...seen.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

const lockParams = (keys: Array<[number, number]>): unknown[] => [
  keys.map((k) => k[0]),
  keys.map((k) => k[1]),
];

/**
 * Tries to take every key now (holding whichever it got until the transaction ends), and says
 * whether another session is waiting for a merge lock this one holds: then this worker should
 * commit soon, since its locks last as long as its batch. (pg_stat_activity shows the waits of
 * sessions of the same role, which is how workers connect; others' waits read as none.)
 */
export async function tryMergeLocks(
  sql: Sql,
  keys: Array<[number, number]>,
): Promise<{ ok: boolean; wanted: boolean }> {
  const { rows } = await sql.query<{ ok: boolean | null; wanted: boolean }>({
    name: 'spiral_try_merge_locks',
    text: `SELECT (SELECT bool_and(pg_try_advisory_xact_lock(a, b))
                     FROM unnest($1::int[], $2::int[]) AS k(a, b)) AS ok,
                  EXISTS (SELECT 1 FROM pg_stat_activity
                           WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'
                             AND pg_backend_pid() = ANY (pg_blocking_pids(pid))) AS wanted`,
    values: lockParams(keys),
  });
  return { ok: rows[0]?.ok !== false, wanted: rows[0]?.wanted === true };
}

/** Waits for every key, in sorted order (two waiting workers cannot deadlock on each other). */
export async function waitMergeLocks(sql: Sql, keys: Array<[number, number]>): Promise<void> {
  if (keys.length === 0) return;
  await sql.query({
    name: 'spiral_wait_merge_locks',
    text: 'SELECT pg_advisory_xact_lock(a, b) FROM unnest($1::int[], $2::int[]) AS k(a, b)',
    values: lockParams(keys),
  });
}

// ------------------------------------------------------------------ candidates

/**
 * Every stored event a mention of the document could join: sharing its key (either direction
 * for two-sided acts) and dated within a day of it, or told by the document it copies. The
 * date branch is an index range per key; the copy branch reads one document's mentions.
 */
const CANDIDATES = `
  WITH k AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::bool[], $4::text[], $5::text[], $6::bool[],
                         $7::text[], $8::text[]) AS k(type, qk, neg, s, t, two, lo, hi)),
  copied AS (SELECT event AS id FROM mentions WHERE doc = $9)
  SELECT DISTINCT e.id, e.seq::float8 AS seq, e.source, e.target, e.type, e.negated,
         e.quantity_key, e.date, e.place, e.quantities, e.id IN (SELECT id FROM copied) AS in_copy
    FROM (SELECT e.* FROM k JOIN events e
            ON e.type = k.type AND e.quantity_key = k.qk AND e.negated = k.neg
           AND ((e.source = k.s AND e.target = k.t) OR (k.two AND e.source = k.t AND e.target = k.s))
           AND e.date BETWEEN k.lo AND k.hi
          UNION ALL
          SELECT e.* FROM events e
           WHERE e.id IN (SELECT id FROM copied)
             AND EXISTS (SELECT 1 FROM k
                          WHERE e.type = k.type AND e.quantity_key = k.qk AND e.negated = k.neg
                            AND ((e.source = k.s AND e.target = k.t)
                                 OR (k.two AND e.source = k.t AND e.target = k.s)))) e`;

interface CandidateRow {
  id: string;
  seq: number;
  source: string;
  target: string;
  type: string;
  negated: boolean;
  quantity_key: string;
  date: string | null;
  place: string | null;
  quantities: string;
  in_copy: boolean;
}

async function storedCandidates(
  sql: Sql,
  mentions: readonly Mention[],
  copyOf: string | null,
): Promise<StoredEvent[]> {
  const keys = mentions.map((m) => mergeKey(m));
  const around = (m: Mention, days: number): string | null =>
    m.date === null ? null : shiftDate(m.date, days);
  const { rows } = await sql.query<CandidateRow>({
    name: 'spiral_merge_candidates',
    text: CANDIDATES,
    values: [
      keys.map((k) => k.type),
      mentions.map((m) => pgQuantityKey(m.quantities)),
      keys.map((k) => k.negated),
      keys.map((k) => k.source),
      keys.map((k) => k.target),
      keys.map((k) => reversedKey(k) !== null),
      mentions.map((m) => around(m, -1)),
      mentions.map((m) => around(m, 1)),
      copyOf,
    ],
  });
  return rows
    .map((r) => ({
      id: r.id,
      seq: r.seq,
      source: r.source,
      target: r.target,
      type: r.type,
      negated: r.negated,
      quantityKey: JSON.parse(r.quantity_key) as string,
      date: r.date,
      place: r.place ? (JSON.parse(r.place) as Place) : null,
      quantities: JSON.parse(r.quantities) as Quantity[],
      inCopy: r.in_copy,
    }))
    .sort((a, b) => a.seq - b.seq);
}

// ------------------------------------------------------------------ rows

/** PostgreSQL's name of each kind of column (the batched insert casts each array to it). */
const PG_TYPES: Record<ColumnKind, string> = {
  text: 'text',
  int: 'int4',
  real: 'float8',
  bool: 'bool',
};
const EVENT_COLUMNS = eventColumns(pgQuantityKey);

/** `unnest($n::type[], ...)` over `types`, numbering parameters from `from`. */
const unnest = (from: number, types: readonly string[]): string =>
  `unnest(${types.map((t, i) => `$${from + i}::${t}[]`).join(', ')})`;

const NEW_EVENT_TYPES = ['text', ...EVENT_COLUMNS.map((c) => PG_TYPES[c.kind]), 'int4', 'bool'];
const JOINED_TYPES = ['text', 'int4', 'bool', 'text', 'text', 'text'];
const MENTION_TYPES = ['text', ...MENTION_COLUMNS.map((c) => PG_TYPES[c.kind])];

/**
 * A document's events and mentions in one statement: new events (their first mention's fields,
 * with what later mentions filled in), stored events joined (counted, made symmetric, unknown
 * date and place filled), then the mentions in order.
 */
const WRITE_PLAN = `WITH created AS (
    INSERT INTO events (id, ${columnList(EVENT_COLUMNS)}, mentions, "symmetric")
    SELECT * FROM ${unnest(1, NEW_EVENT_TYPES)}),
  joined AS (
    UPDATE events e SET mentions = e.mentions + u.added, "symmetric" = e."symmetric" OR u.reversed,
      date = COALESCE(e.date, u.date), place = COALESCE(e.place, u.place),
      place_name = CASE WHEN e.place IS NULL THEN u.place_name ELSE e.place_name END
    FROM ${unnest(1 + NEW_EVENT_TYPES.length, JOINED_TYPES)}
      AS u(id, added, reversed, date, place, place_name)
    WHERE e.id = u.id)
  INSERT INTO mentions (event, ${columnList(MENTION_COLUMNS)})
  SELECT * FROM ${unnest(1 + NEW_EVENT_TYPES.length + JOINED_TYPES.length, MENTION_TYPES)}`;

/** Row-wise values as one array per column. */
const columnsOf = (rows: unknown[][], width: number): unknown[][] =>
  Array.from({ length: width }, (_, i) => rows.map((row) => row[i]));

async function writePlan(
  sql: Sql,
  mentions: readonly Mention[],
  plan: DocumentPlan,
): Promise<void> {
  const created = plan.events.filter((e) => e.created);
  const joined = plan.events.filter((e) => !e.created);
  const createdRows = created.map((e) => {
    // The first mention's fields, with the date and place later mentions filled in.
    const filled: Mention = { ...e.first!, date: e.date, place: e.place };
    return [e.id, ...EVENT_COLUMNS.map((c) => c.read(filled)), e.added, e.reversed];
  });
  const joinedRows = joined.map((e) => [
    e.id,
    e.added,
    e.reversed,
    e.date,
    e.place ? JSON.stringify(e.place) : null,
    e.place?.name ?? null,
  ]);
  const mentionRows = mentions.map((m, i) => [
    plan.eventOf[i],
    ...MENTION_COLUMNS.map((c) => c.read(m)),
  ]);
  await sql.query({
    name: 'spiral_write_plan',
    text: WRITE_PLAN,
    values: [
      ...columnsOf(createdRows, NEW_EVENT_TYPES.length),
      ...columnsOf(joinedRows, JOINED_TYPES.length),
      ...columnsOf(mentionRows, MENTION_TYPES.length),
    ],
  });
}

/** Stores the coded content of a document inserted in this transaction. */
export async function storeCoded(
  sql: Sql,
  coded: CodedContent,
  copyOf: string | null,
): Promise<StoreCounts> {
  if (coded.sentences.length > 0) {
    const s = coded.sentences;
    await sql.query({
      name: 'spiral_insert_sentences',
      text: `INSERT INTO sentences (doc, idx, start, "end", text)
             SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[])
             ON CONFLICT DO NOTHING`,
      values: [
        s.map((x) => x.doc),
        s.map((x) => x.index),
        s.map((x) => x.start),
        s.map((x) => x.end),
        s.map((x) => x.text),
      ],
    });
  }
  if (coded.quotes.length > 0) {
    const q = coded.quotes;
    await sql.query({
      name: 'spiral_insert_quotes',
      text: `INSERT INTO quotes (doc, sentence, start, "end", words, speaker, relays)
             SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[],
                                  $6::text[], $7::text[])
             ON CONFLICT DO NOTHING`,
      values: [
        q.map((x) => x.doc),
        q.map((x) => x.sentence),
        q.map((x) => x.start),
        q.map((x) => x.end),
        q.map((x) => x.words),
        q.map((x) => (x.speaker ? JSON.stringify(x.speaker) : null)),
        q.map((x) => JSON.stringify(x.relays)),
      ],
    });
  }
  let events = 0;
  if (coded.mentions.length > 0) {
    const stored = await storedCandidates(sql, coded.mentions, copyOf);
    const plan = planDocument(coded.mentions, stored, copyOf);
    await writePlan(sql, coded.mentions, plan);
    events = plan.events.filter((e) => e.created).length;
  }
  return { sentences: coded.sentences.length, mentions: coded.mentions.length, events };
}

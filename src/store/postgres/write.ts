// Writing a document and its coded content to PostgreSQL. The merge is merge.ts's: SQL gathers
// the events that share a mention's key (all scopes in one round trip), `chooseEvent` decides.
// Concurrent workers are serialised per merge key by transaction-level advisory locks, taken
// before the candidates are read (see `mergeLocks`).
import { createHash } from 'node:crypto';
import type { DocumentRecord, Mention, Place, Quantity } from '../../records.js';
import type { CodedContent, StoreCounts } from '../coded.js';
import { eventId } from '../ids.js';
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
import type { Sql } from './db.js';

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

const SAME_KEY = `e.type = $1 AND e.quantity_key = $2 AND e.negated = $3
  AND ((e.source = $4 AND e.target = $5) OR ($6 AND e.source = $5 AND e.target = $4))`;
const CANDIDATE_COLUMNS = `e.id, e.date, e.place, e.quantities, e.seq::float8 AS seq,
  NOT (e.source = $4 AND e.target = $5) AS reversed`;

/** Every event sharing the key in either direction, labelled with the scope it was found in. */
const CANDIDATES = `
  SELECT 'copy' AS scope, ${CANDIDATE_COLUMNS} FROM events e
   WHERE e.id IN (SELECT event FROM mentions WHERE doc = $7) AND ${SAME_KEY}
  UNION ALL
  SELECT 'document', ${CANDIDATE_COLUMNS} FROM events e
   WHERE e.id IN (SELECT event FROM mentions WHERE doc = $8) AND ${SAME_KEY}
  UNION ALL
  SELECT 'dates', ${CANDIDATE_COLUMNS} FROM events e
   WHERE ${SAME_KEY} AND e.date BETWEEN $9 AND $10`;

interface CandidateRow {
  scope: CandidateScope;
  id: string;
  date: string | null;
  place: string | null;
  quantities: string;
  seq: number;
  reversed: boolean;
}

/**
 * The event a mention belongs to, or null when it is a new happening: the same order of scopes
 * and directions as every store (copy, document, dates; the key, then its reverse).
 */
async function findEventFor(
  sql: Sql,
  mention: Mention,
  copyOf: string | null,
): Promise<{ event: string; reversed: boolean } | null> {
  const key = mergeKey(mention);
  const twoSided = reversedKey(key) !== null;
  const { rows } = await sql.query<CandidateRow>({
    name: 'spiral_merge_candidates',
    text: CANDIDATES,
    values: [
      key.type,
      pgQuantityKey(mention.quantities),
      key.negated,
      key.source,
      key.target,
      twoSided,
      copyOf,
      mention.evidence.doc,
      mention.date === null ? null : shiftDate(mention.date, -1),
      mention.date === null ? null : shiftDate(mention.date, 1),
    ],
  });
  const scopes: CandidateScope[] = copyOf ? ['copy', 'document', 'dates'] : ['document', 'dates'];
  const directions = twoSided ? [false, true] : [false];
  for (const scope of scopes) {
    for (const reversed of directions) {
      const candidates: EventCandidate[] = rows
        .filter((r) => r.scope === scope && r.reversed === reversed)
        .map((r) => ({
          id: r.id,
          seq: r.seq,
          type: key.type,
          date: r.date,
          place: r.place ? (JSON.parse(r.place) as Place) : null,
          quantities: JSON.parse(r.quantities) as Quantity[],
        }));
      const found = chooseEvent(candidates, mention, scope);
      if (found) return { event: found, reversed };
    }
  }
  return null;
}

// ------------------------------------------------------------------ rows

type Column = readonly [string, (m: Mention) => unknown];
const placeJson = (m: Mention): string | null => (m.place ? JSON.stringify(m.place) : null);

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
  ['negated', (m) => m.negated],
  ['conditional', (m) => m.conditional],
  ['future', (m) => m.future],
  ['claimed', (m) => m.claimed],
  ['place', placeJson],
  ['quantities', (m) => JSON.stringify(m.quantities)],
];

const MENTION_COLUMNS: readonly Column[] = [
  ['id', (m) => m.id],
  ['doc', (m) => m.evidence.doc],
  ['sentence', (m) => m.evidence.sentence],
  ...ACT_COLUMNS,
  ['source_text', (m) => m.source.text],
  ['target_text', (m) => m.target.text],
  ['start', (m) => m.evidence.start],
  ['"end"', (m) => m.evidence.end],
  ['trigger_start', (m) => m.trigger.start],
  ['trigger_end', (m) => m.trigger.end],
  ['pattern', (m) => m.pattern],
];

const EVENT_COLUMNS: readonly Column[] = [
  ...ACT_COLUMNS,
  ['first_mention', (m) => m.id],
  ['place_name', (m) => m.place?.name ?? null],
  ['quantity_key', (m) => pgQuantityKey(m.quantities)],
];

const placeholders = (from: number, count: number): string =>
  Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
const names = (columns: readonly Column[]): string => columns.map(([name]) => name).join(', ');

/** The mention row, after `offset` parameters of the statement's own. */
const mentionInsert = (offset: number): string =>
  `INSERT INTO mentions (event, ${names(MENTION_COLUMNS)})
   VALUES ($1, ${placeholders(offset + 1, MENTION_COLUMNS.length)})`;

/** A new event and its first mention, in one statement (the event's id is $1). */
const INSERT_NEW = `WITH e AS (
    INSERT INTO events (id, ${names(EVENT_COLUMNS)})
    VALUES ($1, ${placeholders(2, EVENT_COLUMNS.length)}))
  ${mentionInsert(1 + EVENT_COLUMNS.length)}`;

/**
 * A mention joining event $1: the first mention speaks for the event, later ones only count and
 * fill what it left unknown (date, place), and one from the other side makes it symmetric.
 */
const INSERT_JOINED = `WITH e AS (
    UPDATE events SET mentions = mentions + 1, "symmetric" = "symmetric" OR $2,
      date = COALESCE(date, $3), place = COALESCE(place, $4),
      place_name = CASE WHEN place IS NULL THEN $5 ELSE place_name END
    WHERE id = $1)
  ${mentionInsert(5)}`;

async function insertMention(sql: Sql, mention: Mention, copyOf: string | null): Promise<boolean> {
  const found = await findEventFor(sql, mention, copyOf);
  const row = MENTION_COLUMNS.map(([, read]) => read(mention));
  if (found === null) {
    await sql.query({
      name: 'spiral_insert_event',
      text: INSERT_NEW,
      values: [eventId(mention.id), ...EVENT_COLUMNS.map(([, read]) => read(mention)), ...row],
    });
    return true;
  }
  await sql.query({
    name: 'spiral_join_event',
    text: INSERT_JOINED,
    values: [
      found.event,
      found.reversed,
      mention.date,
      placeJson(mention),
      mention.place?.name ?? null,
      ...row,
    ],
  });
  return false;
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
  for (const mention of coded.mentions) {
    if (await insertMention(sql, mention, copyOf)) events += 1;
  }
  return { sentences: coded.sentences.length, mentions: coded.mentions.length, events };
}

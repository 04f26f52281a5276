// Read side of the PostgreSQL store: the same shapes and the same order as SQLite's queries.ts.
// Every value is a bound parameter; only fixed fragments are concatenated.
import type { DocumentRecord, EventRecord, PloverType, SourceRef } from '../../records.js';
import type {
  DocumentFilter,
  DocumentSummary,
  EventFilter,
  MentionDetail,
  MentionEventRecord,
  StoreSummary,
} from '../views.js';
import { eventRecord, undatedTail, type EventRow } from '../rows.js';
import type { Sql } from './db.js';
import { eventConditions, whereOf } from '../event-filter.js';

interface CodedRow extends EventRow {
  /** The sentence's text when the evidence is the whole sentence... */
  ev_text: string | null;
  /** ...else the document's, sliced here (offsets are JavaScript's UTF-16 offsets). */
  doc_text: string | null;
}

const toRecord = (row: CodedRow, sources: SourceRef[]): EventRecord =>
  eventRecord(row, row.ev_text ?? (row.doc_text ?? '').slice(row.ev_start, row.ev_end), sources);

/** Builds `$n` placeholders as values are added. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** SQLite's `= ? COLLATE NOCASE` folds ASCII only; so does lower() under the columns' "C". */
const noCase = (column: string, param: string): string =>
  `lower(${column}) = lower(${param}::text COLLATE "C")`;

/** Where a filter looks: its outlet condition and the evidence sentence's text (SQL). */
export interface FilterColumns {
  outlet: (outlet: string) => string;
  evidence: string;
}

/** True when a folded name (SQL expression) is the region or starts with it and a space. */
const isRegion = (name: string, region: string, prefix: string): string =>
  `(spiral_fold(${name}) = ${region} OR starts_with(spiral_fold(${name}), ${prefix}))`;

/** WHERE clause for a filter over a table aliased `t` with event columns (event-filter.ts's). */
export function filterClause(filter: EventFilter, params: Params, columns: FilterColumns): string {
  const bind = (value: unknown): string => params.add(value);
  return whereOf(
    eventConditions(filter, {
      bind,
      equalsNoCase: noCase,
      bool: (value) => value,
      // Compared with = and starts_with() on folded text: no LIKE pattern, so nothing to escape.
      inRegion: (region) => {
        const r = `${bind(region)}::text`;
        const p = `${bind(`${region} `)}::text`;
        return `(${isRegion("t.place::jsonb ->> 'name'", r, p)}
          OR ${isRegion("t.place::jsonb ->> 'admin1'", r, p)}
          OR (t.quantities <> '[]' AND EXISTS (
                SELECT 1 FROM jsonb_array_elements(t.quantities::jsonb) q
                 WHERE ${isRegion("q ->> 'region'", r, p)})))`;
      },
      hasWords: (words) => `(SELECT bool_and(strpos(f.text, w) > 0)
            FROM (SELECT spiral_fold(${columns.evidence}) AS text) f,
                 unnest(${bind(words)}::text[]) w)`,
      toldBy: columns.outlet,
    }),
  );
}

/** Columns of the events table `t` for `filterClause`. */
export const EVENT_COLUMNS: FilterColumns = {
  outlet: (outlet) => `EXISTS (SELECT 1 FROM mentions m2 JOIN documents d2 ON d2.id = m2.doc
                 WHERE m2.event = t.id AND ${noCase('d2.source', outlet)})`,
  evidence: `(SELECT CASE WHEN s.start = m.start AND s."end" = m."end" AND s.text IS NOT NULL
                          THEN s.text ELSE spiral_js_slice(d.text, m.start, m."end") END
                FROM mentions m JOIN documents d ON d.id = m.doc
                LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence
               WHERE m.id = t.first_mention)`,
};

const page = (filter: { limit?: number; offset?: number }, params: Params): string =>
  `LIMIT ${params.add(filter.limit ?? null)} OFFSET ${params.add(filter.offset ?? 0)}`;

const ORDER = 'ORDER BY t.date IS NULL, t.date, t.id';

/** Evidence columns of mention `m` (sentence `s`, document `d`). */
const EVIDENCE = `m.doc AS ev_doc, m.sentence AS ev_sentence, m.start AS ev_start, m."end" AS ev_end,
  CASE WHEN s.start = m.start AND s."end" = m."end" THEN s.text END AS ev_text,
  CASE WHEN s.start = m.start AND s."end" = m."end" AND s.text IS NOT NULL THEN NULL
       ELSE d.text END AS doc_text`;

const EVENT_FROM = `FROM events t JOIN mentions m ON m.id = t.first_mention
  JOIN documents d ON d.id = m.doc
  LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence`;

/** The documents of each event's mentions, oldest first. */
async function sourcesOfEvents(sql: Sql, ids: string[]): Promise<Map<string, SourceRef[]>> {
  const byEvent = new Map<string, SourceRef[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byEvent;
  const { rows } = await sql.query<SourceRef & { event: string }>(
    `SELECT event, doc, source, url, title, published FROM (
       SELECT DISTINCT m.event, d.id AS doc, d.source, d.url, d.title, d.published, d.ingested
         FROM mentions m JOIN documents d ON d.id = m.doc
        WHERE m.event = ANY($1::text[])) x
     ORDER BY event, published IS NULL, published, ingested, doc`,
    [ids],
  );
  for (const { event, ...ref } of rows) byEvent.get(event)?.push(ref);
  return byEvent;
}

export async function queryEvents(sql: Sql, filter: EventFilter = {}): Promise<EventRecord[]> {
  const read = filter.mentions ? queryMentions : eventPage;
  const rows = await read(sql, filter);
  const tail = undatedTail(filter, rows.length);
  return tail ? [...rows, ...(await read(sql, tail))] : rows;
}

async function eventPage(sql: Sql, filter: EventFilter): Promise<EventRecord[]> {
  const params = new Params();
  const where = filterClause(filter, params, EVENT_COLUMNS);
  const { rows } = await sql.query<CodedRow>(
    `SELECT t.*, ${EVIDENCE} ${EVENT_FROM} ${where} ${ORDER} ${page(filter, params)}`,
    params.values,
  );
  const sources = await sourcesOfEvents(
    sql,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toRecord(row, sources.get(row.id) ?? []));
}

/** One row per mention, each with its own evidence, its document as only source, and its event. */
async function queryMentions(sql: Sql, filter: EventFilter = {}): Promise<MentionEventRecord[]> {
  const params = new Params();
  const where = filterClause(filter, params, {
    outlet: (outlet) => noCase('d.source', outlet),
    evidence: `CASE WHEN s.start = t.start AND s."end" = t."end" AND s.text IS NOT NULL
                    THEN s.text ELSE spiral_js_slice(d.text, t.start, t."end") END`,
  });
  const { rows } = await sql.query<
    CodedRow & {
      event: string;
      doc_source: string;
      doc_url: string | null;
      doc_title: string | null;
      doc_published: string | null;
    }
  >(
    `SELECT t.*, 1 AS mentions, false AS "symmetric", t.doc AS ev_doc, t.sentence AS ev_sentence,
            t.start AS ev_start, t."end" AS ev_end,
            CASE WHEN s.start = t.start AND s."end" = t."end" THEN s.text END AS ev_text,
            CASE WHEN s.start = t.start AND s."end" = t."end" AND s.text IS NOT NULL THEN NULL
                 ELSE d.text END AS doc_text,
            d.source AS doc_source, d.url AS doc_url, d.title AS doc_title,
            d.published AS doc_published
       FROM mentions t JOIN documents d ON d.id = t.doc
       LEFT JOIN sentences s ON s.doc = t.doc AND s.idx = t.sentence
     ${where} ${ORDER} ${page(filter, params)}`,
    params.values,
  );
  return rows.map((row) => ({
    ...toRecord(row, [
      {
        doc: row.ev_doc,
        source: row.doc_source,
        url: row.doc_url,
        title: row.doc_title,
        published: row.doc_published,
      },
    ]),
    event: row.event,
  }));
}

export async function getEvent(sql: Sql, id: string): Promise<EventRecord | null> {
  const { rows } = await sql.query<CodedRow>(
    `SELECT t.*, ${EVIDENCE} ${EVENT_FROM} WHERE t.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return toRecord(row, (await sourcesOfEvents(sql, [id])).get(id) ?? []);
}

interface MentionRow {
  id: string;
  event: string;
  doc: string;
  sentence: number;
  date: string | null;
  source: string;
  source_sector: string;
  source_text: string;
  target: string;
  target_sector: string;
  target_text: string;
  type: string;
  mode: string;
  cameo: string;
  negated: boolean;
  conditional: boolean;
  future: boolean;
  claimed: boolean;
  start: number;
  end: number;
  trigger_start: number;
  trigger_end: number;
  pattern: string;
  sentence_text: string | null;
  doc_text: string | null;
  doc_source: string;
  doc_url: string | null;
  doc_title: string | null;
  doc_published: string | null;
}

/** The mentions of an event, in the order they were stored (the first is its evidence). */
export async function getEventMentions(sql: Sql, eventId: string): Promise<MentionDetail[]> {
  return mentionDetails(sql, 'event', eventId);
}

/** The mentions a document tells (also those merged into other documents' events), in order. */
export async function getDocumentMentions(sql: Sql, docId: string): Promise<MentionDetail[]> {
  return mentionDetails(sql, 'doc', docId);
}

/** Mentions by event or by document (both indexed), in the order they were stored. */
async function mentionDetails(
  sql: Sql,
  by: 'event' | 'doc',
  value: string,
): Promise<MentionDetail[]> {
  const { rows } = await sql.query<MentionRow>(
    `SELECT m.*, CASE WHEN s.start = m.start AND s."end" = m."end" THEN s.text END AS sentence_text,
            CASE WHEN s.start = m.start AND s."end" = m."end" AND s.text IS NOT NULL THEN NULL
                 ELSE d.text END AS doc_text,
            d.source AS doc_source, d.url AS doc_url, d.title AS doc_title,
            d.published AS doc_published
       FROM mentions m JOIN documents d ON d.id = m.doc
       LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence
      WHERE ${by === 'event' ? 'm.event' : 'm.doc'} = $1 ORDER BY m.seq`,
    [value],
  );
  return rows.map((r) => {
    const text = r.sentence_text ?? (r.doc_text ?? '').slice(r.start, r.end);
    return {
      id: r.id,
      event: r.event,
      date: r.date,
      source: { root: r.source, sector: r.source_sector, text: r.source_text },
      target: { root: r.target, sector: r.target_sector, text: r.target_text },
      type: r.type as PloverType,
      mode: r.mode,
      cameo: r.cameo,
      negated: r.negated,
      conditional: r.conditional,
      future: r.future,
      claimed: r.claimed,
      evidence: { doc: r.doc, sentence: r.sentence, start: r.start, end: r.end, text },
      trigger: {
        start: r.trigger_start,
        end: r.trigger_end,
        // Offsets are the document's; the sentence text starts at the sentence's offset.
        text: text.slice(r.trigger_start - r.start, r.trigger_end - r.start),
      },
      pattern: r.pattern,
      document: {
        doc: r.doc,
        source: r.doc_source,
        url: r.doc_url,
        title: r.doc_title,
        published: r.doc_published,
      },
    };
  });
}

export async function getDocument(sql: Sql, id: string): Promise<DocumentRecord | null> {
  const { rows } = await sql.query<DocumentRecord>(
    `SELECT id, hash, source, url, title, published, ingested, path, format, text
       FROM documents WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function queryDocuments(
  sql: Sql,
  filter: DocumentFilter = {},
): Promise<DocumentSummary[]> {
  const params = new Params();
  const conditions: string[] = [];
  if (filter.source !== undefined) conditions.push(noCase('d.source', params.add(filter.source)));
  if (filter.from !== undefined) conditions.push(`d.published >= ${params.add(filter.from)}`);
  if (filter.to !== undefined) conditions.push(`d.published <= ${params.add(filter.to)}`);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const { rows } = await sql.query<DocumentSummary>(
    `SELECT d.id, d.source, d.url, d.title, d.published, d.path, d.format, d.ingested,
            length(d.text) AS chars,
            (SELECT count(*)::int FROM sentences s WHERE s.doc = d.id) AS sentences,
            (SELECT count(*)::int FROM mentions m WHERE m.doc = d.id) AS mentions,
            (SELECT count(DISTINCT m.event)::int FROM mentions m WHERE m.doc = d.id) AS events
       FROM documents d ${where}
      ORDER BY d.published IS NULL, d.published, d.source, d.id
      ${page(filter, params)}`,
    params.values,
  );
  return rows;
}

export async function summary(sql: Sql, top = 10): Promise<StoreSummary> {
  const one = async <T>(text: string, values: unknown[] = []): Promise<T> =>
    (await sql.query(text, values)).rows[0] as T;
  const count = async (text: string): Promise<number> => (await one<{ n: number }>(text)).n;
  const range = await one<{ first: string | null; last: string | null }>(
    'SELECT min(date) AS first, max(date) AS last FROM events',
  );
  return {
    documents: await count('SELECT count(*)::int AS n FROM documents'),
    sentences: await count('SELECT count(*)::int AS n FROM sentences'),
    mentions: await count('SELECT count(*)::int AS n FROM mentions'),
    events: await count('SELECT count(*)::int AS n FROM events'),
    sources: await count(
      "SELECT count(DISTINCT source)::int AS n FROM documents WHERE source <> ''",
    ),
    firstDate: range.first,
    lastDate: range.last,
    byType: (
      await sql.query(
        `SELECT type, count(*)::int AS events FROM events GROUP BY type
          ORDER BY events DESC, type`,
      )
    ).rows as StoreSummary['byType'],
    topDyads: (
      await sql.query(
        `SELECT source, target, count(*)::int AS events FROM events
          GROUP BY source, target ORDER BY events DESC, source, target LIMIT $1`,
        [top],
      )
    ).rows as StoreSummary['topDyads'],
    topSources: (
      await sql.query(
        `SELECT source, count(*)::int AS documents FROM documents
          GROUP BY source ORDER BY documents DESC, source LIMIT $1`,
        [top],
      )
    ).rows as StoreSummary['topSources'],
  };
}

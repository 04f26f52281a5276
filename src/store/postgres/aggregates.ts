// AnalysisReader for the PostgreSQL store: the same rows, in the same order, as SQLite's
// (src/store/sqlite/aggregates.ts). Every figure is aggregated by SQL with bound parameters only;
// fixed fragments are chosen by subject kind. Place and quantities are JSON text (jsonb would
// reorder keys on output), so they are cast to jsonb where a query looks inside them.
import type {
  AdminCount,
  AnalysisReader,
  DayCount,
  CountQuery,
  CountRow,
  DateRange,
  DayTypeRow,
  DyadDayRow,
  EventListQuery,
  EventSubject,
  EventSummary,
} from '../aggregates.js';
import { eventSummary, type SummaryFields } from '../rows.js';
import { dyadCount, mapPoint, type DyadRow, type PointRow } from '../overview-rows.js';
import { EVENT_COLUMNS, filterClause, Params as FilterParams } from './queries.js';
import type { Sql } from './db.js';

const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

/** Builds `$n` placeholders as values are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** SQLite's `= ? COLLATE NOCASE` folds ASCII only; so does lower() under "C" (as queries.ts). */
const noCase = (value: string, param: string): string =>
  `lower((${value}) COLLATE "C") = lower(${param}::text COLLATE "C")`;

/** Condition on `e` for a subject, its values added to `params`. */
function subjectCondition(subject: EventSubject, params: Params): string {
  switch (subject.kind) {
    case 'dyad':
      return `e.source = ${params.add(subject.source)} AND e.target = ${params.add(subject.target)}`;
    case 'actor': {
      const actor = params.add(subject.actor);
      return `(e.source = ${actor} OR e.target = ${actor})`;
    }
    case 'region': {
      const region = params.add(subject.region);
      return `(${noCase("e.place::jsonb ->> 'admin1'", region)}
               OR ${noCase("e.place::jsonb ->> 'name'", region)})`;
    }
    case 'all':
      return 'TRUE';
  }
}

/** Dated events within the range (inclusive); undated events are in no aggregate. */
function inRange(range: DateRange, params: Params): string {
  const from = params.add(range.from ?? FIRST_DAY);
  const to = params.add(range.to ?? LAST_DAY);
  return `e.date IS NOT NULL AND e.date >= ${from} AND e.date <= ${to}`;
}

/** The summary query's row: the fields `eventSummary` reads, with this store's types and the
 *  evidence and outlets as the query returns them. */
interface SummaryRow extends SummaryFields {
  negated: boolean;
  future: boolean;
  conditional: boolean;
  start: number;
  end: number;
  /** The sentence's text when the first mention is the whole sentence... */
  sentence_text: string | null;
  /** ...else the document's, sliced here (offsets are JavaScript's UTF-16 offsets). */
  doc_text: string | null;
  outlets: string[] | null;
}

// The first mention's evidence, its trigger, and the independent tellings: documents of one
// story (document_provenance.story) count once. Outlets in order of their first telling.
const SUMMARY_COLUMNS = `e.id, e.date, e.source, e.source_sector, e.target, e.target_sector, e.type,
  e.intensity, e.negated, e.future, e.conditional, m.start, m."end",
  CASE WHEN s.start = m.start AND s."end" = m."end" THEN s.text END AS sentence_text,
  CASE WHEN s.start = m.start AND s."end" = m."end" AND s.text IS NOT NULL THEN NULL
       ELSE d.text END AS doc_text,
  m.trigger_start - m.start AS trigger_start, m.trigger_end - m.start AS trigger_end,
  (SELECT count(DISTINCT COALESCE(p.story, m2.doc))::int FROM mentions m2
     LEFT JOIN document_provenance p ON p.doc = m2.doc WHERE m2.event = e.id) AS stories,
  (SELECT array_agg(o.source ORDER BY o.first, o.source) FROM (
     SELECT d3.source, min(COALESCE(d3.published, '9999')) AS first FROM mentions m3
       JOIN documents d3 ON d3.id = m3.doc WHERE m3.event = e.id AND d3.source <> ''
      GROUP BY d3.source) o) AS outlets`;
const SUMMARY_FROM = `events e JOIN mentions m ON m.id = e.first_mention JOIN documents d ON d.id = m.doc
  LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence`;

const toSummary = (row: SummaryRow): EventSummary =>
  eventSummary(
    row,
    row.sentence_text ?? (row.doc_text ?? '').slice(row.start, row.end),
    row.outlets ?? [],
  );

// count() is bigint, which the driver gives as a string: cast to int. Intensities are summed by
// spiral_total (migration 003), compensated as SQLite's TOTAL() is: a plain double sum drifts
// (14 × −7.2 is −100.80000000000003, not −100.8), and one store must print the same figures from
// either database.
const DAY_FIGURES = `count(*)::int AS events, spiral_total(e.intensity) AS intensity,
  spiral_total(CASE WHEN e.intensity < 0 THEN -e.intensity ELSE 0 END) AS hostility`;

// A dyad's days as SQLite keeps them (its migration 006): intensities summed in hundredths, as
// integers, so that the two stores print the same figures.
const DYAD_DAY_FIGURES = `count(*)::int AS events,
  (sum(round(e.intensity * 100)) / 100.0)::float8 AS intensity,
  (sum(CASE WHEN e.intensity < 0 THEN round(-e.intensity * 100) ELSE 0 END) / 100.0)::float8
    AS hostility`;

/** An AnalysisReader over an open, migrated Spiral PostgreSQL session. */
export function postgresAnalysis(sql: Sql): AnalysisReader {
  const rows = async <R extends object>(text: string, params: Params): Promise<R[]> =>
    (await sql.query<R & Record<string, unknown>>(text, params.values)).rows;

  return {
    // As SQLite's figures, in one statement: the filter is evaluated once (a MATERIALIZED common
    // table of the events' few columns) and each chart is a JSON array grouped from it. Text taken
    // out of JSON is compared and ordered in "C" (code points), as SQLite's BINARY does.
    async overview(filter, limits) {
      const params = new FilterParams();
      const where = filterClause(filter, params, EVENT_COLUMNS);
      const topDyads = params.add(limits.topDyads);
      const maxPoints = params.add(limits.maxPoints);
      const { rows } = await sql.query<{
        events: number;
        days: DayCount[];
        dyads: DyadRow[];
        regions: AdminCount[];
        types: Array<{ type: string; events: number }>;
        points: PointRow[];
      }>(
        `WITH f AS MATERIALIZED (
           SELECT t.id, t.date, t.source, t.target, t.type, t.intensity, t.place
             FROM events t ${where})
         SELECT
           (SELECT count(*)::int FROM f) AS events,
           (SELECT COALESCE(json_agg(x ORDER BY x.date), '[]') FROM (
              SELECT f.date, count(*)::int AS events,
                     count(*) FILTER (WHERE f.intensity < 0)::int AS conflict,
                     count(*) FILTER (WHERE f.intensity > 0)::int AS cooperation
                FROM f WHERE f.date IS NOT NULL GROUP BY f.date) x) AS days,
           (SELECT COALESCE(json_agg(x ORDER BY x.events DESC, x.a, x.b), '[]') FROM (
              SELECT a, b, count(*)::int AS events,
                     count(*) FILTER (WHERE fwd AND intensity < 0)::int AS ab_conflict,
                     count(*) FILTER (WHERE fwd AND intensity > 0)::int AS ab_cooperation,
                     count(*) FILTER (WHERE NOT fwd AND intensity < 0)::int AS ba_conflict,
                     count(*) FILTER (WHERE NOT fwd AND intensity > 0)::int AS ba_cooperation
                FROM (SELECT least(f.source, f.target) AS a, greatest(f.source, f.target) AS b,
                             f.source < f.target AS fwd, f.intensity
                        FROM f WHERE f.source <> '' AND f.target <> '' AND f.source <> f.target) y
               GROUP BY a, b ORDER BY events DESC, a, b LIMIT ${topDyads}) x) AS dyads,
           (SELECT COALESCE(json_agg(x ORDER BY x.events DESC, x.country, x.admin1), '[]') FROM (
              SELECT country, admin1, count(*)::int AS events
                FROM (SELECT COALESCE(f.place::jsonb ->> 'country', '') COLLATE "C" AS country,
                             (f.place::jsonb ->> 'admin1') COLLATE "C" AS admin1
                        FROM f WHERE f.place IS NOT NULL) y
               WHERE admin1 IS NOT NULL AND admin1 <> '' GROUP BY country, admin1) x) AS regions,
           (SELECT COALESCE(json_agg(x ORDER BY x.events DESC, x.type), '[]') FROM (
              SELECT f.type, count(*)::int AS events FROM f GROUP BY f.type) x) AS types,
           (SELECT COALESCE(json_agg(x ORDER BY x.date IS NULL, x.date, x.id), '[]') FROM (
              SELECT f.id, f.date, f.type, f.place FROM f WHERE f.place IS NOT NULL
               ORDER BY f.date IS NULL, f.date, f.id LIMIT ${maxPoints}) x) AS points`,
        params.values,
      );
      const figures = rows[0]!;
      return {
        events: figures.events,
        days: figures.days,
        dyads: figures.dyads.map(dyadCount),
        regions: figures.regions,
        types: figures.types,
        points: figures.points.map(mapPoint),
      };
    },

    async dayTypes(subject, range) {
      const params = new Params();
      return rows<DayTypeRow>(
        `SELECT e.date, e.type, ${DAY_FIGURES}
           FROM events e WHERE ${inRange(range, params)} AND ${subjectCondition(subject, params)}
          GROUP BY e.date, e.type ORDER BY e.date, e.type`,
        params,
      );
    },

    async dyadDays(range) {
      const params = new Params();
      return rows<DyadDayRow>(
        `SELECT e.source, e.target, e.date, ${DYAD_DAY_FIGURES}
           FROM events e WHERE ${inRange(range, params)} AND e.source > '' AND e.target <> ''
          GROUP BY e.source, e.target, e.date ORDER BY e.source, e.target, e.date`,
        params,
      );
    },

    async counts(query: CountQuery) {
      const params = new Params();
      const range = inRange(query, params);
      const region = params.add(query.region ?? null);
      const unit = params.add(query.unit ?? null);
      // Events without counts have an empty quantity_key: the partial index skips them. The
      // reporting events are listed in storage order (seq), as SQLite's rowid order gives them.
      const found = await rows<Omit<CountRow, 'events'> & { ids: string[] }>(
        `SELECT date, region, unit, period, max(value) AS value,
                array_agg(id ORDER BY seq, ord) AS ids
           FROM (SELECT e.id, e.seq, q.ord, e.date,
                   COALESCE(q.value ->> 'region', '') COLLATE "C" AS region,
                   (q.value ->> 'unit') COLLATE "C" AS unit,
                   (q.value ->> 'period') COLLATE "C" AS period,
                   (q.value ->> 'count')::double precision AS value
                   FROM events e,
                        jsonb_array_elements(e.quantities::jsonb) WITH ORDINALITY AS q(value, ord)
                  WHERE e.quantity_key <> '' AND ${range}) c
          WHERE (${region}::text IS NULL OR ${noCase('region', region)})
            AND (${unit}::text IS NULL OR ${noCase('unit', unit)})
          GROUP BY date, region, unit, period ORDER BY region, unit, date, period`,
        params,
      );
      return found.map(({ ids, ...row }) => ({ ...row, events: ids }));
    },

    async events(query: EventListQuery) {
      const params = new Params();
      const subject = query.subject ?? { kind: 'all' };
      const where = `${inRange(query, params)} AND ${subjectCondition(subject, params)}`;
      const types = params.add(query.types ?? null);
      const limit = params.add(query.limit ?? null);
      const matching = `${where} AND (${types}::text[] IS NULL OR e.type = ANY(${types}::text[]))`;
      // The latest are chosen by id first, so the summary's columns are computed for them alone.
      const found = await rows<SummaryRow>(
        query.latest && query.limit !== undefined
          ? `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
              WHERE e.id IN (SELECT e.id FROM events e WHERE ${matching}
                              ORDER BY e.date DESC, e.id DESC LIMIT ${limit}::bigint)
              ORDER BY e.date, e.id`
          : `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE ${matching}
              ORDER BY e.date, e.id LIMIT ${limit}::bigint`,
        params,
      );
      return found.map(toSummary);
    },

    async eventIds(subject, range, limit) {
      const params = new Params();
      const where = `${inRange(range, params)} AND ${subjectCondition(subject, params)}`;
      const found = await rows<{ id: string }>(
        `SELECT e.id FROM events e WHERE ${where}
          ORDER BY abs(e.intensity) DESC, e.id LIMIT ${params.add(limit)}::bigint`,
        params,
      );
      return found.map((r) => r.id);
    },

    async eventsByIds(ids) {
      if (ids.length === 0) return [];
      const params = new Params();
      const found = await rows<SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
          WHERE e.id = ANY(${params.add(ids)}::text[]) ORDER BY e.date, e.id`,
        params,
      );
      return found.map(toSummary);
    },

    async notable(range, limit) {
      const params = new Params();
      const where = inRange(range, params);
      const found = await rows<SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
          WHERE e.id IN (SELECT e.id FROM events e WHERE ${where} AND e.source <> ''
                          ORDER BY abs(e.intensity) DESC, e.mentions DESC, e.id
                          LIMIT ${params.add(limit)}::bigint)
          ORDER BY abs(e.intensity) DESC, e.mentions DESC, e.id`,
        params,
      );
      return found.map(toSummary);
    },

    async hasSubject(subject) {
      const params = new Params();
      const found = await rows(
        `SELECT 1 FROM events e WHERE ${subjectCondition(subject, params)} LIMIT 1`,
        params,
      );
      return found.length > 0;
    },

    async dateSpan() {
      const [row] = await rows<{ first: string | null; last: string | null }>(
        'SELECT min(date) AS first, max(date) AS last FROM events WHERE date IS NOT NULL',
        new Params(),
      );
      return row?.first && row.last ? { first: row.first, last: row.last } : null;
    },
  };
}

// AnalysisReader for the SQLite store: every figure is aggregated by SQL (GROUP BY day, json_each
// for counts), with bound parameters only. Fixed SQL fragments are chosen by subject kind.
import type { Database, Statement } from 'better-sqlite3';
import { eventSummary, type SummaryFields } from '../rows.js';
import { dyadCount, mapPoint, type DyadRow, type PointRow } from '../overview-rows.js';
import { EVENT_COLUMNS, filterClause } from './queries.js';
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
  EventOverview,
  OverviewLimits,
  EventSubject,
  EventSummary,
} from '../aggregates.js';

const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

/** Condition on `e` for a subject; its parameters are named @source/@target/@actor/@region. */
function subjectCondition(subject: EventSubject): string {
  switch (subject.kind) {
    case 'dyad':
      return 'e.source = @source AND e.target = @target';
    case 'actor':
      return '(e.source = @actor OR e.target = @actor)';
    case 'region':
      return `(json_extract(e.place, '$.admin1') = @region COLLATE NOCASE
               OR json_extract(e.place, '$.name') = @region COLLATE NOCASE)`;
    case 'all':
      return '1';
  }
}

function subjectParams(subject: EventSubject): Record<string, string> {
  switch (subject.kind) {
    case 'dyad':
      return { source: subject.source, target: subject.target };
    case 'actor':
      return { actor: subject.actor };
    case 'region':
      return { region: subject.region };
    case 'all':
      return {};
  }
}

function rangeParams(range: DateRange): { from: string; to: string } {
  return { from: range.from ?? FIRST_DAY, to: range.to ?? LAST_DAY };
}

const IN_RANGE = 'e.date IS NOT NULL AND e.date >= @from AND e.date <= @to';

/** The summary query's row: the fields `eventSummary` reads, with this store's types and the
 *  evidence and outlets as the query returns them. */
interface SummaryRow extends SummaryFields {
  negated: number;
  future: number;
  conditional: number;
  text: string | null;
  outlets: string | null;
}

// The first mention's sentence (its stored text; a document is sliced, by JavaScript offsets with
// js_slice from db.ts, only when the evidence is not a whole sentence), the trigger inside it, and the
// independent tellings: documents of one story (document_provenance.story) count once.
const SUMMARY_COLUMNS = `e.id, e.date, e.source, e.source_sector, e.target, e.target_sector, e.type,
  e.intensity, e.negated, e.future, e.conditional,
  CASE WHEN s.start = m.start AND s.end = m.end THEN s.text
       ELSE js_slice(d.text, m.start, m.end) END AS text,
  m.trigger_start - m.start AS trigger_start, m.trigger_end - m.start AS trigger_end,
  (SELECT COUNT(DISTINCT COALESCE(p.story, m2.doc)) FROM mentions m2
     LEFT JOIN document_provenance p ON p.doc = m2.doc WHERE m2.event = e.id) AS stories,
  (SELECT json_group_array(source) FROM (SELECT d3.source FROM mentions m3
     JOIN documents d3 ON d3.id = m3.doc WHERE m3.event = e.id AND d3.source != ''
     GROUP BY d3.source ORDER BY MIN(COALESCE(d3.published, '9999')), d3.source)) AS outlets`;
const SUMMARY_FROM = `events e JOIN mentions m ON m.id = e.first_mention JOIN documents d ON d.id = m.doc
  LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence`;

const toSummary = (row: SummaryRow): EventSummary =>
  eventSummary(row, row.text ?? '', row.outlets ? (JSON.parse(row.outlets) as string[]) : []);

/** Filter keys the overview reads the events table for directly (the date index answers them). */
const DATE_OR_PAGE = new Set(['from', 'to', 'limit', 'offset', 'mentions']);

/** The temporary table holding a filter's events while the overview groups them. */
const OVERVIEW_TABLE = 'temp.spiral_overview';

/**
 * The overview's six grouped queries over `table` (the events, or a filter's copy of them). At 1M
 * events: days group by `+t.date`, which keeps SQLite off events_date (a row read per event, 800
 * ms) and on the covering events_dyad_day (370 ms); regions read the JSON of each distinct place
 * once, not of each event (1,050 -> 610 ms).
 */
function overviewOf(
  from: { table: string; where: string; params: Record<string, unknown> },
  prepare: (sql: string) => Statement,
  limits: OverviewLimits,
): EventOverview {
  const { table, where, params } = from;
  const and = (condition: string): string =>
    where ? `${where} AND ${condition}` : `WHERE ${condition}`;
  const events = prepare(`SELECT COUNT(*) FROM ${table} t ${where}`).pluck().get(params) as number;
  const days = prepare(
    `SELECT t.date AS date, COUNT(*) AS events, SUM(t.intensity < 0) AS conflict,
            SUM(t.intensity > 0) AS cooperation
       FROM ${table} t ${and('+t.date IS NOT NULL')} GROUP BY +t.date ORDER BY date`,
  ).all(params) as DayCount[];
  const dyads = prepare(
    `SELECT a, b, COUNT(*) AS events,
            SUM(fwd AND intensity < 0) AS ab_conflict, SUM(fwd AND intensity > 0) AS ab_cooperation,
            SUM(NOT fwd AND intensity < 0) AS ba_conflict,
            SUM(NOT fwd AND intensity > 0) AS ba_cooperation
       FROM (SELECT MIN(t.source, t.target) AS a, MAX(t.source, t.target) AS b,
                    t.source < t.target AS fwd, t.intensity AS intensity
               FROM ${table} t ${and("t.source != '' AND t.target != '' AND t.source != t.target")})
      GROUP BY a, b ORDER BY events DESC, a, b LIMIT @top_dyads`,
  ).all({ ...params, top_dyads: limits.topDyads }) as DyadRow[];
  // All events: grouped on the JSON fields migration 007 indexes. A filter (dates, or a filter's
  // copy of the events) reads its events' JSON once per distinct place instead.
  const byPlace =
    table === 'events' && !where
      ? `SELECT COALESCE(json_extract(t.place, '$.country'), '') AS country,
                json_extract(t.place, '$.admin1') AS admin1, COUNT(*) AS n
           FROM events t WHERE t.place IS NOT NULL
          GROUP BY json_extract(t.place, '$.country'), json_extract(t.place, '$.admin1')`
      : `SELECT COALESCE(json_extract(place, '$.country'), '') AS country,
                json_extract(place, '$.admin1') AS admin1, n
           FROM (SELECT t.place AS place, COUNT(*) AS n FROM ${table} t
                  ${and('t.place IS NOT NULL')} GROUP BY t.place)`;
  const regions = prepare(
    `SELECT country, admin1, SUM(n) AS events FROM (${byPlace})
      WHERE admin1 IS NOT NULL AND admin1 != ''
      GROUP BY country, admin1 ORDER BY events DESC, country, admin1`,
  ).all(params) as AdminCount[];
  const types = prepare(
    `SELECT t.type AS type, COUNT(*) AS events FROM ${table} t ${where}
      GROUP BY t.type ORDER BY events DESC, t.type`,
  ).all(params) as Array<{ type: string; events: number }>;
  const points = prepare(
    `SELECT t.id AS id, t.date AS date, t.type AS type, t.place AS place
       FROM ${table} t ${and('t.place IS NOT NULL')}
      ORDER BY t.date NULLS LAST, t.id LIMIT @max_points`,
  ).all({ ...params, max_points: limits.maxPoints }) as PointRow[];
  return {
    events,
    days,
    dyads: dyads.map(dyadCount),
    regions,
    types,
    points: points.map(mapPoint),
  };
}

/** An AnalysisReader over an open Spiral SQLite database (its migrations applied). */
export function sqliteAnalysisReader(db: Database): AnalysisReader {
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };

  return {
    // One grouped query per chart. A filter other than dates (which the date index answers) is
    // evaluated once: its events' few columns are copied into a temporary table the charts then
    // group (six scans with the filter each took 17 s for a region at 1M events, 2.7 s this way;
    // without a filter the copy costs more than it saves: 3.3 s against 5.9 s).
    async overview(filter, limits) {
      const { sql: where, params } = filterClause(filter, EVENT_COLUMNS);
      const byDateOnly = Object.entries(filter).every(
        ([key, value]) => value === undefined || DATE_OR_PAGE.has(key),
      );
      if (byDateOnly) return overviewOf({ table: 'events', where, params }, prepared, limits);
      db.exec(`DROP TABLE IF EXISTS ${OVERVIEW_TABLE}`);
      db.prepare(
        `CREATE TEMP TABLE ${OVERVIEW_TABLE.slice('temp.'.length)} AS
           SELECT t.id, t.date, t.source, t.target, t.type, t.intensity, t.place
             FROM events t ${where}`,
      ).run(params);
      try {
        // Not cached: the table is made anew for each call.
        const copy = { table: OVERVIEW_TABLE, where: '', params: {} };
        return overviewOf(copy, (sql) => db.prepare(sql), limits);
      } finally {
        db.exec(`DROP TABLE IF EXISTS ${OVERVIEW_TABLE}`);
      }
    },

    async dayTypes(subject, range) {
      const sql = `SELECT e.date AS date, e.type AS type, COUNT(*) AS events,
          TOTAL(e.intensity) AS intensity, TOTAL(CASE WHEN e.intensity < 0 THEN -e.intensity ELSE 0 END) AS hostility
        FROM events e WHERE ${IN_RANGE} AND ${subjectCondition(subject)}
        GROUP BY e.date, e.type ORDER BY e.date, e.type`;
      return prepared(sql).all({
        ...rangeParams(range),
        ...subjectParams(subject),
      }) as DayTypeRow[];
    },

    // Both read the day tables the store keeps as it writes (migration 006): a range of days,
    // not every event of the range. `source > ''` skips unknown sources as a range on the key.
    async dyadDays(range) {
      const sql = `SELECT source, target, date, events, intensity / 100.0 AS intensity,
          hostility / 100.0 AS hostility
        FROM dyad_days WHERE date >= @from AND date <= @to AND source > '' AND target != ''
        ORDER BY source, target, date`;
      return prepared(sql).all(rangeParams(range)) as DyadDayRow[];
    },

    async counts(query: CountQuery) {
      const sql = `SELECT date, region, unit, period, MAX(value) AS value, json_group_array(event) AS ids
        FROM event_counts
        WHERE date >= @from AND date <= @to
          AND (@region IS NULL OR region = @region COLLATE NOCASE)
          AND (@unit IS NULL OR unit = @unit COLLATE NOCASE)
        GROUP BY date, region, unit, period ORDER BY region, unit, date, period`;
      const rows = prepared(sql).all({
        ...rangeParams(query),
        region: query.region ?? null,
        unit: query.unit ?? null,
      }) as Array<Omit<CountRow, 'events'> & { ids: string }>;
      return rows.map(({ ids, ...row }) => ({ ...row, events: JSON.parse(ids) as string[] }));
    },

    // The latest events are chosen by id in a subquery, so the summary's correlated columns
    // (tellings, outlets) are computed for the rows kept, not for every event sorted.
    async events(query: EventListQuery) {
      const subject = query.subject ?? { kind: 'all' };
      const where = `${IN_RANGE} AND ${subjectCondition(subject)}
          AND (@types IS NULL OR e.type IN (SELECT value FROM json_each(@types)))`;
      const sql =
        query.latest && query.limit !== undefined
          ? `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
              WHERE e.id IN (SELECT e.id FROM events e WHERE ${where}
                              ORDER BY e.date DESC, e.id DESC LIMIT @limit)
              ORDER BY e.date, e.id`
          : `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE ${where}
              ORDER BY e.date, e.id LIMIT @limit`;
      const rows = prepared(sql).all({
        ...rangeParams(query),
        ...subjectParams(subject),
        types: query.types ? JSON.stringify(query.types) : null,
        limit: query.limit ?? -1,
      }) as SummaryRow[];
      return rows.map(toSummary);
    },

    // The range alone (a NULL date fails it anyway): with "date IS NOT NULL" beside it SQLite
    // chose the target index over the dyad's, and the evidence of 6,500 spikes took 1.5 s.
    async eventIds(subject, range, limit) {
      const sql = `SELECT e.id FROM events e
        WHERE e.date >= @from AND e.date <= @to AND ${subjectCondition(subject)}
        ORDER BY ABS(e.intensity) DESC, e.id LIMIT @limit`;
      return prepared(sql)
        .pluck()
        .all({ ...rangeParams(range), ...subjectParams(subject), limit }) as string[];
    },

    async eventsByIds(ids) {
      if (ids.length === 0) return [];
      const sql = `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
        WHERE e.id IN (SELECT value FROM json_each(@ids)) ORDER BY e.date, e.id`;
      return (prepared(sql).all({ ids: JSON.stringify(ids) }) as SummaryRow[]).map(toSummary);
    },

    async notable(range, limit) {
      const sql = `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
        WHERE e.id IN (SELECT e.id FROM events e WHERE ${IN_RANGE} AND e.source != ''
                       ORDER BY ABS(e.intensity) DESC, e.mentions DESC, e.id LIMIT @limit)
        ORDER BY ABS(e.intensity) DESC, e.mentions DESC, e.id`;
      return (prepared(sql).all({ ...rangeParams(range), limit }) as SummaryRow[]).map(toSummary);
    },

    async hasSubject(subject) {
      const sql = `SELECT 1 FROM events e WHERE ${subjectCondition(subject)} LIMIT 1`;
      return prepared(sql).get(subjectParams(subject)) !== undefined;
    },

    // SQLite's data_version: it changes when another connection commits (this one's own
    // commits leave it as it is).
    async version() {
      return String(db.pragma('data_version', { simple: true }));
    },

    async dateSpan() {
      const row = prepared(
        `SELECT MIN(date) AS first, MAX(date) AS last FROM events WHERE date IS NOT NULL`,
      ).get() as { first: string | null; last: string | null };
      return row.first && row.last ? { first: row.first, last: row.last } : null;
    },
  };
}

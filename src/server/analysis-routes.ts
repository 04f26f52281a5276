// /api/series, /api/spikes, /api/positions, /api/brief: the analysis functions over the Store's
// aggregates (store.analysis), the same calls the CLI's commands make.
import type { Hono } from 'hono';
import type { BucketSize } from '../analysis/dates.js';
import { findPositions, findSpikes, makeBrief } from '../analysis/gather.js';
import { loadPositionRules, type PositionRules } from '../analysis/position-rules.js';
import { bucketCounts, dailyCounts, eventSeries } from '../analysis/series.js';
import type { AnalysisReader, EventSubject } from '../store/aggregates.js';
import type { Store } from '../store/index.js';
import { ApiError, parseOr400 } from './errors.js';
import {
  BriefQuery,
  DEFAULT_POSITIONS,
  DEFAULT_SPIKE_EVIDENCE,
  DEFAULT_SPIKES,
  PositionsQuery,
  SeriesQuery,
  SpikesQuery,
} from './schemas.js';

/** The range asked for, filled from the store's first and last event dates. */
async function rangeOf(
  reader: AnalysisReader,
  from: string | undefined,
  to: string | undefined,
): Promise<{ from: string; to: string }> {
  const span = await reader.dateSpan();
  if (!span) throw new ApiError(404, 'EMPTY', 'the store has no dated events');
  const range = { from: from ?? span.first, to: to ?? span.last };
  if (range.from > range.to) {
    throw new ApiError(
      400,
      'BAD_REQUEST',
      `empty range: "from" ${range.from} is after "to" ${range.to}`,
    );
  }
  return range;
}

function subjectOf(q: { dyad?: string; actor?: string; region?: string }): {
  subject: EventSubject;
  name: string;
} {
  if (q.dyad) {
    const [source, target] = q.dyad.toUpperCase().split('-') as [string, string];
    return { subject: { kind: 'dyad', source, target }, name: `${source}-${target}` };
  }
  if (q.actor)
    return {
      subject: { kind: 'actor', actor: q.actor.toUpperCase() },
      name: q.actor.toUpperCase(),
    };
  if (q.region) return { subject: { kind: 'region', region: q.region }, name: q.region };
  return { subject: { kind: 'all' }, name: 'all' };
}

export function addAnalysisRoutes(app: Hono, store: Store): void {
  const reader = (): AnalysisReader => store.analysis;
  let rules: PositionRules | undefined;
  const positionRules = (): PositionRules => (rules ??= loadPositionRules());
  const query = (c: { req: { query(): Record<string, string> } }) => c.req.query();

  app.get('/api/series', async (c) => {
    const q = parseOr400(SeriesQuery, query(c), 'query');
    const { subject, name } = subjectOf(q);
    const range = await rangeOf(reader(), q.from, q.to);
    const by: BucketSize = q.by ?? 'day';
    const series = eventSeries(name, await reader().dayTypes(subject, range), { ...range, by });
    const counts =
      subject.kind === 'region'
        ? dailyCounts(
            await reader().counts({ ...range, region: subject.region }),
            range.from,
            range.to,
          ).map((s) => ({ unit: s.unit, buckets: bucketCounts(s, by) }))
        : [];
    return c.json({ subject: name, by, ...range, series, counts });
  });

  app.get('/api/spikes', async (c) => {
    const q = parseOr400(SpikesQuery, query(c), 'query');
    const range = await rangeOf(reader(), q.from, q.to);
    const result = await findSpikes(reader(), range, undefined, q.subject, {
      limit: q.limit ?? DEFAULT_SPIKES,
      evidence: q.evidence ?? DEFAULT_SPIKE_EVIDENCE,
    });
    return c.json({
      ...range,
      spikes: result.spikes,
      total: result.total,
      tested: result.tested,
    });
  });

  app.get('/api/positions', async (c) => {
    const q = parseOr400(PositionsQuery, query(c), 'query');
    const range = await rangeOf(reader(), q.from, q.to);
    const limit = q.limit ?? DEFAULT_POSITIONS;
    const positions = await findPositions(reader(), range, positionRules(), limit);
    return c.json({ ...range, limit, positions });
  });

  app.get('/api/brief', async (c) => {
    const q = parseOr400(BriefQuery, query(c), 'query');
    const span = await reader().dateSpan();
    if (!span) throw new ApiError(404, 'EMPTY', 'the store has no dated events');
    const date = q.date ?? span.last;
    if (date < span.first) {
      throw new ApiError(
        400,
        'BAD_REQUEST',
        `query "date": ${date} is before the first event (${span.first})`,
      );
    }
    return c.json(await makeBrief(reader(), date, q.days ?? 1, positionRules()));
  });
}

// The one module of analysis that reads a store: through the AnalysisReader interface (async,
// aggregated by the store), it gathers what the pure functions need. The CLI and a server both
// call these, so neither imports the other.
import type { AnalysisReader, DayTypeRow, DyadDayRow, EventSummary } from '../store/aggregates.js';
import { briefPeriods, buildBrief, citedIds, topDyads, type Brief } from './brief.js';
import { addDays } from './dates.js';
import type { PositionRules } from './position-rules.js';
import { isDemand, pairPositions, type Position } from './positions.js';
import { scanSpikes, type ScanResult } from './scan.js';
import { dailyCounts } from './series.js';
import { DEFAULT_SPIKE_OPTIONS, type Spike, type SpikeOptions } from './spikes.js';

const TOP_DYADS = 5;
const NOTABLE = 8;
const MAX_EVIDENCE = 200;

/** The events behind each dyad spike, most intense first (count spikes carry their reports already). */
export async function attachSpikeEvidence(
  reader: AnalysisReader,
  spikes: Spike[],
  limit = 20,
): Promise<void> {
  for (const spike of spikes) {
    if (spike.events.length > 0 || spike.kind === 'count') continue;
    const [source, target] = spike.subject.split('-') as [string, string];
    spike.events = await reader.eventIds(
      { kind: 'dyad', source, target },
      { from: spike.date, to: spike.date },
      limit,
    );
  }
}

const DYAD = /^([A-Za-z][A-Za-z0-9]{1,9})-([A-Za-z][A-Za-z0-9]{1,9})$/;

/**
 * The dyad a subject names, when it is one the store knows: "Ivano-Frankivsk" has the shape of
 * a dyad too, so the shape alone does not decide.
 */
export async function knownDyad(
  reader: AnalysisReader,
  name: string,
): Promise<{ kind: 'dyad'; source: string; target: string } | null> {
  const match = DYAD.exec(name);
  if (!match) return null;
  const subject = {
    kind: 'dyad' as const,
    source: match[1]!.toUpperCase(),
    target: match[2]!.toUpperCase(),
  };
  return (await reader.hasSubject(subject)) ? subject : null;
}

/** One dyad's day rows from its day-and-type rows. */
function dyadDaysOf(rows: DayTypeRow[], source: string, target: string): DyadDayRow[] {
  const byDate = new Map<string, DyadDayRow>();
  for (const r of rows) {
    let day = byDate.get(r.date);
    if (!day)
      byDate.set(
        r.date,
        (day = { source, target, date: r.date, events: 0, intensity: 0, hostility: 0 }),
      );
    day.events += r.events;
    day.intensity += r.intensity;
    day.hostility += r.hostility;
  }
  return [...byDate.values()];
}

/** Which spikes a caller wants, and how much of their evidence. */
export interface SpikeSelection {
  /**
   * Only the `limit` most significant spikes (lowest p; then latest, then by subject), still in
   * the scan's order. Unset: every spike.
   */
  limit?: number;
  /**
   * Event ids per spike: a dyad spike's are looked up (most intense first), a count spike's
   * reports cut to this many. Unset: 20 looked up, a count's reports all kept.
   */
  evidence?: number;
}

/** The most significant spikes first: lowest p, then the latest day, then by subject. */
function bySignificance(a: Spike, b: Spike): number {
  return a.p - b.p || b.date.localeCompare(a.date) || a.subject.localeCompare(b.subject);
}

/**
 * Spikes dated from `from` to `to`, with `total` the number found before `select.limit`.
 * Baselines reach back window + guard days before `from`, but not before the store's first
 * event: days before it are unknown, not quiet.
 */
export async function findSpikes(
  reader: AnalysisReader,
  range: { from: string; to: string },
  options: SpikeOptions = DEFAULT_SPIKE_OPTIONS,
  subject?: string,
  select: SpikeSelection = {},
): Promise<ScanResult & { total: number }> {
  const first = (await reader.dateSpan())?.first ?? range.from;
  const back = addDays(range.from, -(options.window + options.guard));
  const load = { from: back < first ? first : back, to: range.to };
  // One subject reads only its own rows: a dyad's days, or a region's counts.
  const dyad = subject ? await knownDyad(reader, subject) : null;
  const dyadDays = dyad
    ? dyadDaysOf(await reader.dayTypes(dyad, load), dyad.source, dyad.target)
    : subject
      ? []
      : await reader.dyadDays(load);
  const countRows = dyad ? [] : await reader.counts(subject ? { ...load, region: subject } : load);
  const result = scanSpikes({
    dyadDays,
    counts: dailyCounts(countRows, load.from, load.to),
    ...load,
    since: range.from,
    options,
    subject: dyad ? `${dyad.source}-${dyad.target}` : subject,
  });
  const total = result.spikes.length;
  if (select.limit !== undefined && total > select.limit) {
    // The evidence is looked up for the spikes kept only: at 100,000 events there are 6,600.
    const kept = new Set(result.spikes.slice().sort(bySignificance).slice(0, select.limit));
    result.spikes = result.spikes.filter((s) => kept.has(s));
  }
  const evidence = select.evidence ?? 20;
  if (select.evidence !== undefined) {
    for (const spike of result.spikes) spike.events = spike.events.slice(0, evidence);
  }
  if (evidence > 0) await attachSpikeEvidence(reader, result.spikes, evidence);
  return { ...result, total };
}

/**
 * The last `limit` demands of the range, in date order. The store gives the latest REQUEST
 * events; negated or one-sided ones are no demands, so more are asked for until enough remain.
 */
async function latestDemands(
  reader: AnalysisReader,
  range: { from: string; to: string },
  limit: number,
): Promise<EventSummary[]> {
  for (let ask = limit; ; ask *= 4) {
    const found = await reader.events({ ...range, types: ['REQUEST'], limit: ask, latest: true });
    const demands = found.filter(isDemand);
    if (demands.length >= limit || found.length < ask) return demands.slice(-limit);
  }
}

/**
 * Demands made in the range, with replies up to the rules' window after its end; with `limit`,
 * only the latest `limit` demands (replies are then read from the first of them on).
 */
export async function findPositions(
  reader: AnalysisReader,
  range: { from: string; to: string },
  rules: PositionRules,
  limit?: number,
): Promise<Position[]> {
  const demands =
    limit === undefined
      ? await reader.events({ ...range, types: ['REQUEST'] })
      : await latestDemands(reader, range, limit);
  if (limit !== undefined && demands.length === 0) return [];
  const replyTypes = [...new Set(rules.replies.map((r) => r.type))];
  const candidates = await reader.events({
    from: limit === undefined ? range.from : demands[0]!.date!,
    to: addDays(range.to, rules.window_days),
    types: replyTypes,
  });
  return pairPositions(demands, candidates, rules);
}

/** The brief of the `days` days ending on `date`: only they, the days before and the spike baselines are read. */
export async function makeBrief(
  reader: AnalysisReader,
  date: string,
  days: number,
  rules: PositionRules,
): Promise<Brief> {
  const periods = briefPeriods(date, days);
  const options = DEFAULT_SPIKE_OPTIONS;
  const first = (await reader.dateSpan())?.first ?? date;
  const back = addDays(periods.period.from, -(options.window + options.guard));
  const load = { from: back < first ? first : back, to: date };
  const dyadDays = await reader.dyadDays(load);
  const counts = dailyCounts(await reader.counts(load), load.from, load.to);
  const { spikes, tooShort } = scanSpikes({
    dyadDays,
    counts,
    ...load,
    since: periods.period.from,
    options,
  });
  await attachSpikeEvidence(reader, spikes, 5);
  const dyadEvidence = new Map<string, string[]>();
  for (const t of topDyads(dyadDays, periods, TOP_DYADS)) {
    const [source, target] = t.dyad.split('-') as [string, string];
    dyadEvidence.set(
      t.dyad,
      await reader.eventIds({ kind: 'dyad', source, target }, periods.period, 5),
    );
  }
  const positions = await findPositions(
    reader,
    { from: addDays(date, -rules.window_days), to: date },
    rules,
  );
  const brief = buildBrief({
    date,
    days,
    spikes,
    dyadDays,
    dyadEvidence,
    positions,
    notable: await reader.notable(periods.period, NOTABLE),
    counts,
    evidence: [],
    topDyads: TOP_DYADS,
    untested: tooShort.length,
  });
  brief.evidence = await reader.eventsByIds(citedIds(brief.sections).slice(0, MAX_EVIDENCE));
  return brief;
}

// The daily brief as data: what happened in the period and what changed against the period
// before. Every claim carries the ids of the events it rests on; renderers (brief-render.ts)
// turn it into Markdown or HTML. Pure: the CLI gathers the inputs from the store.
import type { DyadDayRow, EventSummary } from '../store/aggregates.js';
import { addDays } from './dates.js';
import type { Position } from './positions.js';
import type { CountSeries } from './series.js';
import type { Spike } from './spikes.js';

export interface Claim {
  text: string;
  events: string[];
}

export interface BriefSection {
  title: string;
  /** Said when the section has no claims. */
  empty: string;
  /** A caveat shown under the claims. */
  note?: string;
  claims: Claim[];
}

export interface Brief {
  date: string;
  days: number;
  period: { from: string; to: string };
  previous: { from: string; to: string };
  sections: BriefSection[];
  /** Every cited event, for the evidence list. */
  evidence: EventSummary[];
}

export function briefPeriods(date: string, days: number): Pick<Brief, 'period' | 'previous'> {
  const from = addDays(date, -(days - 1));
  return {
    period: { from, to: date },
    previous: { from: addDays(from, -days), to: addDays(from, -1) },
  };
}

export interface BriefInput {
  date: string;
  days: number;
  spikes: Spike[];
  /** Dyad days over the period and the previous one. */
  dyadDays: DyadDayRow[];
  /** The most telling event ids of each active dyad in the period (`A-B` → ids). */
  dyadEvidence: Map<string, string[]>;
  positions: Position[];
  notable: EventSummary[];
  counts: CountSeries[];
  /** Summaries of every event id cited (the renderers list them). */
  evidence: EventSummary[];
  /** How many dyads to list. */
  topDyads?: number;
  /** Series that had too few baseline days to be tested for spikes. */
  untested?: number;
}

function percent(now: number, before: number): string {
  if (before === 0) return now === 0 ? 'no change' : 'new';
  const change = Math.round(((now - before) / before) * 100);
  return `${change >= 0 ? '+' : ''}${change} %`;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

function label(days: number): string {
  return days === 1 ? 'the day before' : `the previous ${days} days`;
}

function spikeClaims(spikes: Spike[]): Claim[] {
  return spikes.map((s) => {
    const what =
      s.kind === 'count'
        ? `${s.subject}: ${fmt(s.value)} ${s.unit}${s.days > 1 ? ` a day over ${s.days} days` : ''}`
        : s.kind === 'events'
          ? `${s.subject.replace('-', '→')}: ${fmt(s.value)} events`
          : `${s.subject.replace('-', '→')}: hostility ${fmt(s.value)}`;
    return {
      text: `${s.date} ${what}, against a baseline of ${fmt(s.baseline)} a day (p ${s.p < 0.001 ? '< 0.001' : s.p.toFixed(3)})`,
      events: s.events,
    };
  });
}

export interface DyadTotal {
  dyad: string;
  now: number;
  before: number;
  hostility: number;
}

/** The dyads with most events in the period, with their previous-period counts. */
export function topDyads(
  rows: DyadDayRow[],
  periods: Pick<Brief, 'period' | 'previous'>,
  n: number,
): DyadTotal[] {
  const totals = new Map<string, DyadTotal>();
  for (const row of rows) {
    const dyad = `${row.source}-${row.target}`;
    let t = totals.get(dyad);
    if (!t) totals.set(dyad, (t = { dyad, now: 0, before: 0, hostility: 0 }));
    if (row.date >= periods.period.from && row.date <= periods.period.to) {
      t.now += row.events;
      t.hostility += row.hostility;
    } else if (row.date >= periods.previous.from && row.date <= periods.previous.to) {
      t.before += row.events;
    }
  }
  return [...totals.values()]
    .filter((t) => t.now > 0)
    .sort((a, b) => b.now - a.now || b.hostility - a.hostility || a.dyad.localeCompare(b.dyad))
    .slice(0, n);
}

function dyadClaims(input: BriefInput, periods: Pick<Brief, 'period' | 'previous'>): Claim[] {
  return topDyads(input.dyadDays, periods, input.topDyads ?? 5).map((t) => ({
    text: `${t.dyad.replace('-', '→')}: ${t.now} event${t.now === 1 ? '' : 's'} (${label(input.days)}: ${t.before}, ${percent(t.now, t.before)}), hostility ${fmt(t.hostility)}`,
    events: input.dyadEvidence.get(t.dyad) ?? [],
  }));
}

function positionClaims(positions: Position[], period: { from: string; to: string }): Claim[] {
  const inPeriod = (date: string | null): boolean =>
    !!date && date >= period.from && date <= period.to;
  const claims: Claim[] = [];
  for (const p of positions) {
    if (inPeriod(p.date)) {
      claims.push({
        text: `New demand, ${p.source} to ${p.target}: "${p.demand}" (${p.status})`,
        events: p.events,
      });
    }
    for (const r of p.replies.filter((x) => inPeriod(x.date))) {
      claims.push({
        text: `${r.source} ${r.means === 'reject' ? 'rejects' : r.means === 'concede' ? 'concedes' : 'offers talks on'} ${p.source}'s demand "${p.demand}" (${r.type}; demand now ${p.status})`,
        events: [r.event, ...p.events],
      });
    }
  }
  return claims;
}

function notableClaims(events: EventSummary[]): Claim[] {
  return events.map((e) => ({
    text: `${e.date} ${e.source || '?'}→${e.target || '?'} ${e.type}: "${e.text.trim()}" (${e.outlets.join(', ') || 'no outlet'}; ${e.stories} independent ${e.stories === 1 ? 'telling' : 'tellings'})`,
    events: [e.id],
  }));
}

function countClaims(
  series: CountSeries[],
  periods: Pick<Brief, 'period' | 'previous'>,
  days: number,
): Claim[] {
  const claims: Claim[] = [];
  for (const s of series) {
    if (!s.region) continue;
    const within = (from: string, to: string) =>
      s.days.filter((d) => d.reported && d.date >= from && d.date <= to);
    const now = within(periods.period.from, periods.period.to);
    if (now.length === 0) continue;
    const before = within(periods.previous.from, periods.previous.to);
    const perDay = (ds: typeof now): number => ds.reduce((a, d) => a + d.value, 0) / ds.length;
    const then = before.length
      ? `${fmt(perDay(before))} a day ${label(days)} (${percent(perDay(now), perDay(before))})`
      : `no report ${label(days)}`;
    claims.push({
      text: `${s.region}, ${s.unit}: ${fmt(perDay(now))} a day, against ${then}`,
      events: [...new Set([...now, ...before].flatMap((d) => d.events))],
    });
  }
  return claims;
}

export function buildBrief(input: BriefInput): Brief {
  const periods = briefPeriods(input.date, input.days);
  return {
    date: input.date,
    days: input.days,
    ...periods,
    sections: [
      {
        title: 'Spikes',
        empty: 'No value stood above its baseline.',
        claims: spikeClaims(input.spikes),
        ...(input.untested
          ? {
              note: `${input.untested} series had too few days of baseline to be tested (see spiral spikes).`,
            }
          : {}),
      },
      {
        title: 'Most active dyads',
        empty: 'No events between known actors.',
        claims: dyadClaims(input, periods),
      },
      {
        title: 'Demands and replies',
        empty: 'No new demand or reply.',
        claims: positionClaims(input.positions, periods.period),
      },
      { title: 'Notable events', empty: 'No events.', claims: notableClaims(input.notable) },
      {
        title: 'Counts by region',
        empty: 'No reported counts.',
        claims: countClaims(input.counts, periods, input.days),
      },
    ],
    evidence: input.evidence,
  };
}

/** Every event id a brief cites, in order of first citation. */
export function citedIds(sections: BriefSection[]): string[] {
  return [...new Set(sections.flatMap((s) => s.claims.flatMap((c) => c.events)))];
}

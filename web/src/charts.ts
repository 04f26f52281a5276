// Timeline and dyad chart, drawn with Observable Plot.
import * as Plot from '@observablehq/plot';
import type { Overview } from './api.js';

const TONE_COLORS = {
  domain: ['conflict', 'neutral', 'cooperation'],
  range: ['#c0392b', '#a0a7ad', '#2e7d5b'],
};

/** Events per day, split by tone; `spikes` (days) are marked when analysis supplies them. */
export function drawTimeline(
  days: Overview['days'],
  width: number,
  spikes: string[] = [],
): Element {
  const rows = days.flatMap((d) => {
    const date = new Date(`${d.date}T00:00:00Z`);
    return [
      { date, tone: 'conflict', n: d.conflict },
      { date, tone: 'neutral', n: d.events - d.conflict - d.cooperation },
      { date, tone: 'cooperation', n: d.cooperation },
    ].filter((r) => r.n > 0);
  });
  const spikeDates = spikes.map((s) => new Date(`${s}T00:00:00Z`));
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 40,
    x: { type: 'utc', label: null },
    y: { label: 'events', grid: true },
    color: { ...TONE_COLORS, legend: true },
    marks: [
      Plot.rectY(rows, {
        x: 'date',
        y: 'n',
        fill: 'tone',
        interval: 'day',
        title: (r: { n: number; tone: string }) => `${r.n} ${r.tone}`,
      }),
      Plot.ruleX(spikeDates, { stroke: '#000', strokeDasharray: '3,3' }),
      Plot.ruleY([0]),
    ],
  });
}

/** Conflict to the left, cooperation to the right, each dyad in both directions. */
export function drawDyads(dyads: Overview['dyads'], width: number): Element {
  const rows = dyads.flatMap((d) => [
    { label: `${d.a} → ${d.b}`, tone: 'conflict', n: -d.ab.conflict },
    { label: `${d.a} → ${d.b}`, tone: 'cooperation', n: d.ab.cooperation },
    { label: `${d.b} → ${d.a}`, tone: 'conflict', n: -d.ba.conflict },
    { label: `${d.b} → ${d.a}`, tone: 'cooperation', n: d.ba.cooperation },
  ]);
  const labels = [...new Set(rows.map((r) => r.label))];
  return Plot.plot({
    width,
    height: Math.max(120, labels.length * 22 + 50),
    marginLeft: 110,
    x: {
      label: '← conflict · events · cooperation →',
      grid: true,
      tickFormat: (v: number) => String(Math.abs(v)),
    },
    y: { domain: labels, label: null },
    color: TONE_COLORS,
    marks: [
      Plot.barX(rows, {
        x: 'n',
        y: 'label',
        fill: 'tone',
        title: (r: { n: number; tone: string }) => `${Math.abs(r.n)} ${r.tone}`,
      }),
      Plot.ruleX([0]),
    ],
  });
}

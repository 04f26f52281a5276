// Timeline and dyad chart, drawn with Observable Plot.
import * as Plot from '@observablehq/plot';
import type { Overview } from './api.js';

const TONE_COLORS = {
  domain: ['conflict', 'neutral', 'cooperation'],
  range: ['#c0392b', '#a0a7ad', '#2e7d5b'],
};

/** Events per day, split by tone (spike days are marked later, by markSpikes). */
export function drawTimeline(days: Overview['days'], width: number): Element & Plot.Plot {
  const rows = days.flatMap((d) => {
    const date = new Date(`${d.date}T00:00:00Z`);
    return [
      { date, tone: 'conflict', n: d.conflict },
      { date, tone: 'neutral', n: d.events - d.conflict - d.cooperation },
      { date, tone: 'cooperation', n: d.cooperation },
    ].filter((r) => r.n > 0);
  });
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
      Plot.ruleY([0]),
    ],
  });
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Marks spike days on a timeline already drawn, with its own x scale: the spikes come after the
 * chart (the server computes them last), and drawing the whole timeline again for them took
 * longer than the marks themselves. Days outside the chart's domain are left out.
 */
export function markSpikes(chart: Element & Partial<Plot.Plot>, days: string[]): void {
  const x = chart.scale?.('x');
  const y = chart.scale?.('y');
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
  if (!x?.apply || !y?.range || !svg) return;
  const [bottom, top] = y.range as [number, number];
  const [left, right] = (x.range ?? [0, Infinity]) as [number, number];
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('data-mark', 'spikes');
  for (const day of days) {
    const at = x.apply(new Date(`${day}T00:00:00Z`)) as number;
    if (!Number.isFinite(at) || at < left || at > right) continue;
    const line = document.createElementNS(SVG, 'line');
    for (const [name, value] of Object.entries({
      x1: at,
      x2: at,
      y1: bottom,
      y2: top,
      stroke: '#000',
      'stroke-dasharray': '3,3',
    })) {
      line.setAttribute(name, String(value));
    }
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `spike ${day}`;
    line.appendChild(title);
    group.appendChild(line);
  }
  svg.appendChild(group);
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

import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../store/aggregates.js';
import { briefPeriods, buildBrief, citedIds, type BriefInput } from './brief.js';
import { briefHtml, briefMarkdown, escapeHtml } from './brief-render.js';

const evil = '<script>alert("x")</script> & \'quoted\'';

function summary(id: string, text: string): EventSummary {
  return {
    id,
    date: '2022-02-16',
    source: 'AAA',
    source_sector: '',
    target: 'BBB',
    target_sector: '',
    type: 'ASSAULT',
    intensity: -10,
    negated: false,
    future: false,
    conditional: false,
    text,
    trigger: null,
    stories: 2,
    outlets: ['Wire <b>', 'Daily'],
  };
}

function input(): BriefInput {
  return {
    date: '2022-02-16',
    days: 1,
    spikes: [
      {
        subject: 'Donetsk',
        kind: 'count',
        unit: 'ceasefire violations',
        date: '2022-02-16',
        value: 189,
        baseline: 30.5,
        p: 0.0001,
        days: 1,
        baseline_days: 20,
        method: 'negative-binomial',
        events: ['e1'],
      },
    ],
    dyadDays: [
      {
        source: 'AAA',
        target: 'BBB',
        date: '2022-02-16',
        events: 6,
        intensity: -30,
        hostility: 30,
      },
      { source: 'AAA', target: 'BBB', date: '2022-02-15', events: 2, intensity: -5, hostility: 5 },
      { source: 'CCC', target: 'AAA', date: '2022-02-16', events: 1, intensity: 1, hostility: 0 },
      { source: 'CCC', target: 'DDD', date: '2022-02-15', events: 9, intensity: 1, hostility: 0 },
    ],
    dyadEvidence: new Map([['AAA-BBB', ['e2', 'e3']]]),
    positions: [
      {
        id: 'e4',
        date: '2022-02-10',
        source: 'BBB',
        target: 'AAA',
        demand: 'halt the shelling',
        events: ['e4'],
        replies: [
          {
            date: '2022-02-16',
            source: 'AAA',
            type: 'REJECT',
            event: 'e5',
            means: 'reject',
            linked_by: 'topic:shell',
            text: '',
          },
        ],
        status: 'rejected',
      },
    ],
    notable: [summary('e2', evil)],
    counts: [
      {
        region: 'Donetsk',
        unit: 'ceasefire violations',
        days: [
          {
            date: '2022-02-15',
            value: 24,
            reported: true,
            period: { start: '2022-02-15', days: 1 },
            basis: 'current',
            events: ['e0'],
          },
          {
            date: '2022-02-16',
            value: 189,
            reported: true,
            period: { start: '2022-02-16', days: 1 },
            basis: 'current',
            events: ['e1'],
          },
        ],
      },
    ],
    evidence: [summary('e2', evil)],
    untested: 3,
  };
}

describe('buildBrief', () => {
  it('periods: the day and the day before; N days and the N before', () => {
    expect(briefPeriods('2022-02-16', 1)).toEqual({
      period: { from: '2022-02-16', to: '2022-02-16' },
      previous: { from: '2022-02-15', to: '2022-02-15' },
    });
    expect(briefPeriods('2022-02-16', 7).previous).toEqual({
      from: '2022-02-03',
      to: '2022-02-09',
    });
  });

  it('makes each claim with the ids behind it', () => {
    const brief = buildBrief(input());
    const [spikes, dyads, positions, notable, counts] = brief.sections;
    expect(spikes!.claims).toEqual([
      {
        text: '2022-02-16 Donetsk: 189 ceasefire violations, against a baseline of 30.5 a day (p < 0.001)',
        events: ['e1'],
      },
    ]);
    expect(spikes!.note).toMatch(/3 series had too few days/);
    // CCC→DDD was active only the day before: not in the day's list
    expect(dyads!.claims.map((c) => c.text)).toEqual([
      'AAA→BBB: 6 events (the day before: 2, +200 %), hostility 30',
      'CCC→AAA: 1 event (the day before: 0, new), hostility 0',
    ]);
    expect(dyads!.claims[0]!.events).toEqual(['e2', 'e3']);
    expect(positions!.claims).toEqual([
      {
        text: 'AAA rejects BBB\'s demand "halt the shelling" (REJECT; demand now rejected)',
        events: ['e5', 'e4'],
      },
    ]);
    expect(notable!.claims[0]!.events).toEqual(['e2']);
    expect(counts!.claims).toEqual([
      {
        text: 'Donetsk, ceasefire violations: 189 a day, against 24 a day the day before (+688 %)',
        events: ['e1', 'e0'],
      },
    ]);
    expect(citedIds(brief.sections)).toEqual(['e1', 'e2', 'e3', 'e5', 'e4', 'e0']);
  });
});

describe('rendering', () => {
  it('Markdown names the ids and lists the evidence', () => {
    const lines = briefMarkdown(buildBrief(input()));
    expect(lines[0]).toBe('# Brief for 2022-02-16');
    expect(lines).toContain(
      '- AAA→BBB: 6 events (the day before: 2, +200 %), hostility 30 [`e2`, `e3`]',
    );
    expect(lines.some((l) => l.startsWith('- `e2` 2022-02-16 AAA→BBB ASSAULT'))).toBe(true);
    // stored text cannot open an HTML tag or a link in Markdown
    expect(lines.join('\n')).not.toContain('<script>');
  });

  it('HTML is self-contained, escapes every stored string and links ids to their evidence', () => {
    const html = briefHtml(buildBrief(input()));
    expect(html).not.toContain('<script>');
    expect(html).toContain(escapeHtml(evil));
    expect(html).toContain('Wire &lt;b&gt;');
    expect(html).toContain('<a href="#ev-e2">e2</a>');
    expect(html).toContain('<li id="ev-e2">');
    // an id without listed evidence is shown, not linked
    expect(html).toContain('<code>e3</code>');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });
});

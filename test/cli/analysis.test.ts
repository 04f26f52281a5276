// The analysis commands on a small generated store: output shapes (DESIGN.md Contracts) and
// clear errors for an unknown dyad, an empty range and a baseline too short to test.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/sqlite/db.js';
import { generateAnalysisStore } from '../../src/bench/analysis-store.js';
import { spiral, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;
let tiny: string;

beforeAll(() => {
  tmp = tempDir('spiral-analysis-');
  db = path.join(tmp.dir, 'store.db');
  const handle = openDatabase(db);
  generateAnalysisStore(handle, { events: 6000, seed: 2, start: '2022-01-01', days: 150 });
  handle.close();
  tiny = path.join(tmp.dir, 'tiny.db');
  const small = openDatabase(tiny);
  generateAnalysisStore(small, { events: 300, seed: 3, start: '2022-01-01', days: 4 });
  small.close();
});

afterAll(() => tmp.cleanup());

const jsonl = (out: string): Array<Record<string, unknown>> =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('spiral series', () => {
  it('prints one bucket per line, empty buckets as zero rows', () => {
    const r = spiral([
      'series',
      '--db',
      db,
      '--dyad',
      'AAA-BBB',
      '--by',
      'week',
      '--format',
      'jsonl',
    ]);
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.length).toBeGreaterThanOrEqual(21);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['subject', 'date', 'events', 'conflict', 'cooperation', 'intensity']),
    );
    expect(rows[0]!.subject).toBe('AAA-BBB');
    const quiet = spiral([
      'series',
      '--db',
      db,
      '--dyad',
      'AAA-BBB',
      '--from',
      '2023-06-01',
      '--to',
      '2023-06-03',
      '--format',
      'jsonl',
    ]);
    expect(jsonl(quiet.stdout).map((x) => x.events)).toEqual([0, 0, 0]);
  });

  it("gives a region's counts with unit and per-day value", () => {
    const r = spiral(['series', '--db', db, '--region', 'North', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const reported = jsonl(r.stdout).filter((x) => (x.days_reported as number) > 0);
    expect(reported.length).toBeGreaterThan(0);
    expect(reported[0]).toMatchObject({ unit: 'ceasefire violations' });
  });

  it('refuses an unknown dyad and an empty range with one line', () => {
    const unknown = spiral(['series', '--db', db, '--dyad', 'AAA-ZZZ']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      'spiral: E_UNKNOWN_SUBJECT: no events for dyad AAA-ZZZ in this store',
    );
    const empty = spiral([
      'series',
      '--db',
      db,
      '--dyad',
      'AAA-BBB',
      '--from',
      '2022-03-01',
      '--to',
      '2022-02-01',
    ]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^spiral: E_RANGE: empty range/);
  });
});

describe('spiral spikes', () => {
  it('prints flagged values with subject, date, value, baseline, p, kind and events', () => {
    const r = spiral(['spikes', '--db', db, '--format', 'jsonl', '--alpha', '0.05']);
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['subject', 'date', 'value', 'baseline', 'p', 'kind', 'events']),
      );
      expect(row.p as number).toBeLessThan(0.05);
      expect((row.events as string[]).length).toBeGreaterThan(0);
    }
  });

  it('says when a subject has too few points for a baseline', () => {
    const r = spiral(['spikes', '--db', tiny, '--subject', 'AAA-BBB']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^spiral: E_SHORT_BASELINE: AAA-BBB: too few points for a baseline/,
    );
  });
});

describe('spiral reciprocity, forecast, positions, brief', () => {
  it('reciprocity gives coefficients, Granger tests and a sentence per direction', () => {
    const r = spiral([
      'reciprocity',
      '--db',
      db,
      '--dyad',
      'AAA-BBB',
      '--by',
      'day',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const fit = JSON.parse(r.stdout) as { sentences: string[]; granger: Array<{ p: number }> };
    expect(fit.sentences.length).toBeGreaterThanOrEqual(2);
    expect(fit.granger).toHaveLength(2);
    const short = spiral(['reciprocity', '--db', tiny, '--dyad', 'AAA-BBB']);
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/E_RECIPROCITY: AAA-BBB: too few points/);
  });

  it('forecast with a backtest scores the model against persistence', () => {
    const r = spiral([
      'forecast',
      '--db',
      db,
      '--subject',
      'AAA-BBB',
      '--horizon',
      '2',
      '--backtest',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /backtest, 1 step ahead: The negative-binomial model (beats|LOSES to) persistence/,
    );
  });

  it('positions prints demands with status and evidence', () => {
    const r = spiral(['positions', '--db', db, '--format', 'jsonl', '--from', '2022-05-01']);
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining([
        'id',
        'date',
        'source',
        'target',
        'demand',
        'events',
        'replies',
        'status',
      ]),
    );
  });

  it('brief prints Markdown, or one self-contained HTML page', () => {
    const md = spiral(['brief', '--db', db, '--date', '2022-05-30']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Brief for 2022-05-30\n/);
    expect(md.stdout).toContain('## Most active dyads');
    const html = spiral([
      'brief',
      '--db',
      db,
      '--date',
      '2022-05-30',
      '--days',
      '7',
      '--format',
      'html',
    ]);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).not.toMatch(/<script|<link|src=/);
  });
});

describe('spiral positions on the example corpus', () => {
  it('pairs a listed set of demands with the written replies that reject them', () => {
    const corpus = path.join(import.meta.dirname, '..', '..', 'examples', 'corpus');
    const store = path.join(tmp.dir, 'positions.db');
    const ingest = spiral([
      'ingest',
      '--db',
      store,
      '--quiet',
      path.join(corpus, 'harbor-daily', '2021-12-17-draft-treaties.html'),
      path.join(corpus, 'northern-broadcast/2022-01-26-written-reply.txt'),
    ]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const r = spiral(['positions', '--db', store, '--format', 'jsonl']);
    expect(r.code, r.stderr).toBe(0);
    const listed = jsonl(r.stdout).filter((p) => p.date === '2021-12-17');
    expect(listed.map((p) => [p.source, p.target, p.status])).toEqual(
      expect.arrayContaining([
        ['RUS', 'NATO', 'rejected'],
        ['RUS', 'USA', 'rejected'],
      ]),
    );
    const replies = listed.flatMap((p) => p.replies as Array<{ date: string; type: string }>);
    expect(replies.every((x) => x.date === '2022-01-26' && x.type === 'REJECT')).toBe(true);
  });
});

// The analysis commands on PostgreSQL: one tiny invented corpus is ingested by the CLI into a
// SQLite file and a PostgreSQL database, and series, spikes and brief print the same text from
// both (the analysis is pure; only the store's aggregates differ). Needs `npm run build`.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterForTests } from '../support/postgres.js';
import { spiral, tempDir, writeFiles } from '../cli/helpers.js';

const cluster = await clusterForTests('postgres-analysis.test.ts');
afterAll(() => cluster?.stop());

const TOWNS = ['Kharkiv', 'Horlivka', 'Avdiivka', 'Mariupol', 'Sievierodonetsk', 'Kramatorsk'];

/**
 * Twenty days of invented reports: a shelling a day (six towns on day 18, the spike; the dateline
 * places each in its town, so towns are separate events), a daily monitoring report of ceasefire
 * violations with the previous period's figure, and a call.
 */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  let seed = 11;
  const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let day = 1; day <= 20; day += 1) {
    const dd = String(day).padStart(2, '0');
    const towns = day === 18 ? TOWNS : [TOWNS[day % TOWNS.length]!];
    towns.forEach((town, i) => {
      files[`frontline/2022-02-${dd}-${i}.txt`] =
        `${town.toUpperCase()}, Feb. ${day} (Frontline) - Russian forces shelled ${town}, Ukrainian officials said.\n`;
    });
    const today = day === 18 ? 900 : 40 + Math.round(random() * 20);
    const before = 40 + Math.round(random() * 20);
    files[`mission/2022-02-${dd}.txt`] =
      `KYIV, ${day} February 2022 - The monitoring mission published its daily figures.\n\n` +
      `In Donetsk region the mission recorded ${today} ceasefire violations. ` +
      `In the previous reporting period it recorded ${before} ceasefire violations in the region.\n`;
  }
  files['wire/2022-02-12-call.txt'] =
    'MOSCOW, Feb. 12 (Wire) - Russian President Vladimir Putin spoke by phone with U.S. President Joe Biden on Saturday, the Kremlin said.\n';
  return files;
}

if (cluster) {
  describe('analysis commands on PostgreSQL', () => {
    let tmp: ReturnType<typeof tempDir>;
    let sqlite: string;
    let postgres: string;

    beforeAll(async () => {
      tmp = tempDir('spiral-pg-analysis-');
      const dir = path.join(tmp.dir, 'corpus');
      writeFiles(dir, corpus());
      sqlite = path.join(tmp.dir, 'store.db');
      postgres = await cluster.createDatabase('spiral_analysis');
      for (const db of [sqlite, postgres]) {
        const r = spiral(['ingest', '--quiet', '--db', db, dir]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
    }, 120_000);
    afterAll(() => tmp?.cleanup());

    /** Runs a command on both stores: it succeeds on each, with the same output. */
    function same(args: string[]): string {
      const left = spiral([...args, '--db', sqlite]);
      const right = spiral([...args, '--db', postgres]);
      expect(left.stderr).toBe('');
      expect(left.code).toBe(0);
      expect(right.stderr).toBe('');
      expect(right.code).toBe(0);
      expect(right.stdout).toBe(left.stdout);
      return right.stdout;
    }
    const lines = (out: string): Array<Record<string, unknown>> =>
      out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);

    it('series of a dyad, an actor and a region (with its reported counts)', () => {
      const dyad = lines(same(['series', '--dyad', 'RUS-UKR', '--format', 'jsonl']));
      expect(dyad.length).toBeGreaterThanOrEqual(20);
      same(['series', '--actor', 'RUS', '--by', 'week', '--format', 'csv']);
      const region = lines(same(['series', '--region', 'Donetsk', '--format', 'jsonl']));
      expect(region.length).toBeGreaterThan(0);
      expect(JSON.stringify(region)).toContain('900');
    });

    it('spikes over every subject, and of one dyad', () => {
      const all = lines(same(['spikes', '--format', 'jsonl', '--alpha', '0.05']));
      const flagged = all.map((s) => `${String(s.subject)}@${String(s.date)}`);
      expect(flagged).toContain('Donetsk@2022-02-18');
      expect(flagged).toContain('RUS-UKR@2022-02-18');
      same(['spikes', '--subject', 'RUS-UKR', '--format', 'jsonl', '--alpha', '0.05']);
    });

    it('the brief as Markdown and HTML, over one day and over a week', () => {
      const md = same(['brief', '--date', '2022-02-18']);
      expect(md).toMatch(/^# Brief for 2022-02-18/);
      expect(md).toContain('RUS→UKR: 5 events');
      expect(md).toContain('Russian forces shelled Mariupol');
      same(['brief', '--date', '2022-02-19', '--days', '7']);
      expect(same(['brief', '--date', '2022-02-18', '--format', 'html'])).toMatch(
        /^<!doctype html>/i,
      );
    });
  });
} else {
  describe.skip('analysis commands on PostgreSQL (no server)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}

// Hostile text end to end: escapes never reach the terminal, formula cells never reach a
// spreadsheet raw, the stored text stays as it was.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spiral, tempDir, writeFiles } from './helpers.js';

const tmp = tempDir('spiral-hostile-');
const db = path.join(tmp.dir, 'spiral.db');
const TITLE = 'Talks\x1b]0;owned\x07\x1b[2J\r\nfake row\u202Ereversed\u009b31m';
const OUTLET = '=HYPERLINK("http://evil.example","click")';
// eslint-disable-next-line no-control-regex -- looking for control characters is the test
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

beforeAll(() => {
  const record = {
    title: TITLE,
    source: OUTLET,
    url: 'https://news.example/1',
    published: '2022-02-12',
    text: 'Russian President Vladimir Putin spoke by phone with U.S. President Joe Biden on Saturday, the Kremlin said.',
  };
  writeFiles(tmp.dir, { 'in/records.jsonl': `${JSON.stringify(record)}\n` });
  const result = spiral(['--db', db, 'ingest', '--quiet', path.join(tmp.dir, 'in')]);
  if (result.code !== 0) throw new Error(result.stderr);
});
afterAll(tmp.cleanup);

describe('escapes in human-readable output', () => {
  it('docs, events --sources, show and provenance print no control or bidi characters; the store keeps them', () => {
    const docs = spiral(['--db', db, 'docs', '--format', 'jsonl']).stdout;
    const doc = JSON.parse(docs) as { id: string; title: string; source: string };
    expect(doc.title).toBe(TITLE);
    expect(doc.source).toBe(OUTLET);
    const events = spiral(['--db', db, 'events', '--format', 'jsonl']).stdout;
    const event = (JSON.parse(events.split('\n')[0]!) as { id: string }).id;
    for (const args of [
      ['docs'],
      ['events', '--sources'],
      ['show', event],
      ['provenance', doc.id],
    ]) {
      const result = spiral(['--db', db, ...args]);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).not.toMatch(UNSAFE);
      expect(result.stdout, args.join(' ')).toContain('Talks␛]0;owned␇');
      expect(result.stdout, args.join(' ')).not.toMatch(/^fake row/m);
    }
  });

  it('neutralises escapes in error messages that quote user input', () => {
    const result = spiral(['--db', db, 'show', 'e\x1b]0;owned\x07']);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(UNSAFE);
  });
});

describe('formula cells in CSV and TSV', () => {
  it('guards them in events, export and docs; --raw-cells leaves them', () => {
    for (const args of [
      ['events', '--format', 'csv'],
      ['docs', '--format', 'tsv'],
    ]) {
      const guarded = spiral(['--db', db, ...args]);
      expect(guarded.code, args.join(' ')).toBe(0);
      expect(guarded.stdout, args.join(' ')).toContain(`'=HYPERLINK(`);
    }
    const raw = spiral(['--db', db, 'export', '--format', 'csv', '--raw-cells']);
    expect(raw.stdout).not.toContain(`'=HYPERLINK(`);
    expect(raw.stdout).toContain('"=HYPERLINK(""http://evil.example"",""click"")"');
  });
});

describe('huge counts', () => {
  it('--limit and --offset at or past 2^63, and --max-bytes past the safe size, are usage errors', () => {
    for (const args of [
      ['events', '--limit', '9223372036854775808'],
      ['docs', '--offset', '18446744073709551616'],
      ['ingest', '--max-bytes', '300MB', tmp.dir],
    ]) {
      const result = spiral(['--db', db, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^spiral: .*(whole number|NODE_OPTIONS)/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

import path from 'node:path';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpus, spiral, tempDir, writeFiles } from './helpers.js';

const tmp = tempDir();
const corpus = path.join(tmp.dir, 'corpus');
const db = path.join(tmp.dir, 'spiral.db');

beforeAll(() => writeFiles(corpus, fixtureCorpus));
afterAll(tmp.cleanup);

function counts(file: string): Record<string, number> {
  const conn = new Database(file, { readonly: true });
  try {
    const n = (table: string) =>
      (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      documents: n('documents'),
      sentences: n('sentences'),
      mentions: n('mentions'),
      events: n('events'),
      quotes: n('quotes'),
    };
  } finally {
    conn.close();
  }
}

describe('spiral ingest', () => {
  it('ingests a folder and prints a summary', () => {
    const result = spiral(['--db', db, 'ingest', corpus]);
    expect(result.stderr).toMatch(/^ingested 5 documents: /m);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const stored = counts(db);
    expect(stored.documents).toBe(5);
    expect(stored.sentences).toBeGreaterThanOrEqual(5);
  });

  it('is idempotent: the same files again add nothing', () => {
    const before = counts(db);
    const result = spiral(['ingest', corpus, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^ingested 0 documents \(5 already stored\)/m);
    expect(counts(db)).toEqual(before);
  });

  it('reads standard input with -', () => {
    const other = path.join(tmp.dir, 'stdin.db');
    const result = spiral(
      ['--db', other, 'ingest', '--source', 'Pipe', '--date', '2022-02-20', '-'],
      { input: 'NATO warned Russia against an invasion of Ukraine on Sunday.\n' },
    );
    expect(result.code).toBe(0);
    const conn = new Database(other, { readonly: true });
    const row = conn.prepare('SELECT source, published FROM documents').get();
    conn.close();
    expect(row).toEqual({ source: 'Pipe', published: '2022-02-20' });
  });

  it('reports bad inputs one per line, summarises, and exits 1', () => {
    const bad = path.join(tmp.dir, 'bad');
    writeFiles(bad, {
      'ok.txt': 'Russian troops held drills near the border with Ukraine on Monday.\n',
      'broken.jsonl': '{"text": "fine record about NATO and Russia"}\n{not json\n',
    });
    const huge = path.join(bad, 'huge.txt');
    writeFileSync(huge, 'word '.repeat(5000));
    const missing = path.join(tmp.dir, 'does-not-exist.txt');
    const result = spiral([
      '--db',
      path.join(tmp.dir, 'bad.db'),
      'ingest',
      '--max-bytes',
      '10KB',
      bad,
      missing,
    ]);
    expect(result.code).toBe(1);
    // Progress lines (every 2 s when stderr is a log) may come between the errors on a busy machine.
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('spiral: '));
    const summaryLine = lines[lines.length - 1]!;
    expect(summaryLine).toMatch(/^ingested 2 documents, 3 failed: /);
    const errors = lines.slice(0, -1);
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toContain('does-not-exist.txt');
    expect(errors.join('\n')).toContain('broken.jsonl');
    expect(errors.join('\n')).toContain('huge.txt');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints nothing but errors with --quiet', () => {
    const result = spiral(['--db', path.join(tmp.dir, 'quiet.db'), 'ingest', '--quiet', corpus]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('refuses an unreadable dictionary as an input error', () => {
    const result = spiral([
      '--db',
      path.join(tmp.dir, 'dict.db'),
      'ingest',
      '--dictionary',
      path.join(tmp.dir, 'no-such-dictionary.jsonl'),
      corpus,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no-such-dictionary.jsonl');
  });
});

// Hostile input end to end: a deep page, a broken feed and a folder of odds and ends in one run.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spiral, tempDir, writeFiles } from './helpers.js';

const tmp = tempDir('spiral-hostile-input-');
afterAll(tmp.cleanup);

const item = (n: number, title = `<title>Report ${n}</title>`): string =>
  `<item>${title}<description>Russian forces shelled Avdiivka on Thursday, report ${n} said.</description><pubDate>Thu, 17 Feb 2022 10:00:00 GMT</pubDate></item>`;

describe('spiral ingest on hostile input', () => {
  it('stores the deep page and the feed items that can be read, names the broken item, skips the rest', () => {
    const corpus = path.join(tmp.dir, 'corpus');
    writeFiles(corpus, {
      'deep.html': `<html><body>${'<div>'.repeat(100_000)}Ukrainian forces shelled Horlivka on Friday, officials said.${'</div>'.repeat(100_000)}</body></html>`,
      'wire.rss': `<rss version="2.0"><channel><title>Wire</title>${[1, 2, 3, 4, 5, 6]
        .map((n) => (n === 2 ? item(n, `<title>Report ${n}`) : item(n)))
        .join('\n')}</channel></rss>`,
      README: 'How this folder was collected.',
      'photo.png': '\x89PNG\r\n',
    });
    const db = path.join(tmp.dir, 'spiral.db');
    const started = Date.now();
    const result = spiral(['--db', db, 'ingest', corpus]);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('FEED_PARSE'))).toEqual([
      `${path.join(corpus, 'wire.rss')}#item2: FEED_PARSE item (line 2) is not well-formed XML: <title> is not closed (found </item>)`,
    ]);
    expect(lines.some((l) => /skipped 2 files in folders that ingest does not read/.test(l))).toBe(
      true,
    );
    expect(result.stderr).not.toMatch(/internal error|UNSUPPORTED/);
    const docs = spiral(['--db', db, 'docs', '--format', 'jsonl'])
      .stdout.trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { path: string }).path)
      .map((p) => path.relative(corpus, p))
      .sort();
    expect(docs).toEqual([
      'deep.html',
      'wire.rss#item1',
      'wire.rss#item3',
      'wire.rss#item4',
      'wire.rss#item5',
      'wire.rss#item6',
    ]);
  });
});

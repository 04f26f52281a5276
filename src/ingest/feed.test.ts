// Malformed feeds: the readable items are read, each unreadable one is named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFeed, type FeedEntry, type FeedItemProblem } from './feed.js';
import { DEFAULT_MAX_BYTES, readInputs, type IngestItem } from './index.js';
import { itemSpans, maskHidden, tagProblem } from './xml-scan.js';

const DATE = '<pubDate>Mon, 14 Feb 2022 10:00:00 GMT</pubDate>';
const item = (n: number, body = `<title>Item ${n}</title>`): string =>
  `<item>${body}<description>Report number ${n} from the front.</description>${DATE}</item>`;
const rss = (items: string[]): string =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n${items.join('\n')}\n</channel></rss>`;

/** `n title` for a read item, `n CODE` for a problem. */
const outline = (entries: Array<FeedEntry | FeedItemProblem>): string[] =>
  entries.map((e) => ('code' in e ? `${e.number} ${e.code}` : `${e.number} ${e.meta.title}`));

function entriesOf(xml: string): Array<FeedEntry | FeedItemProblem> {
  const read = readFeed(xml);
  if (!read.ok) throw new Error(read.message);
  return read.entries;
}

describe('xml-scan', () => {
  it('finds items and ends a broken one where the next begins', () => {
    const xml = '<rss><channel><item><title>a</item><item><title>b</title></item></channel></rss>';
    const masked = maskHidden(xml);
    const spans = itemSpans(masked);
    expect(spans.map((s) => xml.slice(s.start, s.end))).toEqual([
      '<item><title>a</item>',
      '<item><title>b</title></item>',
    ]);
    expect(tagProblem(masked, spans[0]!.start, spans[0]!.end)).toBe(
      '<title> is not closed (found </item>)',
    );
    expect(tagProblem(masked, spans[1]!.start, spans[1]!.end)).toBeNull();
  });

  it('does not see tags in CDATA or comments, nor HTML line breaks as unclosed', () => {
    const xml =
      '<item><description><![CDATA[<p>open <item> text]]></description><!-- <x> --></item>';
    expect(itemSpans(maskHidden(xml))).toHaveLength(1);
    expect(tagProblem(maskHidden(xml))).toBeNull();
    expect(tagProblem('<description>one<br>two<img src="a.png"></description>')).toBeNull();
  });
});

describe('readFeed with broken items', () => {
  it('reads a sound feed in one parse', () => {
    expect(outline(entriesOf(rss([1, 2, 3].map((n) => item(n)))))).toEqual([
      '1 Item 1',
      '2 Item 2',
      '3 Item 3',
    ]);
  });

  it('reads items 1, 3-6 when the second has an unclosed tag, and names the second', () => {
    const items = [1, 2, 3, 4, 5, 6].map((n) => (n === 2 ? item(n, `<title>Item ${n}`) : item(n)));
    const entries = entriesOf(rss(items));
    expect(outline(entries)).toEqual([
      '1 Item 1',
      '2 FEED_PARSE',
      '3 Item 3',
      '4 Item 4',
      '5 Item 5',
      '6 Item 6',
    ]);
    expect((entries[1] as FeedItemProblem).message).toBe(
      'item (line 4) is not well-formed XML: <title> is not closed (found </item>)',
    );
    expect(entries[2]).toMatchObject({
      text: 'Report number 3 from the front.',
      meta: { source: 'Wire', published: '2022-02-14' },
    });
  });

  it('names every item of a feed of unclosed tags instead of finding no items', () => {
    const xml = '<rss><channel><title>Wire<item><title>a<item><title>b<description>c';
    expect(outline(entriesOf(xml))).toEqual(['1 FEED_PARSE', '2 FEED_PARSE']);
  });

  it('says a feed without items is broken when it is', () => {
    expect(readFeed('<rss><channel><title>Wire</channel></rss>')).toEqual({
      ok: false,
      message: 'not well-formed XML and no items found: <title> is not closed (found </channel>)',
    });
    expect(readFeed('<rss><channel><title>Wire</title></channel></rss>')).toEqual({
      ok: true,
      entries: [],
    });
  });

  it('recovers Atom entries the same way', () => {
    const entry = (n: number, title = `<title>E${n}</title>`): string =>
      `<entry>${title}<updated>2022-02-15T09:00:00Z</updated><content type="html">Entry ${n}.</content></entry>`;
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>${entry(1)}${entry(2, '<title>E2')}${entry(3)}</feed>`;
    const entries = entriesOf(xml);
    expect(outline(entries)).toEqual(['1 E1', '2 FEED_PARSE', '3 E3']);
    expect(entries[2]).toMatchObject({ meta: { source: 'Atom wire', published: '2022-02-15' } });
  });

  it('reports an item date that is not a date as BAD_DATE, as JSON Lines does', () => {
    const bad = `<item><title>Late</title><description>Text.</description><pubDate>the day after tomorrow</pubDate></item>`;
    const entries = entriesOf(rss([item(1), bad]));
    expect(entries[1]).toEqual({
      number: 2,
      code: 'BAD_DATE',
      message: 'item date is not a date: "the day after tomorrow"',
    });
  });
});

describe('readFeed links and size', () => {
  it('resolves relative item links against the feed link', () => {
    const xml =
      '<rss><channel><title>W</title><link>https://w.example/news/</link><item><title>A</title><link>a.html</link><description>x</description></item></channel></rss>';
    expect(entriesOf(xml)[0]).toMatchObject({ meta: { url: 'https://w.example/news/a.html' } });
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>A</title><link rel="self" href="https://w.example/self"/><link rel="alternate" href="https://w.example/a"/><content>x</content></entry></feed>';
    expect(entriesOf(atom)[0]).toMatchObject({ meta: { url: 'https://w.example/a' } });
  });

  // Speed is a bench figure, not a timed test: this only checks that a large feed is read whole.
  it('reads every one of 10,000 items', () => {
    const items = Array.from(
      { length: 10_000 },
      (_, n) =>
        `<item><title>T${n}</title><link>https://w.example/${n}</link><description>Text ${n}.</description></item>`,
    );
    const entries = entriesOf(rss(items));
    expect(entries).toHaveLength(10_000);
    expect(entries[9_999]).toMatchObject({ meta: { url: 'https://w.example/9999' } });
  });
});

describe('readInputs on a broken feed', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-feed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the readable items as documents and FEED_PARSE for the broken one', async () => {
    const file = path.join(dir, 'broken.rss');
    writeFileSync(file, rss([1, 2, 3].map((n) => (n === 2 ? item(n, '<title>x') : item(n)))));
    const items: IngestItem[] = [];
    for await (const i of readInputs([file], { maxBytes: DEFAULT_MAX_BYTES })) items.push(i);
    expect(
      items.map((i) =>
        i.kind === 'document' ? `doc ${i.doc.path}` : `${i.error.code} ${i.error.path}`,
      ),
    ).toEqual([`doc ${file}#item1`, `FEED_PARSE ${file}#item2`, `doc ${file}#item3`]);
  });
});

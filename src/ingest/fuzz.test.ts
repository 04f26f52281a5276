// Random input for every reader, through readInputs on real files: nothing escapes as a throw,
// every item is a document or an error with a known code, and each file is read in bounded time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, INGEST_ERROR_CODES, type IngestItem } from './index.js';
import { BoundedReader } from './bounded-read.test-util.js';

/** Each file must be read in this time (a generous bound: the machine is shared). */
const TIME_BOUND_MS = 10_000;
// On a worker thread: a reader stuck in a synchronous loop fails its test instead of stalling
// the run (see bounded-read.test-util.ts).
const reader = new BoundedReader(TIME_BOUND_MS, DEFAULT_MAX_BYTES);
const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-fuzz-'));
afterAll(async () => {
  await reader.close();
  rmSync(dir, { recursive: true, force: true });
});
const RUNS = Number(process.env.SPIRAL_FUZZ_RUNS ?? 40);
let counter = 0;

async function readFile(content: string | Uint8Array, ext: string): Promise<IngestItem[]> {
  const file = path.join(dir, `f${counter++}${ext}`);
  writeFileSync(file, content);
  const items = await reader.read(file);
  for (const item of items) {
    if (item.kind === 'error') {
      expect(INGEST_ERROR_CODES).toContain(item.error.code);
      expect(item.error.code).not.toBe('READ_FAILED'); // a reader threw: a bug to fix
    } else {
      expect(typeof item.doc.text).toBe('string');
      expect(item.doc.text.length).toBeGreaterThan(0);
    }
  }
  return items;
}

const EXTENSIONS = ['.txt', '.md', '.html', '.jsonl', '.rss', '.atom'];

// ---------------------------------------------------------------- HTML trees

const TAGS = ['div', 'p', 'span', 'b', 'i', 'ul', 'li', 'table', 'tr', 'td', 'a', 'article', 'h1'];
const RAW = ['script', 'style', 'title', 'textarea'];
const words = fc.constantFrom(
  'Talks',
  'resumed',
  'in Geneva',
  'on Monday,',
  'officials said.',
  '&amp;',
  '&lt;div&gt;',
  '<',
  '>',
  '"',
  "'",
  '\u202E',
  '\x1b[2J',
  '<!--',
  '-->',
  ']]>',
);
const text = fc.array(words, { maxLength: 8 }).map((w) => w.join(' '));
const attribute = fc
  .tuple(fc.constantFrom('class', 'id', 'href', 'data-x', 'role'), fc.string({ maxLength: 12 }))
  .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom('<br>', '<img src=x>', '<hr/>', '<div/>', '</p>', '</span>'),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(attribute, { maxLength: 2 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, attrs, children, closed]) =>
          `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
      ),
    fc
      .tuple(fc.constantFrom(...RAW), text, fc.boolean())
      .map(([tag, inner, closed]) => `<${tag}>${inner}${closed ? `</${tag}>` : ''}`),
  ),
}));

/** A chain of nested elements, the hostile shape of issue 16, closed or not. */
const deepChain = fc
  .tuple(
    fc.constantFrom('div', 'span', 'b', 'li', 'div/'),
    fc.integer({ min: 100, max: 20_000 }),
    fc.boolean(),
  )
  .map(([tag, depth, closed]) => {
    const open = tag === 'div/' ? '<div/>' : `<${tag}>`;
    const close = closed && tag !== 'div/' ? `</${tag}>`.repeat(depth) : '';
    return `${open.repeat(depth)}Deep words here.${close}`;
  });

const htmlPage = fc
  .tuple(fc.array(fc.oneof(node, deepChain), { maxLength: 4 }), fc.boolean())
  .map(([parts, skeleton]) =>
    skeleton
      ? `<html><head><title>T</title></head><body>${parts.join('')}</body></html>`
      : parts.join(''),
  );

// ---------------------------------------------------------------- JSON Lines

const jsonlLine = fc.oneof(
  fc
    .record(
      {
        title: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
        source: fc.string({ maxLength: 20 }),
        published: fc.oneof(
          fc.constant('2022-02-14'),
          fc.constant('Mon, 14 Feb 2022 10:00:00 GMT'),
          fc.string({ maxLength: 12 }),
        ),
        text: fc.oneof(text, fc.string()),
        html: htmlPage,
      },
      { requiredKeys: [] },
    )
    .map((r) => JSON.stringify(r)),
  fc.json(),
  fc.string(),
  fc.constant('{"text": "unterminated'),
);
const jsonlFile = fc
  .tuple(
    fc.array(jsonlLine, { maxLength: 8 }),
    fc.constantFrom('utf8', 'utf8bom', 'utf16le', 'utf16be'),
  )
  .map(([lines, encoding]): Uint8Array => {
    const body = lines.join('\n');
    if (encoding === 'utf8') return Buffer.from(body);
    if (encoding === 'utf8bom') return Buffer.from(`\uFEFF${body}`);
    const le = Buffer.from(`\uFEFF${body}`, 'utf16le');
    return encoding === 'utf16le' ? le : Buffer.from(le).swap16();
  });

// ---------------------------------------------------------------- feeds

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const feedItem = fc
  .tuple(
    text,
    text,
    fc.constantFrom('Mon, 14 Feb 2022 10:00:00 GMT', '2022-02-14T10:00:00Z', 'soon', ''),
  )
  .map(
    ([title, body, date]) =>
      `<item><title>${escapeXml(title)}</title><description>${escapeXml(body)}</description>${date ? `<pubDate>${date}</pubDate>` : ''}</item>`,
  );
/** A damaged item: cut anywhere, a closing tag lost, or junk markup inside. */
const brokenItem = fc
  .tuple(feedItem, fc.nat(), fc.constantFrom('cut', 'unclose', 'junk'))
  .map(([item, at, how]) => {
    if (how === 'cut') return item.slice(0, at % item.length);
    if (how === 'unclose') return item.replace('</title>', '');
    return item.replace('<description>', '<description><b><i>');
  });
const feed = fc
  .tuple(fc.array(fc.oneof(feedItem, feedItem, brokenItem), { maxLength: 8 }), fc.boolean())
  .map(([items, closed]) => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('\n')}`;
    return closed ? `${xml}</channel></rss>` : xml;
  });

// ---------------------------------------------------------------- long runs

/**
 * One short unit repeated tens of thousands of times: the shape that makes a backtracking
 * pattern quadratic (a line of "[" in Markdown, a run of spaces before a dash, 100,000 <br>).
 */
const HOSTILE_CHARS = [...' \t\n[](){}<>/!*_`~#-–|:;,."\'=&@\\', 'a', '1', '\u00a0', '\uE0F1'];
const longRun = fc
  .tuple(
    fc.array(
      fc.constantFrom(...HOSTILE_CHARS, '<br>', '<p>', '<div>', '<span> </span>', '<item>'),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    fc.integer({ min: 5_000, max: 40_000 }),
  )
  .map(([unit, times]) => `Talks resumed on Monday.\n${unit.join('').repeat(times)}\nThe end.`);

describe('fuzzing the readers', () => {
  it('long runs of one short unit under every extension', async () => {
    await fc.assert(
      fc.asyncProperty(longRun, fc.constantFrom(...EXTENSIONS), async (text, ext) => {
        await readFile(text, ext);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('random bytes under every extension', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom(...EXTENSIONS),
        async (bytes, ext) => {
          await readFile(bytes, ext);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('random HTML trees, deep chains included', async () => {
    await fc.assert(
      fc.asyncProperty(htmlPage, async (html) => {
        await readFile(html, '.html');
      }),
      { numRuns: RUNS },
    );
  });

  it('random JSON Lines in UTF-8 and UTF-16', async () => {
    await fc.assert(
      fc.asyncProperty(jsonlFile, async (bytes) => {
        await readFile(bytes, '.jsonl');
      }),
      { numRuns: RUNS },
    );
  });

  it('random feeds: every item seen is a document or a named error, in order', async () => {
    await fc.assert(
      fc.asyncProperty(feed, fc.constantFrom('.rss', '.xml'), async (xml, ext) => {
        const items = await readFile(xml, ext);
        const numbers = items
          .map((i) => (i.kind === 'document' ? i.doc.path : i.error.path))
          .map((p) => /#item(\d+)$/.exec(p)?.[1])
          .filter((n): n is string => n !== undefined)
          .map(Number);
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      }),
      { numRuns: RUNS },
    );
  });

  it('a feed of well-formed items gives one item each', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(feedItem, { minLength: 1, maxLength: 8 }), async (items) => {
        const xml = `<rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
        expect(await readFile(xml, '.rss')).toHaveLength(items.length);
      }),
      { numRuns: RUNS },
    );
  });
});

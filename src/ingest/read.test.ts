// readInputs end to end over fixture files, temporary files and fake stdin.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentInput } from '../records.js';
import {
  DEFAULT_MAX_BYTES,
  expandPaths,
  formatError,
  readInputs,
  type IngestError,
  type IngestItem,
  type IngestOptions,
} from './index.js';
import { splitLines } from './jsonl.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const CORPUS = path.join(FIXTURES, 'corpus');
// Malformed on purpose (unclosed head, p, b and i; stray closing tags), so it lives here rather
// than as a fixture file that formatters would refuse to parse.
const BROKEN_HTML = `<html><head><title>Convoy reaches the city</title>
<body>
<div class="story">
<p>A humanitarian convoy of twelve trucks reached the city on Thursday after a delay of two days at the last checkpoint, aid workers said
<p>The convoy carried food, medicine and generators. <b>Local officials said the <i>deliveries</b> would be distributed over the weekend.</i>
<p>Another convoy is expected next week if the road stays open
</div></span>
`;
const OPTIONS: IngestOptions = { maxBytes: DEFAULT_MAX_BYTES };

async function collect(
  paths: string[],
  options: Partial<IngestOptions> = {},
): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(paths, { ...OPTIONS, ...options })) items.push(item);
  return items;
}

const docs = (items: IngestItem[]): DocumentInput[] =>
  items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
const errors = (items: IngestItem[]): IngestError[] =>
  items.flatMap((i) => (i.kind === 'error' ? [i.error] : []));

async function only(paths: string[], options: Partial<IngestOptions> = {}): Promise<IngestItem> {
  const items = await collect(paths, options);
  expect(items).toHaveLength(1);
  return items[0]!;
}

async function onlyError(
  paths: string[],
  options: Partial<IngestOptions> = {},
): Promise<IngestError> {
  const item = await only(paths, options);
  if (item.kind !== 'error') throw new Error(`expected an error, got document ${item.doc.path}`);
  return item.error;
}

async function onlyDoc(
  paths: string[],
  options: Partial<IngestOptions> = {},
): Promise<DocumentInput> {
  const item = await only(paths, options);
  if (item.kind !== 'document')
    throw new Error(`expected a document, got ${formatError(item.error)}`);
  return item.doc;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-ingest-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function tmpFile(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

describe('folders', () => {
  it('expands recursively in sorted order, skipping hidden files and folders', async () => {
    const files = await expandPaths([CORPUS]);
    expect(files.map((f) => path.relative(CORPUS, f))).toEqual([
      'feeds/wire.atom',
      'feeds/wire.rss',
      'pages/article.html',
      'pages/nav-only.html',
      'records.jsonl',
      'wire/01-talks.txt',
      'wire/02-brief.md',
      'wire/03-notes.csv',
    ]);
  });

  it('reads every file of a folder in that order, one item per document or error', async () => {
    const items = await collect([CORPUS]);
    const summary = items.map((i) =>
      i.kind === 'document'
        ? `doc ${path.relative(CORPUS, i.doc.path)}`
        : `${i.error.code} ${path.relative(CORPUS, i.error.path)}${i.error.line ? `:${i.error.line}` : ''}`,
    );
    expect(summary).toEqual([
      'doc feeds/wire.atom#item1',
      'doc feeds/wire.rss#item1',
      'EMPTY feeds/wire.rss#item2',
      'doc feeds/wire.rss#item3',
      'doc pages/article.html',
      'HTML_NO_TEXT pages/nav-only.html',
      'doc records.jsonl#1',
      'JSONL_PARSE records.jsonl:2',
      'JSONL_FIELD records.jsonl:4',
      'JSONL_FIELD records.jsonl:5',
      'BAD_DATE records.jsonl:6',
      'doc records.jsonl#7',
      'EMPTY records.jsonl:8',
      'doc wire/01-talks.txt',
      'doc wire/02-brief.md',
      'UNSUPPORTED wire/03-notes.csv',
    ]);
  });

  it('reports a symlinked folder loop once and goes on', async () => {
    const root = path.join(tmp, 'loop');
    tmpFile('loop/a/story.txt', 'Talks resumed on Monday.');
    symlinkSync(root, path.join(root, 'a', 'back'));
    const items = await collect([root]);
    expect(docs(items).map((d) => path.basename(d.path))).toEqual(['story.txt']);
    expect(errors(items)).toEqual([
      {
        code: 'UNREADABLE',
        path: path.join(root, 'a', 'back'),
        message: `folder loop: links back to ${root}`,
      },
    ]);
  });
});

describe('formats', () => {
  it('text: title from the headline, date from the dateline, source from the folder, residue gone', async () => {
    const doc = await onlyDoc([path.join(CORPUS, 'wire/01-talks.txt')]);
    expect(doc).toMatchObject({
      title: 'Ministers agree to resume border talks',
      published: '2022-02-16',
      source: 'wire',
      url: null,
      format: 'text',
    });
    expect(doc.text).toBe(
      [
        'Ministers agree to resume border talks',
        '',
        'KYIV, 16 February 2022 — The foreign ministers of two neighbouring states agreed on Wednesday to resume talks on the border crossing, officials said.',
        '',
        'The talks had stalled in January after a dispute over inspection posts.',
        '',
        '"We are ready to meet next week," one minister told reporters.',
        '',
        '(Reporting by Jane Example; Editing by John Sample)',
      ].join('\n'),
    );
  });

  it('markdown: markup stripped, front matter as metadata', async () => {
    const doc = await onlyDoc([path.join(CORPUS, 'wire/02-brief.md')]);
    expect(doc).toEqual({
      text: [
        'Daily brief',
        '',
        "Observers recorded no ceasefire violations overnight, according to the mission's daily report.",
        '',
        'Patrols were restricted near the checkpoint.',
        'Two crossings reopened.',
        '',
        '"The situation remains calm," a spokesperson said.',
      ].join('\n'),
      source: 'Example Monitor',
      url: 'https://monitor.example/briefs/quiet-night',
      title: 'Observers report quiet night',
      published: '2022-02-18',
      path: path.join(CORPUS, 'wire/02-brief.md'),
      format: 'markdown',
    });
  });

  it('html: article text with paragraph breaks and page metadata', async () => {
    const doc = await onlyDoc([path.join(CORPUS, 'pages/article.html')]);
    expect(doc).toMatchObject({
      title: 'Envoys meet in Geneva',
      source: 'Example Times',
      published: '2022-01-10',
      url: 'https://times.example/world/envoys-meet-geneva',
      format: 'html',
    });
    const paragraphs = doc.text.split('\n\n');
    expect(
      paragraphs.some((p) =>
        p.startsWith('Senior diplomats from the two delegations met in Geneva'),
      ),
    ).toBe(true);
    expect(paragraphs.at(-1)).toMatch(
      /^Neither side announced an agreement, but both described the discussions as "frank"/,
    );
    for (const junk of [
      'Home',
      'tracking',
      'color',
      'Advertisement',
      'Click here',
      'All rights reserved',
    ]) {
      expect(doc.text).not.toContain(junk);
    }
  });

  it('html: malformed but recoverable markup still ingests', async () => {
    const doc = await onlyDoc([tmpFile('broken.html', BROKEN_HTML)]);
    expect(doc.title).toBe('Convoy reaches the city');
    expect(doc.text).toContain(
      'A humanitarian convoy of twelve trucks reached the city on Thursday',
    );
    expect(doc.text).toContain(
      'Local officials said the deliveries would be distributed over the weekend.',
    );
    expect(doc.text).toContain('Another convoy is expected next week');
  });

  it('html: a page without article text is HTML_NO_TEXT', async () => {
    const error = await onlyError([path.join(CORPUS, 'pages/nav-only.html')]);
    expect(error.code).toBe('HTML_NO_TEXT');
    expect(await onlyError([tmpFile('garbage.html', '<<<>>> <div></span></p>')])).toMatchObject({
      code: 'HTML_NO_TEXT',
    });
  });

  it('rss: one document per item, feed title as source, empty items reported', async () => {
    const items = await collect([path.join(CORPUS, 'feeds/wire.rss')]);
    const [first, third] = docs(items);
    expect(first).toEqual({
      text: 'Lawmakers began debating a sanctions bill on Monday.\n\nA vote is expected on Friday.',
      source: 'Example Wire',
      url: 'https://wire.example/2022/02/14/sanctions-bill',
      title: 'Parliament debates sanctions bill',
      published: '2022-02-14',
      path: `${path.join(CORPUS, 'feeds/wire.rss')}#item1`,
      format: 'feed',
    });
    expect(third).toMatchObject({ title: 'Troops return to bases', published: '2022-02-15' });
    expect(errors(items)).toEqual([
      {
        code: 'EMPTY',
        path: `${path.join(CORPUS, 'feeds/wire.rss')}#item2`,
        message: 'feed item has no content or description',
      },
    ]);
  });

  it('atom: entries with content', async () => {
    const doc = await onlyDoc([path.join(CORPUS, 'feeds/wire.atom')]);
    expect(doc).toMatchObject({
      text: 'Monitors recorded dozens of explosions along the line of contact.',
      source: 'Example Atom Desk',
      url: 'https://atom.example/monitors-count',
      title: 'Monitors count explosions',
      published: '2022-02-19',
    });
  });

  it('a file that is not a feed is FEED_PARSE', async () => {
    expect(
      await onlyError([
        tmpFile('not-a-feed.xml', '<?xml version="1.0"?><catalog><book/></catalog>'),
      ]),
    ).toMatchObject({
      code: 'FEED_PARSE',
    });
  });

  it('jsonl: records with metadata, html records through the extractor, bad lines named', async () => {
    const items = await collect([path.join(CORPUS, 'records.jsonl')]);
    const file = path.join(CORPUS, 'records.jsonl');
    expect(docs(items)).toEqual([
      {
        text: 'Negotiators resumed talks on Thursday.',
        source: 'Example Agency',
        url: 'https://a.example/1',
        title: 'Talks resume',
        published: '2022-02-10',
        path: `${file}#1`,
        format: 'jsonl',
      },
      {
        text: 'An HTML record becomes text through the extractor.\n\nSecond paragraph.',
        source: 'Page Site',
        url: 'https://a.example/7',
        title: 'From HTML',
        published: null,
        path: `${file}#7`,
        format: 'jsonl',
      },
    ]);
    const lines = errors(items).map((e) => formatError({ ...e, path: 'records.jsonl' }));
    expect(lines).toEqual([
      expect.stringMatching(/^records\.jsonl:2: JSONL_PARSE bad JSON: /),
      'records.jsonl:4: JSONL_FIELD record has no "text" or "html" field',
      'records.jsonl:5: JSONL_FIELD field "title" must be a string, got number',
      'records.jsonl:6: BAD_DATE field "published" is not a date: "next Tuesday"',
      'records.jsonl:8: EMPTY record text is empty',
    ]);
  });

  it('jsonl: .ndjson too; an over-cap or invalid UTF-8 line fails alone', async () => {
    const file = tmpFile(
      'lines.ndjson',
      Buffer.concat([
        Buffer.from(`{"text":"${'x'.repeat(300)}"}\n`),
        Buffer.from('{"text":"bad '),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('"}\n{"text":"Short record."}\n'),
      ]),
    );
    const items = await collect([file], { maxBytes: 100 });
    expect(errors(items).map((e) => [e.code, e.line])).toEqual([
      ['TOO_LARGE', 1],
      ['ENCODING', 2],
    ]);
    expect(docs(items).map((d) => [d.text, d.path])).toEqual([['Short record.', `${file}#3`]]);
  });

  it('jsonl: a file without records is EMPTY', async () => {
    expect(await onlyError([tmpFile('none.jsonl', '\n\n')])).toMatchObject({
      code: 'EMPTY',
      message: 'file has no records',
    });
  });
});

describe('errors, one code at a time', () => {
  it('EMPTY: empty and whitespace-only files', async () => {
    expect(await onlyError([path.join(FIXTURES, 'empty.txt')])).toMatchObject({
      code: 'EMPTY',
      message: 'file is empty',
    });
    expect(await onlyError([path.join(FIXTURES, 'blank.txt')])).toMatchObject({ code: 'EMPTY' });
    expect(await onlyError([tmpFile('residue.txt', '[ad_1]\nAdvertisement\n')])).toMatchObject({
      code: 'EMPTY',
    });
  });

  it('BINARY: NUL bytes', async () => {
    const file = tmpFile(
      'image.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    expect(await onlyError([file])).toMatchObject({ code: 'BINARY', path: file });
  });

  it('ENCODING: invalid UTF-8, with the line', async () => {
    const file = tmpFile('latin1.txt', Buffer.from('Headline\nKyiv caf\xe9 reopened\n', 'latin1'));
    expect(await onlyError([file])).toEqual({
      code: 'ENCODING',
      path: file,
      line: 2,
      message: 'invalid UTF-8 on line 2',
    });
  });

  it('TOO_LARGE: over the cap, from the size alone', async () => {
    const file = tmpFile('big.txt', 'word '.repeat(100));
    const error = await onlyError([file], { maxBytes: 100 });
    expect(error).toMatchObject({ code: 'TOO_LARGE', path: file });
    expect(error.message).toBe('500 B is over the 100 B cap (raise it with --max-bytes)');
    expect((await onlyDoc([file], { maxBytes: 500 })).text).toContain('word');
  });

  it('UNREADABLE: a missing path', async () => {
    const missing = path.join(tmp, 'nope', 'missing.txt');
    expect(await onlyError([missing])).toEqual({
      code: 'UNREADABLE',
      path: missing,
      message: 'no such file or folder',
    });
  });

  it.skipIf(process.getuid?.() === 0)('UNREADABLE: permission denied', async () => {
    const file = tmpFile('secret.txt', 'Top secret talks.');
    chmodSync(file, 0o000);
    try {
      expect(await onlyError([file])).toMatchObject({
        code: 'UNREADABLE',
        message: 'permission denied',
      });
    } finally {
      chmodSync(file, 0o644);
    }
  });

  it('UNSUPPORTED: unknown or missing extension, skipped with a clear message', async () => {
    const error = await onlyError([tmpFile('report.pdf', '%PDF-1.4')]);
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(
      /^unsupported extension "\.pdf": skipped \(reads \.txt .*\.jsonl/,
    );
    expect(await onlyError([tmpFile('README', 'text')])).toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringMatching(/^no file extension/),
    });
  });

  it('BAD_DATE: a --date that is not a day stops the run before reading', async () => {
    expect(await onlyError([CORPUS], { date: '16/02/2022' })).toEqual({
      code: 'BAD_DATE',
      path: '--date',
      message: '--date "16/02/2022" is not a date (expected YYYY-MM-DD)',
    });
  });

  it('never throws for user input', async () => {
    const items = await collect([path.join(tmp, 'missing'), FIXTURES, '/dev/null']);
    expect(items.length).toBeGreaterThan(10);
  });

  it('formats errors on one line', () => {
    expect(
      formatError({ code: 'JSONL_PARSE', path: 'a.jsonl', line: 3, message: 'bad JSON:\n  oops' }),
    ).toBe('a.jsonl:3: JSONL_PARSE bad JSON: oops');
    expect(formatError({ code: 'EMPTY', path: 'a.txt', message: 'file is empty' })).toBe(
      'a.txt: EMPTY file is empty',
    );
  });
});

describe('metadata precedence', () => {
  it('source: --source > metadata > parent folder', async () => {
    const md = path.join(CORPUS, 'wire/02-brief.md');
    expect((await onlyDoc([md])).source).toBe('Example Monitor');
    expect((await onlyDoc([md], { source: 'Override' })).source).toBe('Override');
    const txt = tmpFile('tass/story.txt', 'Talks resumed on Monday.');
    expect((await onlyDoc([txt])).source).toBe('tass');
    expect((await onlyDoc([txt], { source: 'TASS' })).source).toBe('TASS');
  });

  it('published: metadata > dateline > --date', async () => {
    const md = path.join(CORPUS, 'wire/02-brief.md');
    expect((await onlyDoc([md], { date: '2023-01-01' })).published).toBe('2022-02-18');
    const dateline = tmpFile('dated.txt', 'MOSCOW, 16 February 2022 - Talks resumed.');
    expect((await onlyDoc([dateline], { date: '2023-01-01' })).published).toBe('2022-02-16');
    const undated = tmpFile('undated.txt', 'Talks resumed on Monday.');
    expect((await onlyDoc([undated])).published).toBeNull();
    expect((await onlyDoc([undated], { date: '2023-01-01' })).published).toBe('2023-01-01');
    const yearless = tmpFile('yearless.txt', 'MOSCOW, Feb 16 (Reuters) - Talks resumed.');
    expect((await onlyDoc([yearless])).published).toBeNull();
    expect((await onlyDoc([yearless], { date: '2022-02-20' })).published).toBe('2022-02-16');
  });

  it('published: a day in the file name dates a year-less dateline and beats --date', async () => {
    const named = tmpFile(
      '2022-02-17-expulsion.txt',
      'MOSCOW, Feb. 16 (Meridian) - Russia expelled a diplomat.',
    );
    expect((await onlyDoc([named], { date: '2023-01-01' })).published).toBe('2022-02-16');
    const plain = tmpFile('2022-02-17-plain.txt', 'Russia expelled a diplomat.');
    expect((await onlyDoc([plain], { date: '2023-01-01' })).published).toBe('2022-02-17');
    const withYear = tmpFile(
      '2022-02-17-year.txt',
      '16 February 2021 - Russia expelled a diplomat.',
    );
    expect((await onlyDoc([withYear])).published).toBe('2021-02-16');
  });
});

describe('stdin', () => {
  const stdin = (...chunks: (string | Buffer)[]): NodeJS.ReadableStream =>
    Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));

  it('reads plain text', async () => {
    const doc = await onlyDoc(['-'], {
      stdin: stdin('Talks resume\n\nNegotiators ', 'met on Monday.'),
    });
    expect(doc).toEqual({
      text: 'Talks resume\n\nNegotiators met on Monday.',
      source: '',
      url: null,
      title: 'Talks resume',
      published: null,
      path: '-',
      format: 'text',
    });
  });

  it('sniffs JSONL from a leading {, across chunk boundaries', async () => {
    const items = await collect(['-'], {
      stdin: stdin('  \n{"text":"One.","source":"A"}\n{"te', 'xt":"Two."}\n{bad\n'),
      source: 'Piped',
    });
    expect(docs(items).map((d) => [d.text, d.path, d.source, d.format])).toEqual([
      ['One.', '-#2', 'Piped', 'jsonl'],
      ['Two.', '-#3', 'Piped', 'jsonl'],
    ]);
    expect(errors(items)).toMatchObject([{ code: 'JSONL_PARSE', path: '-', line: 4 }]);
  });

  it('sniffs HTML and feeds from a leading <', async () => {
    const html = await onlyDoc(['-'], {
      stdin: stdin(
        '<html><head><title>Piped page</title></head><body><p>Text from a piped page about talks.</p></body></html>',
      ),
    });
    expect(html).toMatchObject({
      format: 'html',
      title: 'Piped page',
      text: 'Text from a piped page about talks.',
    });
    const feed = await onlyDoc(['-'], {
      stdin: stdin(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Piped</title><item><title>T</title><description>Piped item.</description></item></channel></rss>',
      ),
    });
    expect(feed).toMatchObject({
      format: 'feed',
      source: 'Piped',
      text: 'Piped item.',
      path: '-#item1',
    });
  });

  it('reports empty and over-cap stdin', async () => {
    expect(await onlyError(['-'], { stdin: stdin() })).toEqual({
      code: 'EMPTY',
      path: '-',
      message: 'stdin is empty',
    });
    expect(
      await onlyError(['-'], { stdin: stdin('x'.repeat(60), 'y'.repeat(60)), maxBytes: 100 }),
    ).toMatchObject({ code: 'TOO_LARGE', path: '-' });
    // Over the cap in the very first chunk, the one read to tell the format.
    expect(await onlyError(['-'], { stdin: stdin('x'.repeat(150)), maxBytes: 100 })).toMatchObject({
      code: 'TOO_LARGE',
      path: '-',
    });
  });

  it('mixes with files in the order given', async () => {
    const file = tmpFile('mixed/a.txt', 'From a file.');
    const items = await collect([file, '-'], { stdin: stdin('From stdin.') });
    expect(docs(items).map((d) => d.text)).toEqual(['From a file.', 'From stdin.']);
  });
});

describe('splitLines', () => {
  it('splits across chunks, including inside a multi-byte character, and numbers lines', async () => {
    const bytes = Buffer.from('ab\nKyïv\n\nlast');
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of ï
    const lines = [];
    for await (const line of splitLines(
      Readable.from([bytes.subarray(0, 2), bytes.subarray(2, cut), bytes.subarray(cut)]),
      100,
    )) {
      lines.push([line.number, line.bytes.toString('utf8'), line.tooLong]);
    }
    expect(lines).toEqual([
      [1, 'ab', false],
      [2, 'Kyïv', false],
      [3, '', false],
      [4, 'last', false],
    ]);
  });
});

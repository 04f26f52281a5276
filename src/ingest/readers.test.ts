// The pure readers, one format at a time (no files).
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { htmlToText, readHtml } from './html.js';
import { parseRecordLine } from './jsonl.js';
import { headlineOf, readMarkdown, readPlainText, stripMarkdown } from './text.js';

describe('plain text', () => {
  it('takes a short first line without a final period as the title and keeps it in the text', () => {
    const read = readPlainText(
      'Troops pull back from border\n\nUnits returned to bases on Tuesday.',
    );
    expect(read.meta.title).toBe('Troops pull back from border');
    expect(read.text.startsWith('Troops pull back from border\n\n')).toBe(true);
  });

  it('does not take a sentence, a dateline or a single line as the title', () => {
    expect(headlineOf('Units returned to bases on Tuesday.\nMore text.')).toBeNull();
    expect(headlineOf('MOSCOW, Feb 16 (Reuters) - Russia said\nmore')).toBeNull();
    expect(headlineOf('Only one line')).toBeNull();
    expect(headlineOf(`${'word '.repeat(30)}\nmore`)).toBeNull();
  });
});

describe('markdown', () => {
  it('strips headings, emphasis, links, lists, quotes and code fences to their text', () => {
    const { text, heading } = stripMarkdown(
      [
        '## Ceasefire *holds*',
        '',
        'Observers saw **no violations** and _little_ movement, per the [report](https://x.example/r) ![map](m.png).',
        '',
        '* first point',
        '1. second point',
        '> quoted words',
        '',
        '```',
        'code stays',
        '```',
        '---',
        '[r]: https://x.example',
        'Escaped \\*stars\\* and `inline code`',
      ].join('\n'),
    );
    expect(heading).toBe('Ceasefire holds');
    expect(text).toBe(
      [
        'Ceasefire holds',
        '',
        'Observers saw no violations and little movement, per the report map.',
        '',
        'first point',
        'second point',
        'quoted words',
        '',
        'code stays',
        'Escaped *stars* and inline code',
      ].join('\n'),
    );
  });

  it('keeps words with underscores and asterisks inside them', () => {
    expect(stripMarkdown('snake_case_name and 2*3*4').text).toBe('snake_case_name and 2*3*4');
  });

  it('reads front matter metadata and falls back to the first heading for the title', () => {
    const withFront = readMarkdown(
      '---\ntitle: "Quiet night"\ndate: 2022-02-18\nsource: Monitor\nurl: https://m.example/1\n---\n# Brief\n\nText.',
    );
    expect(withFront).toMatchObject({
      text: 'Brief\n\nText.',
      meta: {
        title: 'Quiet night',
        published: '2022-02-18',
        source: 'Monitor',
        url: 'https://m.example/1',
      },
    });
    const setext = readMarkdown('Brief title\n===========\n\nText.');
    expect(setext).toMatchObject({ text: 'Brief title\n\nText.', meta: { title: 'Brief title' } });
  });

  it('reports a front matter date that is not a date, naming the field and line', () => {
    expect(readMarkdown('---\ntitle: x\npublished: soon\n---\nText.')).toEqual({
      code: 'BAD_DATE',
      message: 'front matter field "published" is not a date: "soon"',
      line: 3,
    });
  });
});

describe('html', () => {
  const page = (body: string, head = ''): string =>
    `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const long = (s: string): string =>
    `${s} ${'Further details were given by officials at the briefing. '.repeat(3)}`;

  it('keeps paragraph breaks as blank lines and drops scripts', () => {
    const read = readHtml(
      page(
        `<article><p>${long('First.')}</p><script>x()</script><p>${long('Second.')}</p></article>`,
      ),
    );
    expect(read?.text.split('\n\n')).toHaveLength(2);
    expect(read?.text).not.toContain('x()');
  });

  it('reads title, date, source and url from meta tags', () => {
    const head = [
      '<title>Fallback title - Site</title>',
      '<meta property="og:title" content="Envoys meet">',
      '<meta property="og:site_name" content="Site">',
      '<meta name="DC.date" content="2022-01-10">',
      '<meta property="og:url" content="https://site.example/og">',
    ].join('');
    expect(readHtml(page(`<p>${long('Text.')}</p>`, head))?.meta).toEqual({
      title: 'Envoys meet',
      source: 'Site',
      published: '2022-01-10',
      url: 'https://site.example/og',
    });
  });

  it('falls back to <title> without the site suffix, <time datetime> and skips junk dates', () => {
    const head =
      '<title>Envoys meet | Site</title><meta property="og:site_name" content="Site"><meta name="date" content="unknown">';
    const read = readHtml(
      page(`<p>${long('Text.')}</p><time datetime="2022-01-11T08:00:00Z">Jan 11</time>`, head),
    );
    expect(read?.meta).toMatchObject({ title: 'Envoys meet', published: '2022-01-11', url: null });
  });

  it('recovers malformed HTML', () => {
    const read = readHtml(
      '<p>Unclosed <b>bold text about a convoy<p>Another paragraph about aid trucks</i>',
    );
    expect(read?.text).toContain('Unclosed bold text about a convoy');
    expect(read?.text).toContain('Another paragraph about aid trucks');
  });

  it('returns null when there is no text', () => {
    expect(
      readHtml(
        '<html><head><title>Only a title</title></head><body><script>1</script></body></html>',
      ),
    ).toBeNull();
    expect(readHtml('<div><div></div></div>')).toBeNull();
    expect(readHtml('<nav>Home | World</nav>')).toBeNull();
  });

  it('turns fragments into text with line breaks for <br> and list items', () => {
    expect(htmlToText('<p>a<br>b</p><ul><li>one</li><li>two</li></ul>')).toBe('a\nb\n\none\ntwo');
  });
});

describe('feeds', () => {
  it('reads RSS items with title, link, date and feed title as source', () => {
    const read = readFeed(
      '<rss version="2.0"><channel><title>Wire</title><item><title>A</title><link>https://w.example/a</link><pubDate>Mon, 14 Feb 2022 08:00:00 GMT</pubDate><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description></item></channel></rss>',
    );
    expect(read).toEqual({
      ok: true,
      entries: [
        {
          number: 1,
          text: 'One.\n\nTwo.',
          meta: { title: 'A', url: 'https://w.example/a', published: '2022-02-14', source: 'Wire' },
        },
      ],
    });
  });

  it('reports what is not a feed', () => {
    expect(readFeed('<html><body>x</body></html>')).toMatchObject({ ok: false });
  });

  it('tells feeds from pages', () => {
    expect(looksLikeFeed('<?xml version="1.0"?><rss>')).toBe(true);
    expect(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('<!DOCTYPE html><html><body>')).toBe(false);
  });
});

describe('JSONL records', () => {
  it('reads text and metadata', () => {
    expect(
      parseRecordLine(
        '{"text":"Hi.","title":"T","source":"S","url":"u","published":"2022-02-10","extra":1}',
      ),
    ).toEqual({
      ok: true,
      body: { kind: 'text', value: 'Hi.' },
      meta: { title: 'T', source: 'S', url: 'u', published: '2022-02-10' },
    });
  });

  it('takes html when there is no text', () => {
    expect(parseRecordLine('{"html":"<p>x</p>","published":null}')).toMatchObject({
      ok: true,
      body: { kind: 'html' },
    });
  });

  it.each([
    ['{"text": ', 'JSONL_PARSE', /^bad JSON/],
    ['[1,2]', 'JSONL_FIELD', /record is a JSON array/],
    ['{"title":"x"}', 'JSONL_FIELD', /no "text" or "html"/],
    ['{"text":"x","title":42}', 'JSONL_FIELD', /field "title" must be a string, got number/],
    ['{"text":["x"]}', 'JSONL_FIELD', /field "text" must be a string, got array/],
    ['{"text":"x","published":"soon"}', 'BAD_DATE', /field "published" is not a date/],
    ['{"text":"  "}', 'EMPTY', /empty/],
  ])('rejects %s', (line, code, message) => {
    const parsed = parseRecordLine(line);
    expect(parsed).toMatchObject({ ok: false, code });
    expect(parsed.ok ? '' : parsed.message).toMatch(message);
  });
});

describe('decodeBytes', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Kyïv'))).toEqual({ ok: true, text: 'Kyïv' });
  });

  it('decodes UTF-16 with a BOM', () => {
    expect(
      decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks', 'utf16le')])),
    ).toEqual({
      ok: true,
      text: 'Talks',
    });
  });

  it('reports empty, binary and invalid UTF-8 with the line', () => {
    expect(decodeBytes(bytes(''))).toMatchObject({ ok: false, code: 'EMPTY' });
    expect(decodeBytes(bytes(' \n\t'))).toMatchObject({ ok: false, code: 'EMPTY' });
    expect(decodeBytes(bytes('PK', [0, 0, 1, 2]))).toMatchObject({ ok: false, code: 'BINARY' });
    expect(decodeBytes(bytes([1, 2, 3, 4, 5, 6, 7, 8], 'ab'))).toMatchObject({
      ok: false,
      code: 'BINARY',
    });
    expect(decodeBytes(bytes('line one\nline two\nbad ', [0xc3, 0x28], '\n'))).toEqual({
      ok: false,
      code: 'ENCODING',
      message: 'invalid UTF-8 on line 3',
      line: 3,
    });
  });
});

// Deeply nested HTML: bounded before any DOM is built, so no reader recurses or crawls.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { flattenDeepHtml, MAX_HTML_DEPTH } from './html-depth.js';
import { htmlToText, parseHtmlDocument, readHtml } from './html.js';
import { DEFAULT_MAX_BYTES, readInputs, type IngestItem } from './index.js';

const PARA =
  '<p>Artillery fire was reported near the northern crossing on Tuesday, the monitors said in their daily report.</p>';
const nested = (tag: string, n: number, inner: string, close = true): string =>
  `<${tag}>`.repeat(n) + inner + (close ? `</${tag}>`.repeat(n) : '');
const page = (body: string): string =>
  `<html><head><title>Deep page</title></head><body>${body}</body></html>`;

/** Deepest element nesting of markup as the scan counts it, after flattening. */
const depthAfter = (html: string): number => flattenDeepHtml(flattenDeepHtml(html).html).depth;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('flattenDeepHtml', () => {
  it('leaves shallow markup as it is', () => {
    const html = page(`<div><p>One <b>two</b></p><ul><li>a<li>b</ul></div>`);
    expect(flattenDeepHtml(html)).toMatchObject({ html, dropped: 0 });
  });

  it('ends comments where an HTML parser does, so no tag hides from the bound', () => {
    // `<!-->` and `<!--->` are empty comments and `--!>` closes one: tags after them are counted.
    for (const opener of ['<!-->', '<!--->', '<!-- note --!>']) {
      const flat = flattenDeepHtml(opener + nested('div', 10, 'deep words', false), 4);
      expect(flat.depth).toBe(10);
      expect(flattenDeepHtml(flat.html).depth).toBeLessThanOrEqual(4);
    }
    // A comment never closed runs to the end: nothing after it is markup.
    expect(flattenDeepHtml('<!-- open ' + nested('div', 10, 'x'), 4).dropped).toBe(0);
  });

  it('drops tags past the bound but keeps their words', () => {
    const html = nested('div', 10, 'inner words');
    const flat = flattenDeepHtml(html, 4);
    expect(flat.depth).toBe(10);
    expect(flat.dropped).toBe(12);
    expect(flat.html).toBe(`${'<div>'.repeat(4)} inner words ${'</div>'.repeat(4)}`);
  });

  it('counts depth as the parser builds it: implied closes, void and raw text, SVG', () => {
    expect(flattenDeepHtml('<p>a<p>b<p>c<li>d<li>e').depth).toBe(2);
    // A div ends the paragraph, so the paragraph's end tag leaves the div open.
    expect(flattenDeepHtml('<p><div></p><div><div>').depth).toBe(3);
    expect(flattenDeepHtml('<br><br><img src=x><hr>'.repeat(50)).depth).toBe(1);
    // `<div/>` opens a div in HTML; inside SVG the slash closes the element at once.
    expect(flattenDeepHtml('<div/>'.repeat(5)).depth).toBe(5);
    expect(flattenDeepHtml(`<svg>${'<path d="M0 0"/>'.repeat(500)}</svg><p>x</p>`).depth).toBe(2);
    // Names run to a space, `/` or `>`; quoted values may hold `>`; an unclosed tag swallows the rest.
    expect(flattenDeepHtml('<x<td><b title="a>b"><i>').depth).toBe(3);
    expect(flattenDeepHtml('<div title="open><div><div>').depth).toBe(0);
    expect(flattenDeepHtml(`<script>${'<div>'.repeat(500)}</script><p>x</p>`).depth).toBe(1);
    expect(flattenDeepHtml(`<!-- ${'<div>'.repeat(500)} --><p>x</p>`).depth).toBe(1);
  });

  it('ignores end tags that close nothing', () => {
    const flat = flattenDeepHtml(`${'</span>'.repeat(1000)}<div>x</div>`, 4);
    expect(flat).toMatchObject({ depth: 1, dropped: 0 });
  });

  it('bounds 100,000 nested elements, closed, unclosed, self-closed or inline', () => {
    for (const html of [
      nested('div', 100_000, 'x'),
      nested('div', 100_000, 'x', false),
      '<div/>'.repeat(100_000),
      nested('span', 100_000, 'x', false),
    ]) {
      expect(depthAfter(html)).toBeLessThanOrEqual(MAX_HTML_DEPTH);
    }
  });
});

interface Tree {
  childNodes: ArrayLike<Tree>;
}

/** Depth of the tree linkedom built (iterative: the tree may be deep). */
function domDepth(root: Tree): number {
  let max = 0;
  const stack: Array<[Tree, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (let i = 0; i < node.childNodes.length; i++) stack.push([node.childNodes[i]!, depth + 1]);
  }
  return max;
}

describe('the scan never counts shallower than the parser builds', () => {
  // Tag soup: every tag with special parsing rules, opened, closed, self-closed, in runs.
  const NAMES = [
    'div',
    'p',
    'li',
    'ul',
    'td',
    'tr',
    'table',
    'thead',
    'tfoot',
    'tbody',
    'option',
    'select',
    'dt',
    'dd',
    'b',
    'a',
    'span',
    'svg',
    'path',
    'math',
    'script',
    'title',
    'br',
    'img',
    'form',
    'button',
    'h1',
  ];
  const piece = fc.oneof(
    fc.constantFrom(...NAMES).map((n) => `<${n}>`),
    fc.constantFrom(...NAMES).map((n) => `</${n}>`),
    fc.constantFrom(...NAMES).map((n) => `<${n}/>`),
    fc.constantFrom('x', ' ', '<!-- c -->', '<', '"'),
  );
  const soup = fc
    .array(fc.tuple(piece, fc.integer({ min: 1, max: 60 })), { maxLength: 30 })
    .map((runs) => runs.map(([p, n]) => p.repeat(n)).join(''));

  it('keeps every tree linkedom builds from flattened markup within the bound', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const bound = 8;
        const document = parseHtmlDocument(flattenDeepHtml(html, bound).html);
        // body and html above the page's own elements, and a text node at the bottom.
        expect(domDepth(document.body as unknown as Tree)).toBeLessThanOrEqual(bound + 1);
      }),
      { numRuns: Number(process.env.SPIRAL_FUZZ_RUNS ?? 300) },
    );
  });
});

describe('readHtml on deep pages', () => {
  it('reads 100,000 nested closed elements in seconds, words before, inside and after', () => {
    const html = page(`${PARA}${nested('div', 100_000, 'Deep words stand here.')}${PARA}`);
    const { value, ms } = timed(() => readHtml(html));
    expect(value?.text).toContain('Deep words stand here.');
    expect(value?.text).toContain('Artillery fire');
    expect(value?.meta.title).toBe('Deep page');
    expect(ms).toBeLessThan(10_000);
  });

  it('reads 100,000 unclosed nested elements without hanging', () => {
    const html = page(`${PARA}${nested('div', 100_000, `Deep words. ${PARA}`, false)}`);
    const { value, ms } = timed(() => readHtml(html));
    expect(value?.text).toContain('Deep words.');
    expect(ms).toBeLessThan(10_000);
  });

  it('reads 5,000 nested elements fast', () => {
    const html = page(`${PARA}${nested('div', 5_000, 'Five thousand deep.')}`);
    const { value, ms } = timed(() => readHtml(html));
    expect(value?.text).toContain('Five thousand deep.');
    expect(ms).toBeLessThan(2_000);
  });

  it('reads a deep feed item or JSON Lines fragment', () => {
    expect(htmlToText(nested('b', 50_000, 'bold at the bottom'))).toBe('bold at the bottom');
  });

  it('reads a page of 100,000 line breaks or empty inline elements in seconds', () => {
    for (const filler of ['<br>', '<span> </span>']) {
      const html = page(`<p>Officials said a${filler.repeat(100_000)}b.</p>`);
      const { value, ms } = timed(() => readHtml(html));
      expect(value?.text.startsWith('Officials said a')).toBe(true);
      expect(ms, filler).toBeLessThan(10_000);
    }
  });

  it('reads a page too large for Readability with the body walk', () => {
    const html = page(`<nav>Home | World</nav>${PARA.repeat(12_000)}`);
    const { value, ms } = timed(() => readHtml(html));
    expect(value?.text.startsWith('Artillery fire')).toBe(true);
    expect(value?.text).not.toContain('Home');
    expect(ms).toBeLessThan(10_000);
  });
});

describe('readInputs with a deep page among others', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-deep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every document: the deep one does not take the others with it', async () => {
    writeFileSync(path.join(dir, 'a.txt'), 'Talks resumed in Geneva on Monday, diplomats said.');
    writeFileSync(path.join(dir, 'b.html'), page(nested('div', 100_000, 'Deep report text.')));
    writeFileSync(path.join(dir, 'c.txt'), 'The ceasefire held overnight, observers said.');
    const items: IngestItem[] = [];
    for await (const item of readInputs([dir], { maxBytes: DEFAULT_MAX_BYTES })) items.push(item);
    expect(items.map((i) => (i.kind === 'document' ? i.doc.text : i.error.code))).toEqual([
      'Talks resumed in Geneva on Monday, diplomats said.',
      'Deep report text.',
      'The ceasefire held overnight, observers said.',
    ]);
  });
});

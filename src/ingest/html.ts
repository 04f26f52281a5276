// HTML to article text and metadata, with Readability over a linkedom document. Pure (no I/O).
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { parsePublished } from './dates.js';
import { flattenDeepHtml } from './html-depth.js';
import { normaliseText } from './normalise.js';
import type { FoundMetadata } from './types.js';

// linkedom's DOM types differ from lib.dom's; this module only walks nodes, so a small shape does.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  remove(): void;
}
interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

// The DOM and Readability are loaded the first time a page is read: together they add about
// 6 MB to the peak memory of every process, and most ingests (text, JSON Lines of text) never
// read HTML. Loaded synchronously, through their CommonJS builds, so that this module stays
// synchronous.
const require = createRequire(import.meta.url);
let dom: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | null = null;
function htmlLibraries(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass })
      .Readability,
  };
  return dom;
}

const TEXT_NODE = 3;
/** Placeholders (Private Use Area) for "end of line" and "end of paragraph" while walking. */
const LINE_MARK = '\uE0F1';
const PARAGRAPH_MARK = '\uE0F2';
const ELEMENT_NODE = 1;

/** Elements whose content ends a paragraph. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);
/** Elements that never hold article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'HEAD',
  'TITLE',
  'OBJECT',
  'CANVAS',
]);
/**
 * Navigation never holds article text; removed before Readability sees the page. Not <form>:
 * ASP.NET pages wrap the whole body in one.
 */
const NAVIGATION = 'nav, menu, [role="navigation"], [role="contentinfo"]';
/** Page furniture, dropped too when falling back to the whole body (Readability keeps article headers). */
const FURNITURE = `${NAVIGATION}, header, footer, aside, [role="banner"]`;

function removeAll(document: DomDocument, selector: string): void {
  const found = document.querySelectorAll(selector);
  for (let i = found.length - 1; i >= 0; i--) found[i]!.remove();
}

/**
 * A DOM with documentElement and body, whatever the input (fragments get a skeleton). Nesting is
 * bounded first (see html-depth.ts): every walk of the tree below may then recurse safely.
 */
export function parseHtmlDocument(markup: string): DomDocument {
  return parseShallowHtml(flattenDeepHtml(markup).html);
}

/** parseHtmlDocument for markup already flattened. */
function parseShallowHtml(html: string): DomDocument {
  const hasSkeleton = /<html[\s>]/i.test(html) || /<body[\s>]/i.test(html);
  const source = hasSkeleton
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { parseHTML } = htmlLibraries();
  let document = parseHTML(source).document as unknown as DomDocument;
  if (!document.documentElement || !document.body) {
    document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
      .document as unknown as DomDocument;
  }
  return document;
}

/** Text of a DOM subtree with blank lines between blocks and a line break for <br>. */
export function nodeToText(root: DomNode): string {
  // Block boundaries are marked, then merged: nested blocks must not stack blank lines.
  const parts: string[] = [];
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      parts.push(pre ? text : text.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(name);
    const separator =
      name === 'LI' || name === 'TR' || name === 'DT' || name === 'DD' ? LINE_MARK : PARAGRAPH_MARK;
    if (block) parts.push(separator);
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!, pre || name === 'PRE');
    if (block) parts.push(separator);
    else if (name === 'TD' || name === 'TH') parts.push(' ');
  };
  walk(root, false);
  return parts.join('').replace(SEPARATOR_RUN, mergeSeparators);
}

/** A run of spaces, line breaks and block marks between two pieces of text. */
const SEPARATOR_RUN = /[ \n\uE0F1\uE0F2]+/g;

/**
 * What a run between two pieces of text becomes: a blank line if a paragraph ends in it, else a
 * line break per marked line end, spaces dropped next to line breaks (they come from source
 * indentation), at most one blank line. Decided per whole run: the patterns this replaces
 * (spaces, then a line break, then spaces) were retried from each character of a run, quadratic
 * on a page of 100,000 <br>.
 */
function mergeSeparators(run: string): string {
  if (run.includes(PARAGRAPH_MARK)) return '\n\n';
  const lines = run.replace(/[ \uE0F1]+/g, (part) => (part.includes(LINE_MARK) ? '\n' : part));
  if (!lines.includes('\n')) return lines;
  const breaks = lines.replace(/ +/g, '');
  return breaks.length >= 3 ? '\n\n' : breaks;
}

/** HTML (a fragment, e.g. a feed item's content) to normalised text. */
export function htmlToText(html: string): string {
  const document = parseHtmlDocument(html);
  return normaliseText(nodeToText(document.body ?? document.documentElement!));
}

/** Lower-cased name/property/itemprop → content of every <meta>. First one wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'date',
  'pubdate',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'datepublished',
];

/** "Talks stall | Example News" → "Talks stall" when the site name is known. */
function withoutSiteSuffix(title: string, site: string | null): string {
  if (!site) return title;
  for (const separator of [' | ', ' - ', ' — ', ' – ', ' :: ', ' · ']) {
    const suffix = `${separator}${site}`;
    if (title.endsWith(suffix) && title.length > suffix.length)
      return title.slice(0, -suffix.length);
  }
  return title;
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = normaliseText(value).replace(/\s*\n\s*/g, ' ');
  return text === '' ? null : text;
}

export function readHtmlMetadata(document: DomDocument): FoundMetadata {
  const tags = metaTags(document);
  const source = clean(tags.get('og:site_name'));
  const rawTitle =
    clean(tags.get('og:title')) ?? clean(document.querySelector('title')?.textContent);
  let published: string | null = null;
  for (const key of DATE_META) {
    const value = tags.get(key);
    // Scraped metadata may be junk: a value that is not a date is ignored, not an error.
    published = value ? parsePublished(value) : null;
    if (published) break;
  }
  if (!published) {
    const times = document.querySelectorAll('time[datetime]');
    for (let i = 0; i < times.length && !published; i++) {
      published = parsePublished(times[i]!.getAttribute('datetime') ?? '');
    }
  }
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const url = canonical || tags.get('og:url') || null;
  return {
    title: rawTitle === null ? null : withoutSiteSuffix(rawTitle, source),
    source,
    url,
    published,
  };
}

/**
 * Pages with more elements than this skip Readability for the linear body text walk (its own
 * `maxElemsToParse` counts elements with `getElementsByTagName('*')`, which linkedom answers with
 * none). Readability's scoring revisits the ancestors of every paragraph: a 1 MB page of 100,000
 * elements took 13 s; news pages have 1,000-5,000 elements.
 */
export const MAX_READABILITY_ELEMENTS = 10_000;

export interface ReadHtml {
  text: string;
  meta: FoundMetadata;
}

/** Article text of a page (Readability, else the body without page furniture), or null if none. */
export function readHtml(markup: string): ReadHtml | null {
  const flat = flattenDeepHtml(markup);
  const document = parseShallowHtml(flat.html);
  const meta = readHtmlMetadata(document);
  let text = '';
  if (flat.elements <= MAX_READABILITY_ELEMENTS) {
    try {
      // Readability changes the document it reads; give it its own copy.
      const copy = parseShallowHtml(flat.html);
      removeAll(copy, NAVIGATION);
      const { Readability } = htmlLibraries();
      const article = new Readability(copy as unknown as Document, {
        charThreshold: 100,
      }).parse();
      if (article?.content) text = htmlToText(article.content);
    } catch {
      // Readability gives up on some malformed trees; the fallback below still reads them.
    }
  }
  if (text === '' && document.body) {
    removeAll(document, FURNITURE);
    text = normaliseText(nodeToText(document.body));
  }
  // Markup debris ("<<<>>>", "|") is not article text: it needs at least one letter.
  if (!/\p{L}/u.test(text)) return null;
  return { text, meta };
}

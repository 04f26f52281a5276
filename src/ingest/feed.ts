// RSS/Atom feeds: one document per item. Pure.
import { parseFeed } from '@rowanmanning/feed-parser';
import { dateToDay, parsePublished } from './dates.js';
import { htmlToText } from './html.js';
import type { FoundMetadata } from './types.js';
import { itemSpans, maskHidden, openTagsAt, tagProblem, type ItemSpan } from './xml-scan.js';

export interface FeedEntry {
  /** 1-based position of the item in the feed. */
  number: number;
  /** Normalised text; `''` when the item has none. */
  text: string;
  meta: FoundMetadata;
}

/** An item that could not be read, by its position in the feed. */
export interface FeedItemProblem {
  number: number;
  code: 'FEED_PARSE' | 'BAD_DATE';
  message: string;
}

export type ReadFeed =
  { ok: true; entries: Array<FeedEntry | FeedItemProblem> } | { ok: false; message: string };

type ParsedFeed = ReturnType<typeof parseFeed>;
type ParsedItem = ParsedFeed['items'][number];

/** Elements an item's date may sit in (RSS, Dublin Core, Atom), in the parser's order. */
const DATE_ELEMENTS = ['pubdate', 'date', 'published', 'issued', 'updated', 'modified'];

function tryParse(xml: string): ParsedFeed | string {
  try {
    return parseFeed(xml);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** The item's date, or a problem when the item gives one that is not a date. */
function itemDate(item: ParsedItem): { day: string | null } | { bad: string } {
  const date = item.published ?? item.updated;
  if (date) return { day: dateToDay(date) };
  for (const name of DATE_ELEMENTS) {
    const raw = item.element.findElementWithName(name)?.textContent.trim();
    if (!raw) continue;
    const day = parsePublished(raw);
    return day ? { day } : { bad: raw };
  }
  return { day: null };
}

/** Where a feed links from, to resolve relative item links. */
interface FeedContext {
  source: string | null;
  url: string | null;
}

function feedContext(feed: ParsedFeed | string): FeedContext {
  if (typeof feed === 'string') return { source: null, url: null };
  return { source: feed.title?.trim() || null, url: feed.url };
}

/**
 * The item's link, as the parser's `item.url` finds it (RSS: the first <link> with text; Atom:
 * the alternate or plain <link href>), resolved against the feed's link. The parser's own getter
 * looks the feed's link up again for every item, a walk over the whole feed: a 20,000-item feed
 * took minutes.
 */
function itemUrl(item: ParsedItem, feedUrl: string | null): string | null {
  const links = item.element.findElementsWithName('link');
  const url =
    item.element.name === 'entry'
      ? links.find((l) => l.getAttribute('rel') === 'alternate')?.getAttributeAsUrl('href') ||
        links.find((l) => l.getAttribute('rel') === null)?.getAttributeAsUrl('href')
      : links.find((l) => l.textContentNormalized)?.textContentAsUrl;
  if (!url) return null;
  try {
    return new URL(url, feedUrl ?? undefined).href;
  } catch {
    return url;
  }
}

function toEntry(item: ParsedItem, number: number, feed: FeedContext): FeedEntry | FeedItemProblem {
  const date = itemDate(item);
  if ('bad' in date) {
    return {
      number,
      code: 'BAD_DATE',
      message: `item date is not a date: "${date.bad.slice(0, 80)}"`,
    };
  }
  // Full content when the feed carries it, else the summary.
  const html = item.content?.trim() || item.description?.trim() || '';
  return {
    number,
    text: html === '' ? '' : htmlToText(html),
    meta: {
      title: item.title?.trim() || null,
      url: itemUrl(item, feed.url),
      published: date.day,
      source: feed.source,
    },
  };
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1))
    line++;
  return line;
}

/**
 * Items read one at a time, each inside the feed's own opening tags (its root and channel), so a
 * broken item is named and the ones after it are still read.
 */
function readItemsAlone(
  xml: string,
  masked: string,
  spans: ItemSpan[],
): Array<FeedEntry | FeedItemProblem> {
  const enclosing = openTagsAt(masked, spans[0]!.start);
  const open = enclosing.map((tag) => xml.slice(tag.start, tag.end)).join('');
  const close = enclosing
    .map((tag) => `</${xml.slice(tag.start + 1, tag.end).match(/^[^\s/>]+/)![0]}>`)
    .reverse()
    .join('');
  // The feed's title sits before its first item.
  const context = feedContext(tryParse(`${xml.slice(0, spans[0]!.start)}${close}`));
  return spans.map((span): FeedEntry | FeedItemProblem => {
    const problem = tagProblem(masked, span.start, span.end);
    if (problem)
      return {
        number: span.number,
        code: 'FEED_PARSE',
        message: `item (line ${lineAt(xml, span.start)}) is not well-formed XML: ${problem}`,
      };
    const alone = tryParse(`${open}${xml.slice(span.start, span.end)}${close}`);
    const item = typeof alone === 'string' ? undefined : alone.items[0];
    if (!item) {
      const why = typeof alone === 'string' ? ` (${alone})` : '';
      return { number: span.number, code: 'FEED_PARSE', message: `item could not be read${why}` };
    }
    return toEntry(item, span.number, context);
  });
}

export function readFeed(xml: string): ReadFeed {
  const masked = maskHidden(xml);
  const spans = itemSpans(masked);
  const feed = tryParse(xml);
  if (typeof feed !== 'string') {
    // The parser guesses its way through broken markup: trust it only when it found every item
    // the scan sees and each of them is well formed.
    const intact =
      spans.length > 0 &&
      feed.items.length === spans.length &&
      spans.every((span) => tagProblem(masked, span.start, span.end) === null);
    if (intact) {
      const context = feedContext(feed);
      return { ok: true, entries: feed.items.map((item, i) => toEntry(item, i + 1, context)) };
    }
  }
  if (spans.length > 0) return { ok: true, entries: readItemsAlone(xml, masked, spans) };
  if (typeof feed === 'string') return { ok: false, message: `not an RSS or Atom feed (${feed})` };
  const problem = tagProblem(masked);
  if (problem) return { ok: false, message: `not well-formed XML and no items found: ${problem}` };
  return { ok: true, entries: [] };
}

/** Does this markup look like a feed rather than a web page (for stdin sniffing)? */
export function looksLikeFeed(markup: string): boolean {
  const head = markup.slice(0, 2048);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head) && !/<html[\s>]/i.test(head);
}

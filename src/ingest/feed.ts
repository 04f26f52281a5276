// RSS/Atom feeds: one document per item. Pure.
import { parseFeed } from '@rowanmanning/feed-parser';
import { dateToDay } from './dates.js';
import { htmlToText } from './html.js';
import type { FoundMetadata } from './types.js';

export interface FeedEntry {
  /** 1-based position of the item in the feed. */
  number: number;
  /** Normalised text; `''` when the item has none. */
  text: string;
  meta: FoundMetadata;
}

export type ReadFeed = { ok: true; entries: FeedEntry[] } | { ok: false; message: string };

export function readFeed(xml: string): ReadFeed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `not an RSS or Atom feed (${detail})` };
  }
  const source = feed.title?.trim() || null;
  const entries = feed.items.map((item, i): FeedEntry => {
    // Full content when the feed carries it, else the summary.
    const html = item.content?.trim() || item.description?.trim() || '';
    const date = item.published ?? item.updated;
    return {
      number: i + 1,
      text: html === '' ? '' : htmlToText(html),
      meta: {
        title: item.title?.trim() || null,
        url: item.url,
        published: date ? dateToDay(date) : null,
        source,
      },
    };
  });
  return { ok: true, entries };
}

/** Does this markup look like a feed rather than a web page (for stdin sniffing)? */
export function looksLikeFeed(markup: string): boolean {
  const head = markup.slice(0, 2048);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head) && !/<html[\s>]/i.test(head);
}

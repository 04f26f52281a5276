// A cheap, linear look at XML tags without building a tree: where the feed items are and whether
// each one is well formed. The feed parser recovers from broken markup by guessing, and a guess
// can swallow the items after a broken one; this scan tells which items can be trusted. Pure.

/** Comments, CDATA sections, processing instructions and doctypes hide tags from the scan. */
const HIDDEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE[^>]*>?/gi;

/** The text with hidden parts blanked out (same length, so offsets still point into the original). */
export function maskHidden(xml: string): string {
  return xml.replace(HIDDEN, (part) => ' '.repeat(part.length));
}

export interface Tag {
  name: string;
  /** Offset of `<` and just after `>`. */
  start: number;
  end: number;
  kind: 'open' | 'close' | 'empty';
}

// Attribute values may hold `>` inside quotes; a name is what XML allows, prefixes included. No
// part may cross a `<` (XML forbids it in attributes): a tag left open then costs one short look
// ahead, not a scan to the end of the text for every `<` after it.
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*?)(\/?)>/g;

/** Start, end and empty-element tags of masked XML, in order. */
export function* scanTags(masked: string, from = 0, to = masked.length): Generator<Tag> {
  const pattern = new RegExp(TAG.source, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(masked); m && m.index < to; m = pattern.exec(masked)) {
    const kind = m[1] ? 'close' : m[4] ? 'empty' : 'open';
    yield { name: m[2]!.toLowerCase(), start: m.index, end: m.index + m[0].length, kind };
  }
}

/**
 * HTML's empty elements, often pasted unescaped into feed descriptions (`<br>`, `<img ...>`): not
 * closing them is sloppy, not broken, and the parser reads such items right. (Not `link`,
 * `source` or `meta`: RSS gives those content.)
 */
const HTML_EMPTY = new Set([
  'br',
  'hr',
  'img',
  'input',
  'wbr',
  'area',
  'col',
  'embed',
  'param',
  'track',
]);

/** Why a stretch of masked XML is not well formed (the first unclosed or stray tag), or null. */
export function tagProblem(masked: string, from = 0, to = masked.length): string | null {
  const open: Tag[] = [];
  for (const tag of scanTags(masked, from, to)) {
    if (tag.end > to) break;
    if (HTML_EMPTY.has(tag.name)) continue;
    if (tag.kind === 'open') open.push(tag);
    else if (tag.kind === 'close') {
      const top = open.pop();
      if (!top) return `</${tag.name}> closes nothing`;
      if (top.name !== tag.name) return `<${top.name}> is not closed (found </${tag.name}>)`;
    }
  }
  const last = open.pop();
  return last ? `<${last.name}> is not closed` : null;
}

/** Start tags still open at `to`, outermost first (what encloses the first item). */
export function openTagsAt(masked: string, to: number): Tag[] {
  const open: Tag[] = [];
  for (const tag of scanTags(masked, 0, to)) {
    if (tag.end > to) break;
    if (HTML_EMPTY.has(tag.name)) continue;
    if (tag.kind === 'open') open.push(tag);
    else if (tag.kind === 'close') {
      const at = open.map((t) => t.name).lastIndexOf(tag.name);
      if (at >= 0) open.length = at;
    }
  }
  return open;
}

export interface ItemSpan {
  /** 1-based position among the feed's items. */
  number: number;
  start: number;
  end: number;
}

const ITEM_NAMES = new Set(['item', 'entry']);
const ROOT_CLOSERS = new Set(['channel', 'rss', 'feed', 'rdf:rdf']);

/**
 * Where each `<item>` (RSS) or `<entry>` (Atom) starts and ends in masked XML. An item ends at
 * its end tag, or, when that is missing, where the next item (or the channel) begins: a broken
 * item then stays alone instead of taking its neighbours with it.
 */
export function itemSpans(masked: string): ItemSpan[] {
  const spans: ItemSpan[] = [];
  let current: { start: number; name: string } | null = null;
  const finish = (end: number): void => {
    if (current) spans.push({ number: spans.length + 1, start: current.start, end });
    current = null;
  };
  for (const tag of scanTags(masked)) {
    if (ITEM_NAMES.has(tag.name) && tag.kind !== 'close') {
      // Items do not nest: a new one ends an unfinished one.
      finish(tag.start);
      if (tag.kind === 'empty')
        spans.push({ number: spans.length + 1, start: tag.start, end: tag.end });
      else current = { start: tag.start, name: tag.name };
      continue;
    }
    if (!current) continue;
    if (tag.kind === 'close' && tag.name === current.name) finish(tag.end);
    else if (tag.kind === 'close' && ROOT_CLOSERS.has(tag.name)) finish(tag.start);
  }
  finish(masked.length);
  return spans;
}

// Bounds the nesting depth of HTML before any DOM is built. Real pages nest a few dozen elements
// deep; a hostile or broken page can nest 100,000, and every tree walk after parsing (Readability,
// our own text walk) is then recursive (the stack overflows) or quadratic (minutes per page). One
// linear pass over the tags estimates each element's depth the way a browser would and drops the
// tags past the bound, keeping their text: the page reads as flatter markup with the same words.
// Pure.

/**
 * Elements deeper than this lose their tags (not their text). News pages measured here nest
 * 15-40 deep; 5,000 nested elements took minutes in Readability, 128 take milliseconds.
 */
export const MAX_HTML_DEPTH = 128;

/** Elements that never have content or an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Roots of foreign content, where `<x/>` is an empty element as in XML. */
const FOREIGN = new Set(['svg', 'math']);

/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
]);

/** Elements a start tag of the same name closes when it is the current one (`<p>a<p>b`, `<li>`). */
const SELF_CLOSING_SIBLINGS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'rt',
  'rp',
  'thead',
  'tbody',
  'tfoot',
]);

// Comments first (they may hold anything), then start and end tags. No part crosses a `<`, so a
// stray `<` costs a short look ahead rather than a scan to the end for each one.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][\w:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

interface Open {
  name: string;
  kept: boolean;
  /** Inside <svg> or <math>. */
  foreign: boolean;
}

export interface Flattened {
  html: string;
  /** Deepest nesting seen (before flattening). */
  depth: number;
  /** Tags dropped (start and end tags). */
  dropped: number;
  /** Elements opened (start tags, void ones included): a cheap measure of the work ahead. */
  elements: number;
}

/**
 * The HTML with no element nested deeper than `maxDepth`: start tags past the bound and their end
 * tags are replaced by a space (one per run of them). Returns the input itself when it is shallow enough.
 */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): Flattened {
  const stack: Open[] = [];
  // How many of each name are open: a stray end tag must not cost a walk down a deep stack.
  const openCount = new Map<string, number>();
  const push = (entry: Open): void => {
    stack.push(entry);
    openCount.set(entry.name, (openCount.get(entry.name) ?? 0) + 1);
  };
  const pop = (): Open => {
    const entry = stack.pop()!;
    openCount.set(entry.name, openCount.get(entry.name)! - 1);
    return entry;
  };
  const cuts: Array<[number, number]> = [];
  let depth = 0;
  let elements = 0;
  const token = new RegExp(TOKEN.source, 'g');
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      // An end tag closes the nearest open element of its name and everything opened inside it.
      if (!openCount.get(name)) continue;
      let closed = pop();
      while (closed.name !== name) closed = pop();
      if (!closed.kept) cuts.push([start, end]);
      continue;
    }
    elements += 1;
    if (VOID.has(name)) continue;
    // `<div/>` opens a div in HTML (the slash means nothing there); only inside SVG and MathML
    // does it close the element at once.
    if (m[3] && stack[stack.length - 1]?.foreign) {
      if (stack.length >= maxDepth) cuts.push([start, end]);
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && stack[stack.length - 1]?.name === name) pop();
    const kept = stack.length < maxDepth;
    if (!kept) cuts.push([start, end]);
    const foreign = FOREIGN.has(name) || !!stack[stack.length - 1]?.foreign;
    push({ name, kept, foreign });
    depth = Math.max(depth, stack.length);
    if (RAW_TEXT.has(name)) {
      // Skip to the end tag: `<script>if (a<b)...` holds no elements.
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = end;
      const found = close.exec(html);
      pop();
      if (!found) break;
      if (!kept) cuts.push([found.index, found.index + found[0].length]);
      token.lastIndex = found.index + found[0].length;
    }
  }
  if (cuts.length === 0) return { html, depth, dropped: 0, elements };
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    // One space where tags stood between words; a run of cut tags leaves a single space, not a
    // long blank text node for Readability to scan at every ancestor.
    const between = html.slice(at, start);
    if (between !== '' || at === 0) parts.push(between, ' ');
    at = end;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), depth, dropped: cuts.length, elements };
}

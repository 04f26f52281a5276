// Bounds the nesting depth of HTML before any DOM is built. Article pages rarely nest more than a
// few dozen elements; a hostile or broken page can nest 100,000, and every tree walk after parsing
// (Readability, our own text walk) is then recursive (the stack overflows) or quadratic (minutes
// per page). One linear pass over the tags counts each element's depth as the parser (linkedom's
// htmlparser2) will build it, never less, and drops the tags past the bound, keeping their text:
// the page reads as flatter markup with the same words. Pure.

/**
 * Elements deeper than this lose their tags (not their text). 5,000 nested elements took about
 * three minutes in Readability (issue 16); bounded, 100,000 take well under a second here.
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

/**
 * Elements whose content is raw text up to their end tag: tags inside are not tags (as linkedom
 * parses them; it reads <iframe>, <noembed> and <noframes> content as markup).
 */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/** Element sets of the parser's rules below. */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const TABLE_SECTION = ['thead', 'tbody'];
const DEFINITION = ['dd', 'dt'];
const RUBY = ['rt', 'rp'];

/**
 * Start tags that close the current element first, while it is one of these (`<p>a<p>b`,
 * `<li>a<li>b`, `<p>a<div>` ends the paragraph): htmlparser2's rules, which linkedom follows.
 * They matter beyond depth: `<p><div></p>` leaves the div open, since the div closed the p.
 */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (name) => [name, new Set(FORM)] as const,
  ),
  ...DEFINITION.map((name) => [name, new Set(DEFINITION)] as const),
  ...RUBY.map((name) => [name, new Set(RUBY)] as const),
  ...['tbody', 'tfoot'].map((name) => [name, new Set(TABLE_SECTION)] as const),
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((name) => [name, new Set(P)] as const),
]);

/** Where `<x/>` closes at once (SVG, MathML) and where HTML resumes inside them. */
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

/** A stack of element names that knows how many of each it holds (a stray end tag costs O(1)). */
class NameStack {
  readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  get length(): number {
    return this.names.length;
  }
  top(): string | undefined {
    return this.names[this.names.length - 1];
  }
  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }
  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  pop(): string {
    const name = this.names.pop()!;
    this.counts.set(name, this.counts.get(name)! - 1);
    return name;
  }
  /** Pops up to and including the nearest `name` (which must be held). */
  popTo(name: string): void {
    while (this.pop() !== name);
  }
  clear(): void {
    this.names.length = 0;
    this.counts.clear();
  }
}

interface HtmlTag {
  kind: 'open' | 'close';
  /** Lower-cased. */
  name: string;
  start: number;
  end: number;
  selfClosing: boolean;
  /** For a raw text element (<script>...): where it ends, after its end tag (or the input's). */
  rawEnd?: number;
}

const NAME_END = /[\s/>]/g;
// A quoted value runs to its closing quote or, like the parser's, to the end of the input.
const ATTRIBUTE =
  /[\s/]*(?:>|([^\s/>][^\s/>=]*)\s*(?:=\s*(?:"[^"]*(?:"|$)|'[^']*(?:'|$)|[^\s>]*))?)/y;

/** Where the tag name starting at `at` ends. */
function nameEnd(html: string, at: number): number {
  NAME_END.lastIndex = at;
  return NAME_END.exec(html)?.index ?? html.length;
}

/** Just past the `>` closing the start tag whose attributes begin at `at`; -1 if it never closes. */
function startTagEnd(html: string, at: number): number {
  ATTRIBUTE.lastIndex = at;
  for (;;) {
    const from = ATTRIBUTE.lastIndex;
    const m = ATTRIBUTE.exec(html);
    if (!m || ATTRIBUTE.lastIndex === from) return -1; // an open quote or the end of input
    if (m[0].endsWith('>') && m[1] === undefined) return ATTRIBUTE.lastIndex;
  }
}

/**
 * The start and end tags of HTML as htmlparser2 (linkedom's parser) reads them, in one linear
 * pass: names run to a space, `/` or `>`; quoted attribute values may hold `<` and `>`; comments,
 * CDATA, declarations and raw text (script, style...) hide tags; a tag or comment left open
 * swallows the rest of the input.
 */
function* htmlTags(html: string): Generator<HtmlTag> {
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length - 1) {
    const next = html[at + 1]!;
    let resume: number;
    if (/[A-Za-z]/.test(next)) {
      const nameStop = nameEnd(html, at + 1);
      const end = startTagEnd(html, nameStop);
      if (end === -1) return;
      const name = html.slice(at + 1, nameStop).toLowerCase();
      const selfClosing = html[end - 2] === '/';
      const tag: HtmlTag = { kind: 'open', name, start: at, end, selfClosing };
      resume = end;
      // The parser reads `<script/>` as an empty element, and what follows as markup.
      if (RAW_TEXT.has(name) && !selfClosing) {
        const close = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
        close.lastIndex = end;
        const found = close.exec(html);
        const closeEnd = found ? html.indexOf('>', found.index) : -1;
        tag.rawEnd = closeEnd === -1 ? html.length : closeEnd + 1;
        resume = tag.rawEnd;
      }
      yield tag;
    } else if (next === '/' && /[A-Za-z]/.test(html[at + 2] ?? '')) {
      const nameStop = nameEnd(html, at + 2);
      const end = html.indexOf('>', nameStop);
      if (end === -1) return;
      const name = html.slice(at + 2, nameStop).toLowerCase();
      yield { kind: 'close', name, start: at, end: end + 1, selfClosing: false };
      resume = end + 1;
    } else if (html.startsWith('<!--', at)) {
      const end = commentEnd(html, at);
      if (end === -1) return;
      resume = end;
    } else if (html.startsWith('<![CDATA[', at)) {
      const end = html.indexOf(']]>', at + 9);
      if (end === -1) return;
      resume = end + 3;
    } else if (next === '!' || next === '?' || next === '/') {
      // Declarations, processing instructions and `</` without a name run to the next `>`.
      const end = html.indexOf('>', at + 2);
      if (end === -1) return;
      resume = end + 1;
    } else {
      resume = at + 1; // `<` before anything else is text
    }
    at = html.indexOf('<', resume);
  }
}

/**
 * Where the comment opening at `at` ends, as an HTML parser ends it (WHATWG HTML, "comment start
 * state"): `<!-->` and `<!--->` are empty comments, and `--!>` closes one as `-->` does. Reading
 * `<!-->` as the start of a comment running to the next `-->` hid every tag after it from the
 * depth bound while the DOM parser still built them: a fuzzed page of 7,695 nested divs behind
 * `<!-->` hung the reader. -1 when the comment runs to the end of the text.
 */
function commentEnd(html: string, at: number): number {
  const body = at + 4;
  if (html[body] === '>') return body + 1;
  if (html.startsWith('->', body)) return body + 2;
  const plain = html.indexOf('-->', body);
  const banged = html.indexOf('--!>', body);
  if (banged !== -1 && (plain === -1 || banged < plain)) return banged + 4;
  return plain === -1 ? -1 : plain + 3;
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
  // The parser's open elements, as it will see the flattened markup; and the elements opened
  // past the bound (their tags dropped, so the parser never sees them), inside the parser's top.
  const open = new NameStack();
  const overflow = new NameStack();
  // htmlparser2's foreign-content flags: true inside <svg>/<math>, false in their HTML islands.
  const foreign: boolean[] = [];
  const cuts: Array<[number, number]> = [];
  let depth = 0;
  let elements = 0;
  for (const tag of htmlTags(html)) {
    const { name, start, end } = tag;
    if (tag.kind === 'close') {
      if (overflow.has(name)) {
        overflow.popTo(name);
        cuts.push([start, end]);
        continue;
      }
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      if (open.has(name)) {
        // Closing a kept element closes everything opened inside it, dropped ones too.
        open.popTo(name);
        overflow.clear();
      } else if (name === 'p' || name === 'br') {
        depth = Math.max(depth, open.length + 1); // `</p>` and `</br>` make an empty element
      }
      continue;
    }
    elements += 1;
    if (open.length >= maxDepth) {
      // Too deep. A raw text element goes whole, content too (without its tags the parser would
      // read the content as markup this scan never counted).
      cuts.push([start, tag.rawEnd ?? end]);
      if (tag.rawEnd === undefined && !VOID.has(name)) overflow.push(name);
      depth = Math.max(depth, open.length + overflow.length);
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    while (closes && open.length > 0 && closes.has(open.top()!)) open.pop();
    if (VOID.has(name)) {
      depth = Math.max(depth, open.length + 1);
      continue;
    }
    open.push(name);
    depth = Math.max(depth, open.length);
    if (FOREIGN.has(name)) foreign.push(true);
    else if (INTEGRATION.has(name)) foreign.push(false);
    if (tag.rawEnd !== undefined) {
      // Raw text, then its end tag (a title is an HTML island, so its flag goes too).
      open.pop();
      if (INTEGRATION.has(name)) foreign.pop();
    } else if (tag.selfClosing && foreign[foreign.length - 1]) {
      // `<path/>` in SVG closes at once; `<div/>` in HTML opens a div (the slash means nothing).
      open.pop();
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

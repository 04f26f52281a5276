// Building the page from data. Every stored string (titles, text, outlets, URLs) is hostile:
// it only ever becomes a text node or a checked attribute, never markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** An element with attributes (on* keys become listeners) and children (strings become text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'href') {
      const safe = safeHref(String(value));
      if (safe) node.setAttribute('href', safe);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/**
 * A link target that cannot run code: site paths, and http(s) URLs. `javascript:`, `data:` and
 * anything else come back null (shown as text, not as a link).
 */
export function safeHref(value: string): string | null {
  const trimmed = value.trim();
  // `//host` and `/\host` are other sites to a browser, not paths of this one.
  if (/^\/(?![/\\])/.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An outside link (opened without our referrer), or the URL as plain text when unsafe. */
export function externalLink(url: string | null, label?: string): Node {
  if (!url) return document.createTextNode(label ?? '');
  const safe = safeHref(url);
  if (!safe || safe.startsWith('/')) return el('span', { class: 'unsafe-url' }, label ?? url);
  return el(
    'a',
    { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank' },
    label ?? url,
  );
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'panel' }, el('h2', {}, title), ...children);
}

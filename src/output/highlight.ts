// Marking spans of a sentence (the coded words). Pure.

export interface Span {
  start: number;
  end: number;
}

export type HighlightStyle = 'ansi' | 'brackets';

/**
 * Marks spans of `text`: ANSI bold on a terminal, `[[...]]` when piped. Overlapping spans are
 * merged so the marks always nest properly.
 */
export function highlight(text: string, spans: Span[], style: HighlightStyle): string {
  const valid = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of valid) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const [open, close] = style === 'ansi' ? ['\x1b[1m', '\x1b[22m'] : ['[[', ']]'];
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += text.slice(at, span.start) + open + text.slice(span.start, span.end) + close;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Where a phrase occurs in a sentence (case-insensitive), for actor words the coder named. */
export function findPhrase(text: string, phrase: string): Span | null {
  if (!phrase.trim()) return null;
  const index = text.toLowerCase().indexOf(phrase.toLowerCase());
  return index < 0 ? null : { start: index, end: index + phrase.length };
}

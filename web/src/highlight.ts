// Cuts a text into runs that each carry the marks covering them (evidence, trigger, actor), so
// the page can wrap runs in elements without ever parsing the text as markup.

export interface MarkSpan {
  start: number;
  end: number;
  mark: string;
}

export interface Run {
  text: string;
  marks: string[];
}

export function runs(text: string, spans: MarkSpan[]): Run[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = [
      ...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.mark)),
    ].sort();
    const last = out[out.length - 1];
    const piece = text.slice(start, end);
    if (last && last.marks.join() === marks.join()) last.text += piece;
    else out.push({ text: piece, marks });
  }
  return out;
}

/** Where a phrase first occurs in `text` between `from` and `to` (case-insensitive). */
export function findWithin(
  text: string,
  phrase: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  const needle = phrase.trim().toLowerCase();
  if (!needle) return null;
  const at = text.slice(from, to).toLowerCase().indexOf(needle);
  return at < 0 ? null : { start: from + at, end: from + at + needle.length };
}

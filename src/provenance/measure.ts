// What a copy changed of its original, token-aligned: the statistics behind issue 17's held-out
// ranges (tokens shared, content and function words replaced, names and numbers kept, length).
// Used on real pairs (measure-cli.ts, texts never committed) and on generated ones, so the
// generator can be checked against the rates that real spinners show.
import { tokenize, type TokenKind } from './text.js';

export interface SpinStats {
  originalTokens: number;
  copyTokens: number;
  /** copy / original, in tokens. */
  lengthRatio: number;
  /** Tokens aligned identically (a longest common subsequence), over the shorter text's length. */
  shared: number;
  /** Of the original's content words inside the copied part: the share replaced by other words. */
  contentReplaced: number;
  /** Same for closed-class words (the, of, said, should...). */
  functionReplaced: number;
  /** Of the original's names (capitalised mid-sentence) and numbers inside the copied part: the
   *  share the copy kept. */
  anchorsKept: number;
  /** Counts behind the rates, for pooling several pairs. */
  counts: Record<'content' | 'function' | 'anchor', { kept: number; replaced: number }>;
}

interface Flat {
  word: string;
  kind: TokenKind;
}

const flatten = (text: string): Flat[] =>
  tokenize(text).flatMap((s) => s.tokens.map((t) => ({ word: t.word, kind: t.kind })));

/** A gap of the original facing a gap of the copy is a replacement when the two are of like
 *  size; a longer run is a cut (dropped paragraph) or an addition (furniture), not a rewording. */
const MAX_REPLACED_RUN = 8;

type Group = 'content' | 'function' | 'anchor';
const groupOf = (kind: TokenKind): Group =>
  kind === 'content' ? 'content' : kind === 'func' ? 'function' : 'anchor';

export function measureSpin(original: string, copy: string): SpinStats {
  const a = flatten(original);
  const b = flatten(copy);
  const pairs = lcsPairs(
    a.map((t) => t.word),
    b.map((t) => t.word),
  );
  const counts: SpinStats['counts'] = {
    content: { kept: 0, replaced: 0 },
    function: { kept: 0, replaced: 0 },
    anchor: { kept: 0, replaced: 0 },
  };
  for (const [i] of pairs) counts[groupOf(a[i]!.kind)].kept++;
  // Gaps between consecutive aligned pairs (and before the first / after the last).
  const bounds: Array<[number, number]> = [[-1, -1], ...pairs, [a.length, b.length]];
  for (let k = 1; k < bounds.length; k++) {
    const [i0, j0] = bounds[k - 1]!;
    const [i1, j1] = bounds[k]!;
    const gapA = i1 - i0 - 1;
    const gapB = j1 - j0 - 1;
    const edge = k === 1 || k === bounds.length - 1;
    if (gapA === 0 || gapB === 0 || edge) continue;
    if (gapA > MAX_REPLACED_RUN || gapB > 3 * gapA + 3) continue;
    for (let i = i0 + 1; i < i1; i++) counts[groupOf(a[i]!.kind)].replaced++;
  }
  const rate = (c: { kept: number; replaced: number }, of: 'kept' | 'replaced'): number =>
    c.kept + c.replaced === 0 ? 0 : c[of] / (c.kept + c.replaced);
  return {
    originalTokens: a.length,
    copyTokens: b.length,
    lengthRatio: a.length === 0 ? 0 : b.length / a.length,
    shared: Math.min(a.length, b.length) === 0 ? 0 : pairs.length / Math.min(a.length, b.length),
    contentReplaced: rate(counts.content, 'replaced'),
    functionReplaced: rate(counts.function, 'replaced'),
    anchorsKept: rate(counts.anchor, 'kept'),
    counts,
  };
}

/** Pools the counts of several pairs (rates over all tokens, not a mean of per-pair rates). */
export function poolStats(
  all: SpinStats[],
): Pick<SpinStats, 'contentReplaced' | 'functionReplaced' | 'anchorsKept'> {
  const sum = (g: Group, of: 'kept' | 'replaced'): number =>
    all.reduce((n, s) => n + s.counts[g][of], 0);
  const rate = (g: Group, of: 'kept' | 'replaced'): number => {
    const total = sum(g, 'kept') + sum(g, 'replaced');
    return total === 0 ? 0 : sum(g, of) / total;
  };
  return {
    contentReplaced: rate('content', 'replaced'),
    functionReplaced: rate('function', 'replaced'),
    anchorsKept: rate('anchor', 'kept'),
  };
}

/** Index pairs of a longest common subsequence of two word lists (Hirschberg-free: the texts
 *  measured are articles, a few thousand tokens at most). */
export function lcsPairs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const score = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      score[i * width + j] =
        a[i] === b[j]
          ? score[(i + 1) * width + j + 1]! + 1
          : Math.max(score[(i + 1) * width + j]!, score[i * width + j + 1]!);
    }
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (score[(i + 1) * width + j]! >= score[i * width + j + 1]!) i++;
    else j++;
  }
  return out;
}

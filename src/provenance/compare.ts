// The fine check run on each LSH candidate: align the sentences of the shorter document with the
// longer one's, then align words inside each sentence pair, counting a word as kept when it is
// identical or a WordNet synonym of its counterpart. Numbers and dates in aligned sentences must
// agree: copies keep them, template reports (same boilerplate, another day) change them.
import type { Thesaurus } from './thesaurus.js';
import type { TextSentence, Token } from './text.js';

export type LinkKind = 'original' | 'verbatim' | 'edited' | 'spun' | 'summary';

export interface Comparison {
  /** Dice similarity over aligned tokens (identical or synonym), in [0,1]. */
  similarity: number;
  /** Share of the shorter document's tokens found aligned in the longer one. */
  coverageShort: number;
  /** Share of the longer document's tokens that the shorter one accounts for. */
  coverageLong: number;
  /** True when the first argument is the shorter document. */
  firstIsShort: boolean;
  /** Tokens of the first / second document. */
  tokensA: number;
  tokensB: number;
  exactMatches: number;
  /** Aligned word pairs that differ but share a WordNet synset: the spinner's swaps. */
  synonymMatches: number;
  /** Content words aligned identically (the denominator of the swap rate with synonymMatches). */
  contentExact: number;
  /** Numbers/dates present in one aligned sentence and absent from its counterpart. */
  numberConflicts: number;
  /** Numbers/dates in aligned sentences (both sides, distinct per sentence pair). */
  numbersCompared: number;
  alignedSentences: number;
  sentencesShort: number;
  sentencesLong: number;
  /** Aligned sentences appear in a different order. */
  reordered: boolean;
}

export interface Verdict {
  isCopy: boolean;
  /** The texts overlap like copies but their numbers/dates disagree: a template of another day.
   *  Such a document must not join a story containing the other one, even through a third. */
  contradicts: boolean;
  /** Kind of copy the first document is of the second (meaningful when isCopy). */
  link: Exclude<LinkKind, 'original'>;
  /** Share of aligned content words swapped for a synonym, in [0,1]. */
  spin: number;
}

interface PreparedSentence {
  tokens: Token[];
  /** Distinct anchor/content words, for fast candidate lookup. */
  keys: Set<string>;
  numbers: Set<string>;
}

function prepare(sentences: TextSentence[]): PreparedSentence[] {
  return sentences.map((s) => {
    const keys = new Set<string>();
    const numbers = new Set<string>();
    for (const t of s.tokens) {
      if (t.kind !== 'func') keys.add(t.word);
      if (t.kind === 'num') numbers.add(t.word);
    }
    return { tokens: s.tokens, keys, numbers };
  });
}

const count = (sentences: TextSentence[]): number =>
  sentences.reduce((n, s) => n + s.tokens.length, 0);

export function compareDocuments(
  a: TextSentence[],
  b: TextSentence[],
  thesaurus: Thesaurus,
): Comparison {
  const tokensA = count(a);
  const tokensB = count(b);
  const firstIsShort = tokensA <= tokensB;
  const short = prepare(firstIsShort ? a : b);
  const long = prepare(firstIsShort ? b : a);

  // Inverted index of the long document: word → sentences containing it.
  const index = new Map<string, number[]>();
  long.forEach((s, i) => {
    for (const k of s.keys) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(i);
    }
  });

  let exactMatches = 0;
  let synonymMatches = 0;
  let contentExact = 0;
  let numberConflicts = 0;
  let numbersCompared = 0;
  let alignedSentences = 0;
  let matchedShort = 0;
  let matchedLong = 0;
  const order: number[] = [];

  // Score the few most promising pairs per short sentence, then assign one-to-one, best first:
  // a sentence of the longer text may account for only one sentence of the shorter.
  const pairs: Array<{ s: number; l: number; al: Alignment; matched: number }> = [];
  short.forEach((s, si) => {
    if (s.tokens.length === 0) return;
    const overlap = new Map<number, number>();
    for (const k of s.keys)
      for (const i of index.get(k) ?? []) overlap.set(i, (overlap.get(i) ?? 0) + 1);
    const candidates = [...overlap.entries()]
      .filter(([, n]) => n >= Math.max(1, s.keys.size * 0.25))
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, 3);
    for (const [li] of candidates) {
      const other = long[li]!;
      const al = alignWords(s.tokens, other.tokens, thesaurus);
      const matched = al.exact + al.synonym;
      // A sentence counts as aligned when most of it is accounted for on both sides.
      if (matched < 0.5 * s.tokens.length || matched < 0.4 * other.tokens.length) continue;
      pairs.push({ s: si, l: li, al, matched });
    }
  });
  pairs.sort((x, y) => y.matched - x.matched || x.s - y.s || x.l - y.l);
  const usedShort = new Set<number>();
  const usedLong = new Set<number>();
  const assigned: typeof pairs = [];
  for (const p of pairs) {
    if (usedShort.has(p.s) || usedLong.has(p.l)) continue;
    usedShort.add(p.s);
    usedLong.add(p.l);
    assigned.push(p);
  }
  assigned.sort((x, y) => x.s - y.s);
  for (const p of assigned) {
    const s = short[p.s]!;
    const other = long[p.l]!;
    alignedSentences++;
    order.push(p.l);
    exactMatches += p.al.exact;
    synonymMatches += p.al.synonym;
    contentExact += p.al.contentExact;
    matchedShort += p.matched;
    matchedLong += p.matched;
    for (const n of s.numbers) if (!other.numbers.has(n)) numberConflicts++;
    for (const n of other.numbers) if (!s.numbers.has(n)) numberConflicts++;
    numbersCompared += new Set([...s.numbers, ...other.numbers]).size;
  }

  const shortTokens = Math.min(tokensA, tokensB);
  const longTokens = Math.max(tokensA, tokensB);
  let reordered = false;
  for (let i = 1; i < order.length; i++) if (order[i]! < order[i - 1]!) reordered = true;

  return {
    similarity:
      shortTokens + longTokens === 0
        ? 0
        : (matchedShort + matchedLong) / (shortTokens + longTokens),
    coverageShort: shortTokens === 0 ? 0 : matchedShort / shortTokens,
    coverageLong: longTokens === 0 ? 0 : matchedLong / longTokens,
    firstIsShort,
    tokensA,
    tokensB,
    exactMatches,
    synonymMatches,
    contentExact,
    numberConflicts,
    numbersCompared,
    alignedSentences,
    sentencesShort: short.length,
    sentencesLong: long.length,
    reordered,
  };
}

interface Alignment {
  exact: number;
  synonym: number;
  contentExact: number;
}

/**
 * Longest common subsequence where a pair also matches when the two words are WordNet synonyms
 * (numbers and names must be identical). Sentences are short, so the quadratic table is cheap.
 */
export function alignWords(a: Token[], b: Token[], thesaurus: Thesaurus): Alignment {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const score = new Uint16Array((n + 1) * width);
  // Synsets are looked up once per word, not once per pair of words.
  const plain = (x: Token): boolean => x.kind !== 'num' && x.kind !== 'name';
  const setsB = b.map((y) => (plain(y) ? thesaurus.synsetSet(y.word) : null));
  const idsA = a.map((x) => (plain(x) ? [...thesaurus.synsetSet(x.word)] : []));
  const match = (i: number, j: number): 0 | 1 | 2 => {
    if (a[i]!.word === b[j]!.word) return 1;
    const set = setsB[j];
    if (!set || set.size === 0) return 0;
    for (const id of idsA[i]!) if (set.has(id)) return 2;
    return 0;
  };
  const kinds = new Uint8Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const k = match(i - 1, j - 1);
      kinds[i * width + j] = k;
      const diag = k ? score[(i - 1) * width + j - 1]! + 1 : 0;
      score[i * width + j] = Math.max(diag, score[(i - 1) * width + j]!, score[i * width + j - 1]!);
    }
  }
  const out: Alignment = { exact: 0, synonym: 0, contentExact: 0 };
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const k = kinds[i * width + j]!;
    if (k && score[i * width + j] === score[(i - 1) * width + j - 1]! + 1) {
      if (k === 1) {
        out.exact++;
        if (a[i - 1]!.kind === 'content') out.contentExact++;
      } else out.synonym++;
      i--;
      j--;
    } else if (score[(i - 1) * width + j]! >= score[i * width + j - 1]!) i--;
    else j--;
  }
  return out;
}

/** Share of aligned content words that were swapped for a synonym. */
export function swapRate(c: Comparison): number {
  const content = c.contentExact + c.synonymMatches;
  return content === 0 ? 0 : c.synonymMatches / content;
}

/**
 * Is `a` a copy of `b` (or `b` of `a`: the test is symmetric), and what kind of copy is `a`?
 * Thresholds were tuned on the generated evaluation set (see README).
 */
export function judge(c: Comparison): Verdict {
  const conflictRate = c.numbersCompared === 0 ? 0 : c.numberConflicts / c.numbersCompared;
  const lengthRatio = Math.min(c.tokensA, c.tokensB) / Math.max(1, Math.max(c.tokensA, c.tokensB));
  const spin = swapRate(c);
  const contained = c.coverageShort >= 0.6 && c.alignedSentences >= 2;
  // Comparable lengths must overlap both ways; a much shorter text only needs to be contained.
  const overlapping = lengthRatio >= 0.6 ? c.coverageLong >= 0.45 : c.coverageShort >= 0.7;
  // Copies keep their numbers; a template report of another day changes them.
  const numbersAgree = c.numberConflicts <= 1 || conflictRate <= 0.1;
  const isCopy = contained && overlapping && numbersAgree;
  const contradicts = c.alignedSentences >= 2 && !numbersAgree;

  let link: Verdict['link'];
  const aIsShorter = c.firstIsShort && lengthRatio < 0.6;
  if (spin >= 0.06 && c.synonymMatches >= 3) link = 'spun';
  else if (aIsShorter) link = 'summary';
  // Near-identical: everything of the shorter text in order, at most a line of boilerplate added.
  else if (c.similarity >= 0.95 && c.coverageShort >= 0.98 && c.synonymMatches <= 1 && !c.reordered)
    link = 'verbatim';
  else link = 'edited';
  return { isCopy, contradicts, link, spin };
}

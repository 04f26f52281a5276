// Features of a parser configuration, as 30-bit integer keys. Each template combines a few
// values (a word, its tag, a relation already found, a distance, a count of dependents) of the
// words around the stack top and the buffer front; the key is a hash of the template number and
// the values, so the model is a table from keys to per-move weights and no vocabulary is kept
// (a word never seen in training yields keys with no weights and only its tag counts).
import type { ParseState } from './transitions.js';

/** Universal POS tags (UD v2); anything else (wink's SPACE, a typo) reads as X. */
export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
const TAG_ID = new Map<string, number>(UPOS.map((t, i) => [t, i + 1]));
const TAG_X = TAG_ID.get('X')!;
/** Tag values for "no word here" and for the root. */
const NO_TAG = 0;
const ROOT_TAG = UPOS.length + 1;
const NO_WORD = 0;
const ROOT_WORD = 1;
const NO_LABEL = -1;

/** A sentence as the features read it: per word (index 0 is the root) hashes and tag numbers. */
export interface EncodedSentence {
  n: number;
  word: Int32Array;
  suffix: Int32Array;
  tag: Int32Array;
}

function fnv(s: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // Keep clear of the reserved values 0 and 1.
  return (h >>> 2) + 2;
}

/** Lower-cases words and writes digits as 0, so "1999" and "2024" share their weights. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, '0');
}

export function encodeSentence(words: readonly string[], tags: readonly string[]): EncodedSentence {
  const n = words.length;
  const word = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  const tag = new Int32Array(n + 1);
  word[0] = ROOT_WORD;
  suffix[0] = ROOT_WORD;
  tag[0] = ROOT_TAG;
  for (let i = 0; i < n; i++) {
    const w = normaliseWord(words[i]!);
    word[i + 1] = fnv(w);
    suffix[i + 1] = fnv(w, Math.max(0, w.length - 3));
    tag[i + 1] = TAG_ID.get(tags[i]!) ?? TAG_X;
  }
  return { n, word, suffix, tag };
}

function key(t: number, a: number, b = 0, c = 0, d = 0): number {
  let h = Math.imul(t + 0x3c6ef372, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h ^ d, 0x165667b1);
  h ^= h >>> 15;
  return h & 0x3fffffff;
}

/** How many keys `extractFeatures` writes. */
export const FEATURE_COUNT = 62;

const bucket = (d: number): number => (d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7);
const cap = (v: number): number => (v > 4 ? 4 : v);

/** Writes FEATURE_COUNT keys describing `state` into `out`. */
export function extractFeatures(state: ParseState, sent: EncodedSentence, out: Int32Array): void {
  const W = sent.word;
  const T = sent.tag;
  const w = (i: number): number => (i < 0 ? NO_WORD : W[i]!);
  const t = (i: number): number => (i < 0 ? NO_TAG : T[i]!);
  const l = (i: number): number => (i < 0 ? NO_LABEL : state.labels[i]!);
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s2 = state.s(2);
  const b0 = state.buf(0);
  const b1 = state.buf(1);
  const b2 = state.buf(2);
  const s0L1 = s0 >= 0 ? state.left1[s0]! : -1;
  const s0L2 = s0 >= 0 ? state.left2[s0]! : -1;
  const s0R1 = s0 >= 0 ? state.right1[s0]! : -1;
  const s0R2 = s0 >= 0 ? state.right2[s0]! : -1;
  const s1R1 = s1 >= 0 ? state.right1[s1]! : -1;
  const b0L1 = b0 >= 0 ? state.left1[b0]! : -1;
  const b0L2 = b0 >= 0 ? state.left2[b0]! : -1;
  // Neighbours in the sentence: the word before b0 and around s0, whatever became of them.
  const b0Prev = b0 > 1 ? b0 - 1 : -1;
  const s0Prev = s0 > 1 ? s0 - 1 : -1;
  const s0Next = s0 > 0 && s0 < sent.n ? s0 + 1 : -1;
  const dist = s0 > 0 && b0 > 0 ? bucket(b0 - s0) : 0;
  const s0vl = s0 >= 0 ? cap(state.nLeft[s0]!) : 0;
  const s0vr = s0 >= 0 ? cap(state.nRight[s0]!) : 0;
  const b0vl = b0 >= 0 ? cap(state.nLeft[b0]!) : 0;
  const s0suf = s0 >= 0 ? sent.suffix[s0]! : 0;
  const b0suf = b0 >= 0 ? sent.suffix[b0]! : 0;
  const s0w = w(s0);
  const s0t = t(s0);
  const s1w = w(s1);
  const s1t = t(s1);
  const b0w = w(b0);
  const b0t = t(b0);
  const b1w = w(b1);
  const b1t = t(b1);
  let k = 0;
  // Single words.
  out[k++] = key(0, s0w);
  out[k++] = key(1, s0t);
  out[k++] = key(2, s0w, s0t);
  out[k++] = key(3, b0w);
  out[k++] = key(4, b0t);
  out[k++] = key(5, b0w, b0t);
  out[k++] = key(6, b1w);
  out[k++] = key(7, b1t);
  out[k++] = key(8, b1w, b1t);
  out[k++] = key(9, w(b2));
  out[k++] = key(10, t(b2));
  out[k++] = key(11, s1w);
  out[k++] = key(12, s1t);
  out[k++] = key(13, s1w, s1t);
  out[k++] = key(14, t(s2));
  out[k++] = key(15, s0suf);
  out[k++] = key(16, b0suf);
  out[k++] = key(17, s0suf, s0t);
  out[k++] = key(18, b0suf, b0t);
  // Pairs: the stack top with the buffer front (LEFT) and with the word under it (RIGHT).
  out[k++] = key(19, s0w, s0t, b0w, b0t);
  out[k++] = key(20, s0w, s0t, b0w);
  out[k++] = key(21, s0w, b0w, b0t);
  out[k++] = key(22, s0w, s0t, b0t);
  out[k++] = key(23, s0t, b0w, b0t);
  out[k++] = key(24, s0w, b0w);
  out[k++] = key(25, s0t, b0t);
  out[k++] = key(26, b0t, b1t);
  out[k++] = key(27, s1w, s1t, s0w, s0t);
  out[k++] = key(28, s1t, s0w);
  out[k++] = key(29, s1w, s0t);
  out[k++] = key(30, s1t, s0t);
  out[k++] = key(31, s1w, s0w);
  // Tag trigrams.
  out[k++] = key(32, b0t, b1t, t(b2));
  out[k++] = key(33, s0t, b0t, b1t);
  out[k++] = key(34, s1t, s0t, b0t);
  out[k++] = key(35, s0t, t(s0L1), b0t);
  out[k++] = key(36, s0t, t(s0R1), b0t);
  out[k++] = key(37, s0t, b0t, t(b0L1));
  out[k++] = key(38, s1t, t(s1R1), s0t);
  out[k++] = key(39, t(s2), s1t, s0t);
  out[k++] = key(40, t(b0Prev), b0t, b0w);
  out[k++] = key(41, t(s0Prev), s0t, t(s0Next));
  out[k++] = key(42, s0t, t(s0Next), b0t);
  // Distance between the stack top and the buffer front.
  out[k++] = key(43, s0w, dist);
  out[k++] = key(44, s0t, dist);
  out[k++] = key(45, b0w, dist);
  out[k++] = key(46, b0t, dist);
  out[k++] = key(47, s0w, b0w, dist);
  out[k++] = key(48, s0t, b0t, dist);
  // How many dependents each already has.
  out[k++] = key(49, s0w, s0vr);
  out[k++] = key(50, s0t, s0vr, s0vl);
  out[k++] = key(51, b0w, b0vl);
  out[k++] = key(52, b0t, b0vl);
  // Dependents already attached: their words, tags and relations.
  out[k++] = key(53, w(s0L1), t(s0L1), l(s0L1));
  out[k++] = key(54, w(s0R1), t(s0R1), l(s0R1));
  out[k++] = key(55, w(b0L1), t(b0L1), l(b0L1));
  out[k++] = key(56, s0t, l(s0L1), l(s0L2));
  out[k++] = key(57, s0t, l(s0R1), l(s0R2));
  out[k++] = key(58, b0t, l(b0L1), l(b0L2));
  out[k++] = key(59, s0w, l(s0L1), l(s0R1));
  out[k++] = key(60, b0w, l(b0L1));
  out[k++] = key(61, s1t, l(s1R1), s0t, b0t);
}

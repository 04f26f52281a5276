// A sentence's word runs: the stretches of its text between spaces, each with the bridge's token
// when the run is that one plain word. The actor and place finders tokenise by rules of their own
// (dots, possessives, hyphens), but no rule of theirs looks past a space, and a run of ASCII
// letters and digits is one word by all of them: so they read those runs from the bridge's tokens
// (the same text and lower-case strings the trigger search looks up) and apply their own rules
// only to the other runs ("Russia's", "U.S.", "Kyiv,"). Made once per sentence, on first use.
import type { AnalysedSentence, Token } from './analyse.js';

export interface WordRun {
  /** Offsets in the sentence's text (not the document's). */
  start: number;
  end: number;
  /**
   * The bridge's token when the run is exactly one token of ASCII letters and digits written as
   * the text has it ("Moscow", "3000"); null for any other run.
   */
  word: Token | null;
}

/**
 * The word runs of `s`, made on the first call and kept on the sentence (a field, not a WeakMap
 * beside it: a WeakMap's look-up cost as much as making the runs).
 */
export function wordRuns(s: AnalysedSentence): WordRun[] {
  return (s.runs ??= runsOf(s.text, s.tokens, s.start));
}

/**
 * The runs of `text` (split at ASCII spaces, tabs and line ends; any other character, a
 * no-break space included, stays inside a run for the finders' own rules to read). `tokens` are
 * the bridge's, in order, their offsets `base` ahead of `text`'s. Read from the tokens' ends: a
 * run is a chain of tokens with nothing between them, and only the gaps between runs are looked
 * at, which must be spaces (else the text is scanned character by character, as `scannedRuns`).
 */
export function runsOf(text: string, tokens: readonly Token[], base: number): WordRun[] {
  const runs: WordRun[] = [];
  let pos = 0;
  let k = 0;
  while (k < tokens.length) {
    const first = tokens[k]!;
    const start = first.start - base;
    if (start < pos || !spacesOnly(text, pos, start)) return scannedRuns(text, tokens, base);
    let end = first.end - base;
    let j = k + 1;
    while (j < tokens.length && tokens[j]!.start - base === end) end = tokens[j++]!.end - base;
    const word = j === k + 1 && plainWord(text, start, end, first) ? first : null;
    runs.push({ start, end, word });
    pos = end;
    k = j;
  }
  if (!spacesOnly(text, pos, text.length)) return scannedRuns(text, tokens, base);
  return runs;
}

/**
 * The runs of `text` read character by character: for a text whose tokens leave out some of its
 * characters or overlap (the bridge keeps a token wink normalised at its expected offset).
 */
export function scannedRuns(text: string, tokens: readonly Token[], base: number): WordRun[] {
  const runs: WordRun[] = [];
  let k = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    while (k < tokens.length && tokens[k]!.start - base < start) k++;
    const token = tokens[k];
    const word =
      token !== undefined &&
      token.start - base === start &&
      token.end - base === i &&
      plainWord(text, start, i, token)
        ? token
        : null;
    runs.push({ start, end: i, word });
  }
  return runs;
}

/** Whether `token`, found at `text[start, end)`, is ASCII letters and digits written as there. */
function plainWord(text: string, start: number, end: number, token: Token): boolean {
  const value = token.text;
  if (value.length === 0 || value.length !== end - start) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!isAlnum(c) || text.charCodeAt(start + i) !== c) return false;
  }
  return true;
}

function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The spaces the runs are split at: ASCII white space (space, tab, line ends, form feed). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

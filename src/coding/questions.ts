// A yes-no question asserts nothing: "Would Beijing dare to blockade Taiwan if Washington were
// distracted?" tells of no blockade, threatened or done, any more than "Will Russia invade?" of an
// invasion. Headlines and analysis open with such questions. A question word is left alone: "Why
// did Israel strike the consulate?" takes the strike as done. So is a question quoted after its
// speaker, and one that follows a statement ("Russia attacked, but why?").
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

/** Marks that may stand before a question's first word: quotes, brackets, a dash. */
const LEADING = /^[\p{Pi}\p{Ps}"'\u2014-]+$/u;

/**
 * The index of the question mark that closes a yes-no question opening the sentence (its first
 * word an auxiliary before the subject, or "whether": class `question-openers`), or -1.
 * Acts before that index are asked about, not reported.
 */
export function questionEnd(tokens: readonly Token[]): number {
  let first = 0;
  while (first < tokens.length && LEADING.test(tokens[first]!.text)) first++;
  const opener = tokens[first];
  if (!opener || !classWords('question-openers').has(opener.lower)) return -1;
  return tokens.findIndex((t, i) => i > first && t.text === '?');
}

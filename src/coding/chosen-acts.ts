// "took the dramatic step of expelling the envoy", "announced the decision of suspending
// talks": the act is told by a gerund after "of", which the tagger reads as a noun, under a noun
// for a course chosen. The subject of the light verb ("took", "made", "announced") is the one
// who chose it, so the gerund is the act it did, and it reads as a verb.
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

/** At most this many modifiers between the determiner and the choice noun ("the dramatic and unusual step"). */
const MODIFIER_REACH = 3;

/** True when token `i` is a gerund after "of" under a choice noun that a light verb takes. */
export function chosenGerund(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.lower.endsWith('ing') || tokens[i - 1]?.lower !== 'of') return false;
  const noun = tokens[i - 2];
  if (!noun || !classWords('choice-nouns').has(noun.lower)) return false;
  let k = i - 3;
  const stop = k - MODIFIER_REACH;
  while (k >= 0 && k > stop && ['ADJ', 'ADV', 'CCONJ'].includes(tokens[k]!.pos)) k--;
  if (tokens[k]?.pos !== 'DET' && tokens[k]?.pos !== 'PRON') return false;
  const verb = tokens[k - 1];
  return verb !== undefined && classWords('choice-verbs').has(verb.lemma);
}

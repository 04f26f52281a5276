// "India responded by ordering a diplomat to leave", "Madrid hit back by expelling three
// envoys": an act told as the means of another, by a gerund after "by". The act was done, by the
// subject of the verb before "by". The tagger reads some such gerunds as nouns ("expelling",
// "closing", "freezing", "arresting", "lifting"; lemma the "-ing" form itself), so the trigger
// finder also asks here whether a noun in "-ing" is a means gerund, and then reads it as a verb.
import type { Token } from '../nlp/analyse.js';
import { isPastForm } from './clauses.js';

/**
 * "India responded by ordering a diplomat to leave", "Moscow retaliated by expelling ...": a
 * gerund after "by" that follows an active verb is the means of that act, so it was done (not
 * "was hit by shelling", whose "by" names a passive's agent). A particle or a time phrase may
 * stand between the verb and "by" ("hit back within hours by ordering", "followed two hours
 * later by expelling", "responded on Tuesday by closing").
 */
export function meansOfAct(tokens: readonly Token[], gerund: number): boolean {
  if (tokens[gerund - 1]?.lower !== 'by') return false;
  let v = gerund - 2;
  while (v >= gerund - 2 - MEANS_GAP && v >= 0 && MEANS_GAP_POS.has(tokens[v]!.pos)) v--;
  const verb = tokens[v];
  if (verb?.pos !== 'VERB') return false;
  // Across a gap, the gerund must act on something ("by ordering the envoy out"): "areas cut
  // off by fighting around the port" names the passive's agent by a noun in "-ing".
  if (v < gerund - 2 && !OBJECT_START_POS.has(tokens[gerund + 1]?.pos ?? '')) return false;
  const aux = tokens[v - 1];
  return !(aux && (aux.lemma === 'be' || aux.lemma === 'get') && isPastForm(verb));
}

/** At most this many words of a particle or a time phrase between a verb and its "by". */
const MEANS_GAP = 4;
/** Words that open a gerund's object. */
const OBJECT_START_POS: ReadonlySet<string> = new Set([
  'DET',
  'NUM',
  'PROPN',
  'NOUN',
  'PRON',
  'ADJ',
]);
const MEANS_GAP_POS: ReadonlySet<string> = new Set([
  'ADV',
  'PART',
  'ADP',
  'NUM',
  'DET',
  'NOUN',
  'PROPN',
]);

/**
 * True when the noun in "-ing" at `i` is a means gerund with an object of its own ("by
 * expelling three diplomats", "by closing its airspace"): the tagger's noun is then the verb.
 * Without an object ("hit by shelling from ...") it stays a noun.
 */
export function meansGerundNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== 'NOUN' || !t.lower.endsWith('ing')) return false;
  if (!OBJECT_START_POS.has(tokens[i + 1]?.pos ?? '')) return false;
  return meansOfAct(tokens, i);
}

// "Aliyev said that his country's airliner had been hit by fire from the ground and demanded
// that Moscow admit guilt": with no comma before "and", the later verb reads as a second verb of
// the complement clause, whose subject (an airliner) is no actor, so the demand had no doer.
// Wire news coordinates a second act of the speaker with the verb of saying this way; the tense
// tells them apart: a simple past after "and" matches "said", not the complement's "had been".
import type { Token } from '../nlp/analyse.js';
import { isPastForm } from './clauses.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/** How far back (tokens) the verb of saying may stand from the "and". */
const REACH = 40;

/** A past form, not a present's "-s" ("says", which `isPastForm` also takes, as it differs from its lemma). */
function simplePast(t: Token): boolean {
  return isPastForm(t) && !t.lower.endsWith('s');
}

/**
 * The named subject of the verb of saying that the verb at `anchor` is coordinated with across
 * that verb's complement, or null: the anchor is a simple past right after "and" (no subject or
 * auxiliary of its own), the verb of saying a past form before it with a clause (a verb of its
 * own) between, and its subject a named actor right before it. Asked only when no doer was found.
 */
export function speakerOfCoordinated(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
): ActorMention | null {
  const verb = tokens[anchor]!;
  if (verb.pos !== 'VERB' || !simplePast(verb)) return null;
  let k = anchor - 1;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'and') return null;
  let clauseVerb = false;
  for (let i = k - 1; i >= Math.max(0, k - REACH); i--) {
    const t = tokens[i]!;
    if (t.lower === ';') return null;
    if (t.pos === 'VERB' && classWords('saying-verbs').has(t.lemma) && simplePast(t)) {
      if (!clauseVerb) return null;
      let j = i - 1;
      while (j > 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV')) j--;
      const speaker = mentions.find((m) => m.last === j && m.actor.root && !m.locative);
      return speaker ?? null;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') clauseVerb = true;
  }
  return null;
}

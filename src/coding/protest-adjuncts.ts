// Protests named by a noun in an adjunct ("detained 1,300 people at protests against the
// call-up", "during protests against China's drilling", "grew into protests against the
// government"): the adjunct tells that they took place and whom they were against, so they are
// coded; the crowd is placed as a protest with no one named is (coder.ts). A protest named with
// no aim ("during protests over the death of a woman", "after weeks of protests") stays the
// scene of the clause's act, as the check sets code it.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { phraseEnd, phraseTargets } from './nominal.js';

/** Prepositions that place a clause's act at a protest, or turn something into one. */
const SCENE_PREPS: ReadonlySet<string> = new Set(['at', 'during', 'amid', 'into']);
/** Words that may stand between the preposition and the noun ("at mass street protests"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

export interface AdjunctProtest {
  /** The ones named after "against", if they are actors. */
  targets: ActorMention[];
  /** The first token after the protest's phrase. */
  end: number;
}

/**
 * The protest named by the noun at `anchor` (its pattern ending at `last`) when a preposition of
 * scene governs it and "against" follows it; null otherwise.
 */
export function protestInAdjunct(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  last: number,
): AdjunctProtest | null {
  if (tokens[anchor]!.pos !== 'NOUN') return null;
  let start = anchor;
  while (start > 0 && start > anchor - 3 && MODIFIER_POS.has(tokens[start - 1]!.pos)) start--;
  if (!SCENE_PREPS.has(tokens[start - 1]?.lower ?? '')) return null;
  if (tokens[last + 1]?.lower !== 'against') return null;
  const end = phraseEnd(tokens, last);
  const named = mentions.filter((m) => m.actor.root && !m.locative);
  return { targets: phraseTargets(tokens, named, anchor, last, end), end };
}

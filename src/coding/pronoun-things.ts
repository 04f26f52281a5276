// "Turkish jets intercepted a Syrian helicopter and shot it down", "an operator mistook a
// Ukrainian airliner for a missile and shot it down": the object pronoun stands for a thing, a
// craft or vessel the sentence named with its state's adjective, which the pronoun resolver
// never considers (a state word before a noun is no antecedent of "it"), and it never stands for
// the subject of its own clause. The act is aimed at that thing's state.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

/** Object pronouns that may stand for a thing. */
const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);

/**
 * What an object pronoun of the verb at `anchor` stands for when the resolver gave none or the
 * doer itself (an object pronoun never means its own clause's subject), or null. The pronoun is
 * the verb's direct object, right after it ("shot it down"); its antecedent is
 * the nearest named party before the verb that is not a doer nor a place: an actor ("a Russian
 * drone"), or a state's adjective before a common noun ("a Ukrainian airliner").
 */
export function thingOwnerOfPronoun(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  doers: ActorMention[],
): ActorMention | null {
  // The verb's direct object, not one after a preposition ("objected to it": a topic).
  const pronoun = tokens[anchor + 1];
  if (pronoun?.pos !== 'PRON' || !THING_PRONOUNS.has(pronoun.lower)) return null;
  const own = (m: ActorMention): boolean => doers.some((d) => d.actor.root === m.actor.root);
  const before = mentions
    .filter((m) => m.last < anchor && !m.pronoun && m.actor.root)
    .sort((a, b) => b.last - a.last);
  for (const m of before) {
    if (own(m) || m.locative) continue;
    // A state's adjective stands for the thing only before a common noun ("a Syrian helicopter").
    if (m.adjectiveOnly && tokens[m.last + 1]?.pos !== 'NOUN') continue;
    return m;
  }
  return null;
}

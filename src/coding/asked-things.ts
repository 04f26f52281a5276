// A request for a thing, with no one asked: "called for an immediate ceasefire", "is seeking
// asylum in a third country". PLOVER codes it with no target, so the parties the sentence names
// elsewhere do not make it "untied" (coder.ts): whom it is addressed to is not said, and guessing
// one of them would be wrong more often than leaving the target empty.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

/** Determiners that open the noun phrase of a thing asked for (no possessive: "his release"). */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'more', 'new']);
/** Verbs whose object is what the doer wants to get. */
const SEEKING: ReadonlySet<string> = new Set(['seek']);
/** How many modifiers may stand before the head ("an immediate and unconditional ceasefire"). */
const MODIFIER_REACH = 4;

/**
 * Whether the words right after a request's trigger (ending at character `end`) are a noun phrase
 * naming a thing and no party: a common noun head, led by no possessive, and no actor mention
 * inside it. A clause ("demanded that ...") or a party ("asked Congress") is no such object.
 */
export function asksForThing(tokens: Token[], mentions: ActorMention[], end: number): boolean {
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 1) return false;
  // Only where the words say the object is what is asked for: "for" ending the trigger ("called
  // for", "appealed for"), or a verb of seeking. After "demanded", "pressed" or "urged" the object
  // is as often the one pressed, or no request at all ("pressing a protest").
  const before = tokens[k - 1]!;
  if (before.lower !== 'for' && !SEEKING.has(before.lemma)) return false;
  const first = k;
  if (THING_DETERMINERS.has(tokens[k]!.lower)) k++;
  let modifiers = 0;
  while (
    modifiers < MODIFIER_REACH &&
    (tokens[k]?.pos === 'ADJ' || (tokens[k]?.lower === 'and' && tokens[k + 1]?.pos === 'ADJ'))
  ) {
    k++;
    modifiers++;
  }
  if (tokens[k]?.pos !== 'NOUN') return false;
  while (tokens[k + 1]?.pos === 'NOUN') k++;
  const last = k;
  return !mentions.some((m) => m.actor.root && m.first <= last && m.last >= first);
}

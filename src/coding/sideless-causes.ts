// Causes no side is the doer of. An act of force with no doer named is placed on the state where
// it struck ("a roadside bomb near Samarra killed ...": an unknown attacker, coder.ts), and two
// kinds of cause turned that into an attack by the state on its own people:
// - forces of nature (word class `hazards`, as accidentResult in triggers.ts reads a result clause
//   after one). Disaster news tells its toll with the verbs
//   of force ("an earthquake killed more than 300 people in Herat", "Cyclone Idai struck Beira",
//   "a cyclone slammed into the coast, killing 200", "40 people were killed in floods in Kenya").
//   No check set codes a disaster (k111, k117, n053, x112, y100 code nothing, or the aid sent).
// - a war or a conflict as a whole (word class `whole-conflicts`): its toll is a count told as
//   background ("the war in Sudan has killed more than 20,000 people", "last year's six-week
//   conflict killed 6,500"), which the conventions do not code (test/gold/README.md, "Nouns and
//   background": actor-less counts). The incidents of one day ("fighting", "clashes", "a bomb")
//   stay placed.
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

/** How far before the act (its subject: "the quake that struck ... killed") a cause is looked for. */
const BEFORE = 10;
/** How far after it ("were killed in floods", "killed in the war"). */
const AFTER = 6;

/** Words before a cause that make it a time, not a cause: "a day after the earthquake". */
const TIME_WORDS: ReadonlySet<string> = new Set(['after', 'since', 'before', 'following', 'until']);

/**
 * Whether the act of force at `anchor` is told of a cause no side is the doer of (a force of
 * nature, a whole war) standing near it: as its subject before it, or as its cause after it. A
 * cause named as a time ("since the floods", "after the war") is not the act's.
 */
export function bySidelessCause(tokens: readonly Token[], anchor: number): boolean {
  const hazards = classWords('hazards');
  const wars = classWords('whole-conflicts');
  const from = Math.max(0, anchor - BEFORE);
  const to = Math.min(tokens.length - 1, anchor + AFTER);
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (i === anchor || t.pos === 'VERB' || !(hazards.has(t.lower) || wars.has(t.lower))) continue;
    // "opened fire", "set fire to": the fire of an act, not a blaze.
    if (tokens[i - 1]?.pos === 'VERB') continue;
    if (!namedAsTime(tokens, i)) return true;
  }
  return false;
}

/** Whether the cause at `i` follows a word of time within its noun phrase ("after the deadly quake"). */
function namedAsTime(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (TIME_WORDS.has(t.lower)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NUM') return false;
  }
  return false;
}

// Forces of nature are no attackers. Disaster news tells its toll with the verbs of force ("an
// earthquake killed more than 300 people in Herat", "Cyclone Idai struck Beira", "a cyclone
// slammed into the coast, killing 200", "at least 40 people were killed in floods in Kenya"). An
// act of force with no doer named is placed on the state where it struck ("a roadside bomb near
// Samarra killed ...": an unknown attacker), which turned each of these into an attack by that
// state on its own people. No check set codes a disaster (k111, k117, n053, x112, y100 code
// nothing or only the aid sent), nor does the PLOVER gold.
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

/** How far before the act (its subject, "the quake that struck ... killed") a hazard is looked for. */
const BEFORE = 10;
/** How far after it ("were killed in floods", "killed by a landslide"). */
const AFTER = 6;

/** Words before a hazard that make it a time, not a cause: "a day after the earthquake". */
const TIME_WORDS: ReadonlySet<string> = new Set(['after', 'since', 'before', 'following', 'until']);

/**
 * Whether the act of force at `anchor` is told of a force of nature (word class
 * `natural-hazards`) standing near it: as its subject before it, or as its cause after it. A
 * hazard named as a time ("since the floods", "after the earthquake") is not its cause.
 */
export function byNaturalForce(tokens: readonly Token[], anchor: number): boolean {
  const hazards = classWords('natural-hazards');
  const from = Math.max(0, anchor - BEFORE);
  const to = Math.min(tokens.length - 1, anchor + AFTER);
  for (let i = from; i <= to; i++) {
    if (i === anchor || !hazards.has(tokens[i]!.lower) || tokens[i]!.pos === 'VERB') continue;
    if (!namedAsTime(tokens, i)) return true;
  }
  return false;
}

/** Whether the hazard at `i` follows a word of time within its noun phrase ("after the deadly quake"). */
function namedAsTime(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (TIME_WORDS.has(t.lower)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NUM') return false;
  }
  return false;
}

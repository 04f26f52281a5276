// "Canada recognised the head of the National Assembly as Venezuela's interim president", "the
// EU recognised the council as Libya's legitimate government": recognition of a person or a body
// in a role (PLOVER SUPPORT) is aimed at the state the role is named for, after "as", when the
// object itself names none. Without it the act had no target and was dropped, or a compound
// subject's members were taken for each other's targets ("the United States and Canada
// recognised Juan Guaido as Venezuela's interim president" was USA > CAN).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/** At most this many words of the object between the verb's pattern and its "as". */
const OBJECT_REACH = 10;
/** Words that end the object before an "as" is met. */
const OBJECT_END = new Set([',', ';', ':', '.', 'that', 'which', 'who', 'and', 'but']);

/**
 * The state named right after the "as" that follows the object of a verb of recognition (word
 * class `recognition-verbs`) at `anchor`: "as Venezuela's interim president", "as the Libyan
 * government". Null when there is none, or when it is one of the doers.
 */
export function recognisedRoleState(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  anchor: number,
  last: number,
  doers: readonly string[],
): ActorMention | null {
  if (!classWords('recognition-verbs').has(tokens[anchor]?.lemma ?? '')) return null;
  for (let k = last + 1; k < tokens.length && k <= last + OBJECT_REACH; k++) {
    const w = tokens[k]!.lower;
    if (OBJECT_END.has(w)) return null;
    if (w !== 'as') continue;
    // "as Venezuela's interim president", "as the legitimate Libyan government".
    let j = k + 1;
    while (tokens[j] && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ') && j <= k + 3) {
      const at = mentions.find((m) => m.first === j && m.actor.root && !m.pronoun);
      if (at) break;
      j++;
    }
    const state = mentions.find((m) => m.first === j && m.actor.root && !m.pronoun);
    return state && !doers.includes(state.actor.root) ? state : null;
  }
  return null;
}

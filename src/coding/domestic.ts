// A reduction of relations turned on one's own people is repression: PLOVER's SANCTION is an act
// between parties ("imposed sanctions on Iran"), while "imposed a ban on public gatherings" or
// "suspended the activities of all trade unions" restricts the actor's own population (COERCE,
// CAMEO 172, administrative sanctions).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/**
 * True when a SANCTION act names no other party (every target is rootless or of the doer's own
 * country) and its object names a civic activity (word class `civic-activities`) between the verb
 * and `ceiling`.
 */
export function turnedOnOwnPeople(
  tokens: Token[],
  anchor: number,
  ceiling: number,
  sources: ActorMention[],
  targets: ActorMention[],
): boolean {
  const own = sources[0]?.actor.root;
  if (!own || targets.some((t) => t.actor.root && t.actor.root !== own)) return false;
  return namesCivicActivity(tokens, anchor, ceiling);
}

/** A word of the class `civic-activities` after the verb at `anchor` and before `ceiling`. */
export function namesCivicActivity(tokens: Token[], anchor: number, ceiling: number): boolean {
  const civic = classWords('civic-activities');
  const end = Math.min(ceiling, tokens.length);
  for (let i = anchor + 1; i < end; i++) if (civic.has(tokens[i]!.lower)) return true;
  return false;
}

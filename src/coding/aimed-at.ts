// Force aimed "at" a side named by its adjective: "fired water cannon at a Philippine vessel",
// "fired missiles at the Saudi tanker", "hurled grenades at an Indian patrol". The actor finder
// marks a mention under "at" as a place ("talks at the Chinese embassy"), and the role finder
// takes "at X" as the aim only right after the verb's words ("fired at Israel"), so with an
// article between, the act had no target and was let go. Read for ASSAULT only: "lodged
// complaints at the World Trade Organization" names a venue, not a target.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * The named side right after "at" and an article that follow the trigger's last word (`last`),
 * or null: only a mention that holds the nationality's noun ("a Philippine vessel"), not a
 * place named alone.
 */
export function aimedAtAfter(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  last: number,
): ActorMention | null {
  if (tokens[last + 1]?.lower !== 'at' || !ARTICLES.has(tokens[last + 2]?.lower ?? '')) return null;
  const m = mentions.find((x) => x.first === last + 3);
  return m && m.actor.root && !m.pronoun && !m.adjectiveOnly ? m : null;
}

// A state's embassy or consulate stands in another state: "Protesters attacked the French
// embassy", "crowds stormed the embassies of Rwanda and Belgium". The crowd is the host's people
// (or unknown), never the owner's: the owner is the one the crowd acts against. The coder lends
// a crowd named with no country the country of the one it acts on ("protested against the
// government": at home), which made every embassy attack with no place named the owner's own
// people protesting against themselves.
// Two readings of it live here: `missionOwners` by the words that name a post ("the French
// embassy", "the embassies of Rwanda"), whatever role the owner has in the sentence; and
// `foreignRoot` by the actor the crowd acts at (a DIP mission or envoy, or an organisation).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/** Whether the word at `k` names a diplomatic post (word class `diplomatic-missions`). */
function missionWord(tokens: readonly Token[], k: number): boolean {
  return classWords('diplomatic-missions').has(tokens[k]?.lower ?? '');
}

/**
 * Whether `m` names the owner of a diplomatic post abroad: "the French embassy", "Rwanda's
 * embassy", "the US Embassy's compound", "the embassies of Rwanda", or a post the mention's own
 * words end with.
 */
export function missionAbroad(tokens: readonly Token[], m: ActorMention): boolean {
  if (m.pronoun) return false;
  if (missionWord(tokens, m.last) || missionWord(tokens, m.last + 1)) return true;
  if (tokens[m.last + 1]?.lower === "'s" && missionWord(tokens, m.last + 2)) return true;
  return tokens[m.first - 1]?.lower === 'of' && missionWord(tokens, m.first - 2);
}

/** The states whose posts abroad the sentence names ("the French embassy": FRA). */
export function missionOwners(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): ReadonlySet<string> {
  const owners = new Set<string>();
  for (const m of mentions) if (m.actor.root && missionAbroad(tokens, m)) owners.add(m.actor.root);
  return owners;
}

/**
 * Whether `m` can be no unnamed doer's country: a state's diplomatic mission or envoy (sector
 * `DIP`: "the French embassy", "the US consulate"), which stands abroad, or an organisation ("a
 * United Nations building"), which has no people of its own. Protests at embassies and UN
 * offices are told of the mission and the city, often with no word for the crowd's country.
 */
function foreignToCrowds(m: ActorMention): boolean {
  return m.actor.root !== '' && (m.actor.sector === 'DIP' || m.kind === 'organisation');
}

/** The root of `m` when it can be no unnamed doer's country (`foreignToCrowds`), else ''. */
export function foreignRoot(m: ActorMention | undefined): string {
  return m && foreignToCrowds(m) ? m.actor.root : '';
}

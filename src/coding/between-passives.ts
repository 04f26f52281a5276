// "A ceasefire was agreed between Armenia and Azerbaijan on Saturday", "an agreement was signed
// between Baku and Yerevan in Washington": a joint act told in the passive names its parties
// after "between", not as an agent; word distance looked for a "by" phrase and let the act go.
// The first party named is the doer and the others its partners, as for "A and B agreed ..."
// (rolesOf); a mediator telling of it ("..., the Qatari foreign ministry said") is no party.
import type { Token } from '../nlp/analyse.js';
import type { PloverType } from '../records.js';
import type { ActorMention } from './mentions.js';
import { conjunctsAfter } from './roles.js';

/** Joint acts whose passive may name both parties after "between". */
const BETWEEN_TYPES: ReadonlySet<PloverType> = new Set([
  'AGREE',
  'CONSULT',
  'COOPERATE',
  'SUPPORT',
]);
/** How far after the verb "between" may stand ("was agreed on Saturday between ..."). */
const BETWEEN_REACH = 5;
/** How far after "between" the first party may open ("between the delegations of Baku ..."). */
const PARTY_REACH = 4;

/**
 * The parties named after "between" right after the passive joint act ending at `last` (before
 * `end`, the attribution or the sentence's end), first the doer: at least two different states
 * or bodies named with their country, joined by "and"; [] otherwise.
 */
export function partiesBetween(
  tokens: Token[],
  mentions: ActorMention[],
  type: PloverType,
  last: number,
  end: number,
): ActorMention[] {
  if (!BETWEEN_TYPES.has(type)) return [];
  let between = -1;
  for (let k = last + 1; k < Math.min(end, last + 1 + BETWEEN_REACH); k++) {
    if (tokens[k]!.lower === 'between') {
      between = k;
      break;
    }
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.lower === ',') return [];
  }
  if (between < 0) return [];
  const first = mentions.find(
    (m) => m.first > between && m.first <= between + PARTY_REACH && m.first < end,
  );
  if (!first?.actor.root || first.pronoun) return [];
  const parties = [first, ...conjunctsAfter(tokens, mentions, first)].filter(
    (m) => m.actor.root && !m.pronoun && m.first < end,
  );
  const roots = new Set(parties.map((m) => m.actor.root));
  return roots.size >= 2 ? parties : [];
}

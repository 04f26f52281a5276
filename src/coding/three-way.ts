// Joint acts of three: "Japan, South Korea and the United States held a joint drill" is an act
// of each pair of the three, as the gold and PLOVER's symmetric coding read a trilateral
// exercise, summit or pact. The coder's joint subject gives one event between the first member
// and the others; this adds the one between the other two. Only for three named members of one
// coordinated subject before the verb: four or more (or a partner named after it, "held drills
// with Iran and Russia") keep the first against the others. Twentieth round (issue #15).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { conjunctsAfter } from './roles.js';

/**
 * The pair [second, third] to add for a joint act (`joint`) of one doer on two targets, when
 * the three are one coordinated subject before the trigger at `anchor`; else null.
 */
export function thirdPair<M extends ActorMention>(
  tokens: Token[],
  mentions: ActorMention[],
  joint: boolean,
  anchor: number,
  sources: M[],
  targets: M[],
): [M, M] | null {
  if (!joint || sources.length !== 1 || targets.length !== 2) return null;
  const [first] = sources as [M];
  const [second, third] = targets as [M, M];
  const members = [first, second, third];
  if (members.some((m) => m.first < 0 || m.first >= anchor || !m.actor.root)) return null;
  if (new Set(members.map((m) => m.actor.root)).size !== 3) return null;
  // "Chile, Peru and Bolivia met, and the two countries agreed": a verb between the subject
  // and the act makes the act another clause's.
  if (tokens.slice(third.last + 1, anchor).some((t) => t.pos === 'VERB')) return null;
  const joined = conjunctsAfter(tokens, mentions, first);
  if (joined.length !== 2 || joined[0]!.first !== second.first || joined[1]!.first !== third.first)
    return null;
  return [second, third];
}

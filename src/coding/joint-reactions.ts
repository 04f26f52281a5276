// A joint subject approving another's act: "Myanmar's junta freed three foreigners, and Tokyo
// and Canberra welcomed their release". A joint subject of a cooperative verb is read as one
// act between its members ("Kenya and Ethiopia signed a pact": KEN > ETH, symmetric), so the
// welcome came out as Japan approving of Australia. Approving (welcoming, praising, hailing ...)
// is done to the one whose act it takes up, by each member on its own, as "The United States
// and the European Union welcomed Ethiopia's decision" already codes. Issue #15, roles23.
import type { Token } from '../nlp/analyse.js';
import type { Mention } from '../records.js';
import { backReference } from './frames.js';
import type { ActorMention } from './mentions.js';
import { conjunctsAfter } from './roles.js';
import { classWords } from './word-classes.js';

/**
 * The members of a joint subject that react to an earlier act of the sentence, when the verb
 * at `anchor` is one of approval (word class `approval-verbs`), the targets found are the
 * subject's own other members (named before the verb and joined to `sources[0]`), the object
 * points back to an act (`back-references`: "the release", "their return", "the move"), and an
 * act of another doer was coded before. Null otherwise: with no such act ("Kenya and Ethiopia
 * welcomed the agreement") the joint reading stands.
 */
export function reactingMembers<M extends ActorMention>(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  last: number,
  ceiling: number,
  results: readonly Mention[],
  sources: M[],
  targets: M[],
): M[] | null {
  if (!classWords('approval-verbs').has(tokens[anchor]!.lemma)) return null;
  if (sources.length !== 1 || targets.length === 0) return null;
  const [first] = sources as [M];
  if (targets.some((m) => m.last >= anchor)) return null;
  const joined = conjunctsAfter(tokens, mentions, first).map((m) => m.first);
  if (!targets.every((m) => joined.includes(m.first))) return null;
  // "welcomed their release", or the pattern's own noun ("welcome * decision|release").
  const pointsBack =
    backReference(tokens, last, ceiling, true) ||
    (last > anchor && backReference(tokens, anchor, last + 1, true));
  if (!pointsBack) return null;
  const members = [first, ...targets];
  const other = results.some(
    (r) => r.source.root && !members.some((m) => m.actor.root === r.source.root),
  );
  return other ? members : null;
}

// "Three Russian diplomats were expelled, the Polish foreign ministry said", "Estonia protested,
// and the Russian ambassador was summoned", "Poland said it had uncovered a spy ring. Three
// Russian diplomats were expelled.": a measure a state takes against another's envoys or
// citizens, told in the passive with no agent, is the act of the state that tells it (the
// reporter of the attribution), of the sentence's main subject, or of the previous sentence's.
// Wire copy leaves the agent out because the lead has named it. Only verbs of such measures
// (word class `state-measure-verbs`): an agentless "was arrested" or "was killed" may be anyone's.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { mainSubject } from './clauses.js';
import { OWN_APPARATUS } from './defaults.js';
import { classWords } from './word-classes.js';

/** A state, or a state's organ, that has a country: who takes measures against envoys. */
const stateActor = (m: ActorMention | null | undefined): m is ActorMention =>
  Boolean(m?.actor.root) && (m!.kind === 'state' || OWN_APPARATUS.has(m!.actor.sector));

/**
 * The doer of the agentless passive measure at `anchor` (a verb of `state-measure-verbs`), or
 * null: the first state named in the attribution after it (`attribution`, its start), else the
 * sentence's main subject before it, else `earlier` (the previous sentence's main subject); never
 * a state of the ones measured (`targets`).
 */
export function measureDoer(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  anchor: number,
  attribution: number,
  targets: readonly ActorMention[],
  earlier: ActorMention | null,
): ActorMention | null {
  if (!classWords('state-measure-verbs').has(tokens[anchor]?.lemma ?? '')) return null;
  const measured = new Set(targets.map((m) => m.actor.root).filter((r) => r));
  if (measured.size === 0) return null;
  const other = (m: ActorMention | null | undefined): m is ActorMention =>
    stateActor(m) && !measured.has(m.actor.root);
  const reporter =
    attribution > anchor ? mentions.find((m) => m.first > attribution && m.actor.root) : undefined;
  if (reporter) return other(reporter) ? reporter : null;
  const subject = mainSubject(tokens as Token[], mentions as ActorMention[], anchor);
  if (subject && !targets.includes(subject)) return other(subject) ? subject : null;
  return other(earlier) ? earlier : null;
}

// The party a conditional act is aimed at: "Russia will pull back its troops only if NATO halts
// its expansion" is an offer to NATO, "Iran will resume talks if Washington lifts sanctions" one
// to the United States. When the act names no target of its own and its only other party is the
// one the condition asks something of, that party is its target (coder.ts, before the untied
// rule drops an act whose target was not found while another party is named).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import type { ConditionClause } from './modality.js';

/**
 * The first state or organisation named in the first condition clause after the trigger, other
 * than the doer, when that clause follows the act (a condition before it may bind another act).
 * Pronouns and adjectives ("a Russian attack") name no party asked to do anything.
 */
export function conditionParty(
  tokens: Token[],
  clauses: readonly ConditionClause[],
  mentions: readonly ActorMention[],
  trigger: { start: number },
  doerRoot: string,
): ActorMention | null {
  const anchor = tokens.findIndex((t) => t.start === trigger.start);
  if (anchor < 0) return null;
  const clause = clauses.find((c) => c.start > anchor);
  if (!clause) return null;
  return (
    mentions.find(
      (m) =>
        m.first > clause.start &&
        m.last <= clause.end &&
        !m.pronoun &&
        !m.adjectiveOnly &&
        m.actor.root !== '' &&
        m.actor.root !== doerRoot,
    ) ?? null
  );
}

// An act told in a relative clause whose object is the clause's antecedent: "cut ties with Rabat,
// which it accuses of hostile acts", "the attorney general, whom protesters accuse of trying to
// overturn the vote", "exiled Kurdish groups that Tehran accuses of staging attacks". Wire copy
// names a side's standing grievance this way in a clause hung on the side itself. The clause's
// own subject does the act; the one the relative pronoun stands for undergoes it. Left to the
// role finder, the antecedent (left of the verb) was taken for the doer and the subject (a
// pronoun, or a name right before the verb) for the one acted on, or the act was let go.
import type { Token } from '../nlp/analyse.js';
import { beforeVerbGroup, mainSubject } from './clauses.js';
import type { ActorMention } from './mentions.js';
import { mentionWith } from './mention-record.js';

/** Relative pronouns that may stand for the object of the clause's verb ("who" is a subject). */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'that']);

/**
 * Parts of speech that may follow a verb with no object of its own: "accuses of", "blames for",
 * "accused on Monday", "has condemned.". A noun, a name or a determiner after the verb opens an
 * object, and the relative pronoun is then the clause's subject or a complementiser ("that it
 * accuses Kenya of ...").
 */
const NO_OBJECT_NEXT: ReadonlySet<string> = new Set(['ADP', 'PUNCT', 'ADV', 'PART', 'SCONJ']);

export interface RelativeObject {
  /** The clause's subject: the one who acts. */
  subject: ActorMention;
  /** The antecedent the relative pronoun stands for: the one acted on. */
  antecedent: ActorMention;
}

/**
 * The parties of the act whose verb is at `anchor` (its pattern ending at `last`) when the verb
 * heads a relative clause whose object is its antecedent: "[Rabat], which [it] accuses of". The
 * subject ends right before the verb (give or take auxiliaries and adverbs: "which Kinshasa has
 * long accused"), the relative pronoun right before the subject, and the antecedent, an actor
 * with a country or organisation, right before the pronoun (or its comma). Null otherwise.
 */
export function relativeObject(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  last: number,
): RelativeObject | null {
  const next = tokens[last + 1];
  if (next && !NO_OBJECT_NEXT.has(next.pos)) return null;
  const end = beforeVerbGroup(tokens, anchor, 1);
  const subject = mentions.find((m) => m.last === end && m.actor.root);
  if (!subject) return null;
  let k = subject.first - 1;
  // "which the government accuses": the article is no part of the mention.
  if (tokens[k]?.lower === 'the') k--;
  if (!OBJECT_RELATIVES.has(tokens[k]?.lower ?? '')) return null;
  k--;
  if (tokens[k]?.lower === ',') k--;
  const antecedent = mentions.find((m) => m.last === k && m.actor.root && !m.pronoun);
  if (!antecedent) return null;
  const doer = subject.pronoun ? pronounDoer(tokens, mentions, subject, antecedent) : subject;
  if (!doer || doer.actor.root === antecedent.actor.root) return null;
  return { subject: doer, antecedent };
}

/**
 * Whom the pronoun subject of such a clause stands for: "Algeria cut ties with Rabat, which it
 * accuses of ...". The pronoun cannot be the antecedent, which the nearest-state rule for "it"
 * (mentions.ts) most often picks; the one with the grievance is the main clause's subject. The
 * pronoun's own reading when the main subject is the antecedent's side; null when both are.
 */
function pronounDoer(
  tokens: Token[],
  mentions: ActorMention[],
  pronoun: ActorMention,
  antecedent: ActorMention,
): ActorMention | null {
  const main = mainSubject(tokens, mentions, antecedent.first);
  if (main?.actor.root && main.actor.root !== antecedent.actor.root)
    return mentionWith(main, { first: pronoun.first, last: pronoun.last });
  return pronoun.actor.root !== antecedent.actor.root ? pronoun : null;
}

// Warnings that are threats and warnings that are not. PLOVER's THREATEN is "all threats,
// coercive or forceful warnings with serious potential repercussions": "Russia warned Georgia
// that it would respond with force" is one, "aid agencies warned that millions faced famine"
// tells of a situation and threatens no one. A pattern marked `"warning": true` codes only when
// the warning is aimed at someone named, says what the warner itself will do, sets a condition,
// or names a repercussion (the word class `repercussions`).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import type { ConditionClause } from './modality.js';
import type { RoleMention } from './places.js';
import { classWords } from './word-classes.js';

/** Words that may stand between a warning verb and the one warned ("warned the ..."). */
const BEFORE_ADDRESSEE = new Set(['DET']);

export interface WarningInput {
  tokens: Token[];
  mentions: ActorMention[];
  /** The warning verb's first and last tokens (its pattern may end in "of"/"against"). */
  anchor: number;
  last: number;
  /** End (exclusive) of the warning's clause. */
  ceiling: number;
  sources: RoleMention[];
  conditions: ConditionClause[];
}

/** Whether a warning is a threat (see the file comment). */
export function warningThreatens(w: WarningInput): boolean {
  const { tokens, mentions, anchor, last, ceiling, sources } = w;
  // "warned Georgia that ...", "warned the United States against ...": aimed at someone.
  const addressee = mentions.find(
    (m) =>
      m.first > anchor &&
      m.first <= last + 2 &&
      tokens.slice(anchor + 1, m.first).every((t) => BEFORE_ADDRESSEE.has(t.pos)),
  );
  if (addressee) return true;
  // "warned that European countries would be drawn into a war ... if Ukraine tried ...".
  if (w.conditions.some((c) => c.start > last && c.start < ceiling)) return true;
  // "Iran warned that it would close the strait": the warner's own act to come. A root the
  // warner took from the clause ("aid groups warned that Yemenis ...") is not its own.
  const own = new Set(sources.filter((m) => !m.fromPlace).map((m) => m.actor.root));
  own.delete('');
  const firstInClause = mentions.find((m) => m.first > last && m.first < ceiling);
  if (firstInClause && own.has(firstInClause.actor.root)) return true;
  // "warned of severe consequences", "warned of retaliation".
  const repercussions = classWords('repercussions');
  const end = Math.min(ceiling, last + 6);
  for (let i = last + 1; i < end; i++) if (repercussions.has(tokens[i]!.lower)) return true;
  return false;
}

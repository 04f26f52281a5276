// "Japan demanded on Tuesday that China remove the buoy", "the EU insisted on Monday that Russia
// release the activists": a request told with a "that" clause is addressed to that clause's
// subject. Word distance finds it right after "that" ("demanded that China ..."), and loses it
// when a phrase of time or place stands between the verb and "that", as wire copy puts the day
// there; the dependency parse still links the clause to its verb.
import type { Token } from '../nlp/analyse.js';
import type { Parse } from '../nlp/parse/index.js';
import { rolesOf } from './syntax.js';

/** Whether a "that" stands after the verb at `anchor` and before `ceiling` (worth a parse). */
export function thatAfter(tokens: readonly Token[], anchor: number, ceiling: number): boolean {
  for (let k = anchor + 1; k < ceiling && k < tokens.length; k++)
    if (tokens[k]!.lower === 'that') return true;
  return false;
}

/**
 * Token indexes of the subjects of the "that" clauses (`ccomp` marked "that") that the verb at
 * `anchor` governs, before `ceiling`; [] when none.
 */
export function demandedSubjects(
  tokens: readonly Token[],
  parse: Parse,
  anchor: number,
  ceiling: number,
): number[] {
  const roles = rolesOf(tokens, parse);
  return roles
    .of(anchor)
    .clauses.filter((c) => c.rel === 'ccomp' && c.mark === 'that' && c.index < ceiling)
    .flatMap((c) =>
      roles
        .of(c.index)
        .subjects.filter((a) => !a.via)
        .map((a) => a.index),
    );
}

// "killed 23 people when they blew themselves up in Tel Aviv", "when he attacked a bus in Tel
// Aviv": a personal pronoun is the act's subject; the doer is told, as whoever it stands for,
// and a place named after "in" is only where the act happened. An attacker left unnamed is
// placed where it struck ("A roadside bomb near Samarra killed ..."), but not one a pronoun
// names: with no antecedent actor the act has no doer, never the place's country.
import type { Token } from '../nlp/analyse.js';
import { beforeVerbGroup } from './clauses.js';

/** Personal pronouns that stand for people who act (not "it": a bomb "exploded"). */
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/** True when the verb at `anchor` has a personal pronoun for its subject, right before it. */
export function personalPronounSubject(tokens: readonly Token[], anchor: number): boolean {
  // "they had", "he then", "she did not": the verb group stands between.
  const t = tokens[beforeVerbGroup(tokens, anchor)];
  return t !== undefined && t.pos === 'PRON' && PERSONAL_SUBJECTS.has(t.lower);
}

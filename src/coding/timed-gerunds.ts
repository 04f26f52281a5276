// "Colombian rebels released the father of a footballer, twelve days after seizing him", "Macron
// welcomed their return while calling on Tehran to free the others": a gerund opened by a
// subordinator of time tells a second act of the clause's subject, done before or beside
// the main one. The report tells it as done, unlike a gerund under a preposition of aim or topic
// ("aimed at establishing ties", "talks on lifting sanctions"), which reportedAct lets go. Its
// doer is the main subject: the parse's subject control of such a clause (nlp/parse/roles.ts).
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

/** Whether token `i` is a gerund right after a subordinator of time (`done-gerund-openers`). */
export function timedGerund(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== 'VERB' || !t.lower.endsWith('ing')) return false;
  return classWords('done-gerund-openers').has(tokens[i - 1]?.lower ?? '');
}

/**
 * The doers of a timed gerund at `anchor`: the main clause's subjects the parse gives (subject
 * control), when they stand before the subordinator; else those word distance found that stand
 * right before a verb of their own ("a mine that Serbia agreed to open ... after signing"), else
 * the sentence's first subject (`first`, `mainSubject`) when a verb follows it. A
 * gerund has no subject of its own, and other actors near it are objects, the main clause's or
 * its own ("closed its airspace to Moroccan aircraft, a month after cutting ties with Rabat").
 */
export function timedGerundDoers<M extends { first: number; last: number }>(
  tokens: readonly Token[],
  anchor: number,
  found: readonly M[],
  parsed: readonly M[],
  first: M | null = null,
): M[] {
  const opener = anchor - 1;
  const main = parsed.filter((m) => m.last < opener);
  if (main.length > 0) return main;
  const beforeVerb = (m: M): boolean => {
    const next = tokens[m.last + 1];
    return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
  };
  const near = found.filter((m) => m.last < opener && beforeVerb(m));
  if (near.length > 0) return near;
  // Else the sentence's subject, when a verb follows it ("Niger's junta ordered ..., a week
  // after accusing Paris").
  return first && first.last < opener && beforeVerb(first) ? [first] : [];
}

// Which indexed documents deserve the fine check, and which never may be linked: pure decisions
// on signatures and document fields, kept apart from the index look-ups.
import {
  estimateContainment,
  estimateJaccardIn,
  estimateSetSize,
  PERMUTATIONS,
  SPLIT,
} from './minhash.js';

/**
 * The better of the two halves' containment estimates: how much of the smaller shingle set the
 * larger one holds, for the skeleton and for the names and numbers. Containment rather than
 * resemblance, so that a teaser a third of its original's length, or an original three times
 * its excerpt's, still scores as high as a whole copy.
 */
export function candidateScore(a: Uint32Array, b: Uint32Array): number {
  let best = 0;
  for (const [from, to] of [
    [0, SPLIT],
    [SPLIT, PERMUTATIONS],
  ] as const) {
    const j = estimateJaccardIn(a, b, from, to);
    if (j === 0) continue;
    const c = estimateContainment(j, estimateSetSize(a, from, to), estimateSetSize(b, from, to));
    if (c > best) best = c;
  }
  return best;
}

export interface Outlet {
  source: string;
  published: string | null;
}

/** Two articles of one outlet on one day: a story and its update or follow-up, never a copy. */
export function sameOutletSameDay(a: Outlet, b: Outlet): boolean {
  const day = (p: string | null): string | null => (p ? p.slice(0, 10) : null);
  return (
    a.source.trim() !== '' &&
    a.source.trim().toLowerCase() === b.source.trim().toLowerCase() &&
    day(a.published) !== null &&
    day(a.published) === day(b.published)
  );
}

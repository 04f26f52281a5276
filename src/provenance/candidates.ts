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
  return candidateEstimate(a, setSizes(a), b, setSizes(b)).estimate;
}

/** The set sizes behind a signature's two halves (`estimateSetSize`), for `candidateEstimate`. */
export function setSizes(sig: Uint32Array): [number, number] {
  return [estimateSetSize(sig, 0, SPLIT), estimateSetSize(sig, SPLIT, PERMUTATIONS)];
}

/** `candidateScore` with each signature's set sizes given (`setSizes`: a new document is scored
 *  against its 40 candidates, and its own sizes were estimated again for each), and the skeleton
 *  half's resemblance it is made of, which linking reads too (one outlet's same article twice)
 *  and computed a second time. */
export function candidateEstimate(
  a: Uint32Array,
  sizesA: readonly [number, number],
  b: Uint32Array,
  sizesB: readonly [number, number],
): { skeleton: number; estimate: number } {
  let best = 0;
  const skeleton = estimateJaccardIn(a, b, 0, SPLIT);
  if (skeleton !== 0) best = estimateContainment(skeleton, sizesA[0], sizesB[0]);
  const anchors = estimateJaccardIn(a, b, SPLIT, PERMUTATIONS);
  if (anchors !== 0) {
    const c = estimateContainment(anchors, sizesA[1], sizesB[1]);
    if (c > best) best = c;
  }
  return { skeleton, estimate: best };
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

/**
 * Candidates under MIN_ESTIMATE (link.ts) that may still fill the fine checks the better ones
 * left unused: at least this estimate, and this many band keys shared. A short copy inside a
 * text of its own (a photo gallery running a wire story's paragraphs under captions, a blog
 * quoting two paragraphs, a teaser under a site's furniture) holds a small share of the longer
 * text's shingles, so its containment estimate falls to 0.12-0.17 (real sets 16 and 17) while
 * it shares several band keys with its original; the fine check, not the estimate, can tell
 * it. Only into checks left unused: a document whose better candidates fill the budget (a
 * story copied many times, a run of template reports) costs not one check more.
 */
export const LOW_ESTIMATE = 0.1;
export const LOW_ESTIMATE_BANDS = 4;

/** Whether a candidate under MIN_ESTIMATE may fill a fine check left unused (LOW_ESTIMATE). */
export function lowButCheckable(estimate: number, bands: number): boolean {
  return estimate >= LOW_ESTIMATE && bands >= LOW_ESTIMATE_BANDS;
}

/**
 * The candidates that get the fine check's budget: those at `min` or above, and, when fewer
 * than `budget`, the best of those under it that reach LOW_ESTIMATE and share
 * LOW_ESTIMATE_BANDS band keys, until `budget` (see LOW_ESTIMATE).
 */
export function checkable<T extends Ranked & { bands: number }>(
  candidates: readonly T[],
  min: number,
  budget: number,
): T[] {
  const passing = candidates.filter((c) => c.estimate >= min);
  if (passing.length >= budget) return passing;
  const low = candidates
    .filter((c) => c.estimate < min && lowButCheckable(c.estimate, c.bands))
    .sort((a, b) => b.estimate - a.estimate)
    .slice(0, budget - passing.length);
  return [...passing, ...low];
}

export interface Ranked {
  doc: string;
  estimate: number;
}

/**
 * Which candidates get the fine check, in order: the `best` highest estimates (ties keep the
 * index's order, most shared bands first), then up to `extra` more, each of a story none of
 * those reached. An original arriving after its copies finds its story's edited and verbatim
 * copies first: they took every check, and a heavily spun copy standing alone (or in a story of
 * its own) was never compared. All of the best are still checked, so a conflict with any of
 * them (a template report of another day) is still seen. `storyOf` gives a candidate's story, or
 * the candidate itself when it stands alone; it is asked only of the candidates this order reads
 * (the best, then the others until the extra ones are found): of the 35 candidates a document
 * of the 8 MB bench corpus passes to it, about 8 (one statement each).
 */
export async function fineCheckOrder<T extends Ranked>(
  candidates: T[],
  best: number,
  extra: number,
  storyOf: (doc: string) => Promise<string>,
): Promise<T[]> {
  const byEstimate = [...candidates].sort((a, b) => b.estimate - a.estimate);
  const out = byEstimate.slice(0, best);
  if (extra <= 0) return out;
  const reached = new Set(await Promise.all(out.map((c) => storyOf(c.doc))));
  for (const c of byEstimate.slice(best)) {
    if (out.length >= best + extra) break;
    const story = await storyOf(c.doc);
    if (reached.has(story)) continue;
    reached.add(story);
    out.push(c);
  }
  return out;
}

/**
 * The stories (or standalone documents) a new document may not join, given the story of each
 * document it matched, of each it contradicted (numbers replaced in aligned sentences), and of
 * each article of its own outlet and day. An outlet's article of the same day always vetoes.
 * A contradiction vetoes unless the document matches more members of that story than it
 * contradicts: a spinner's reformatted count, or an excerpt's blogger's own numbers, contradict
 * one copy of a story whose original and other copies the document matches; a template report
 * of another day contradicts the report (and any copy holding its numbers) that a number-free
 * summary of it would otherwise bridge.
 */
export function vetoedGroups(
  matched: string[],
  contradicted: string[],
  sameOutlet: string[],
): Set<string> {
  const tally = (groups: string[]): Map<string, number> => {
    const out = new Map<string, number>();
    for (const g of groups) out.set(g, (out.get(g) ?? 0) + 1);
    return out;
  };
  const matches = tally(matched);
  const vetoed = new Set(sameOutlet);
  for (const [group, n] of tally(contradicted))
    if ((matches.get(group) ?? 0) <= n) vetoed.add(group);
  return vetoed;
}

export interface ReachedGroup {
  /** Whether each match into the group rests on names alone. */
  weak: boolean[];
  /** Documents in the group (1 for a standalone document). */
  size: number;
}

/**
 * The groups (stories, or standalone documents) a document may join, of those its matches
 * reach. Names alone (a translation without numbers to tell one report from another) never
 * bring a story of several documents together with another: the people of one crisis recur in
 * report after report. Beside a group matched on stronger evidence, a names-only group joins
 * only when it is one document (a translation that arrived before its original stands alone);
 * with names-only groups alone, the one matched most often joins, none on a tie.
 */
export function joinableGroups(groups: Map<string, ReachedGroup>): Set<string> {
  const all = [...groups];
  const strong = all.filter(([, g]) => g.weak.some((w) => !w));
  if (strong.length > 0)
    return new Set(
      all.filter(([, g]) => g.size === 1 || strong.some(([, s]) => s === g)).map(([id]) => id),
    );
  const ranked = all.sort((x, y) => y[1].weak.length - x[1].weak.length);
  if (ranked.length === 0) return new Set();
  if (ranked.length > 1 && ranked[1]![1].weak.length === ranked[0]![1].weak.length)
    return new Set();
  return new Set([ranked[0]![0]]);
}

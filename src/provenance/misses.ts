// Why a copy was not joined to its original: the stage that lost it (no shared LSH band, a rank
// or estimate cut, the fine check, or a conflict veto after the fine check accepted) and what the
// copy did to the text (content words replaced, length ratio, sentence order). Used by
// `npm run eval:provenance -- --misses` to say where recall is lost, class by class.
import { compareDocuments, judge } from './compare.js';
import { candidateScore, lowButCheckable } from './candidates.js';
import { SKELETON_BANDS } from './minhash.js';
import { fingerprint, MAX_CANDIDATES, MAX_FINE_CHECKS, MIN_ESTIMATE } from './link.js';
import { measureSpin } from './measure.js';
import type { Thesaurus } from './thesaurus.js';

export type MissStage = 'no-band' | 'rank' | 'estimate' | 'fine-check' | 'veto';

export interface Miss {
  kind: string;
  stage: MissStage;
  /** LSH bands the copy shares with its original, skeleton half and names-and-numbers half. */
  bandsSkeleton: number;
  bandsAnchor: number;
  /** candidateScore of the pair (the estimate the candidate filter reads). */
  estimate: number;
  /** Share of the original's content words the copy replaced (measure.ts). */
  contentReplaced: number;
  /** copy / original, in tokens. */
  lengthRatio: number;
  reordered: boolean;
}

/**
 * Classifies one missed pair. `rank` is the original's position among the copy's candidates as
 * the index returns them (most shared bands first), or null when it was not returned, and
 * `estimateRank` its position among those the fine check's budget reads (`checkable`: at or above
 * MIN_ESTIMATE, or under it in a budget left unused), best estimate first.
 */
export function classifyMiss(
  kind: string,
  copy: string,
  original: string,
  rank: number | null,
  estimateRank: number | null,
  thesaurus: Thesaurus,
): Miss {
  const a = fingerprint(copy);
  const b = fingerprint(original);
  let bandsSkeleton = 0;
  let bandsAnchor = 0;
  const half = SKELETON_BANDS;
  for (let i = 0; i < a.bands.length; i++)
    if (a.bands[i] === b.bands[i]) {
      if (i < half) bandsSkeleton++;
      else bandsAnchor++;
    }
  const estimate = candidateScore(a.sig, b.sig);
  const comparison = compareDocuments(a.sentences, b.sentences, thesaurus);
  const verdict = judge(comparison);
  let stage: MissStage;
  if (bandsSkeleton + bandsAnchor === 0) stage = 'no-band';
  else if (rank === null || rank >= MAX_CANDIDATES) stage = 'rank';
  else if (
    (estimate < MIN_ESTIMATE && !lowButCheckable(estimate, bandsSkeleton + bandsAnchor)) ||
    estimateRank === null ||
    estimateRank >= MAX_FINE_CHECKS
  )
    stage = 'estimate';
  else if (!verdict.isCopy) stage = 'fine-check';
  else stage = 'veto';
  const stats = measureSpin(original, copy);
  return {
    kind,
    stage,
    bandsSkeleton,
    bandsAnchor,
    estimate,
    contentReplaced: stats.contentReplaced,
    lengthRatio: stats.lengthRatio,
    reordered: comparison.reordered,
  };
}

const STAGES: readonly MissStage[] = ['no-band', 'rank', 'estimate', 'fine-check', 'veto'];

/** The misses as a table: one row per stage (and a total), by copy kind, with the mean content
 *  replaced, the mean length ratio and the share reordered. */
export function missTable(misses: Miss[]): string {
  const kinds = [...new Set(misses.map((m) => m.kind))].sort();
  const header = ['stage', 'misses', ...kinds, 'content repl.', 'length ratio', 'reordered'];
  const rows: string[][] = [];
  const mean = (xs: number[]): string =>
    xs.length === 0 ? '-' : (xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(2);
  for (const stage of [...STAGES, 'all' as const]) {
    const ms = misses.filter((m) => stage === 'all' || m.stage === stage);
    if (ms.length === 0 && stage !== 'all') continue;
    rows.push([
      stage,
      String(ms.length),
      ...kinds.map((k) => String(ms.filter((m) => m.kind === k).length)),
      mean(ms.map((m) => m.contentReplaced)),
      mean(ms.map((m) => m.lengthRatio)),
      mean(ms.map((m) => (m.reordered ? 1 : 0))),
    ]);
  }
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

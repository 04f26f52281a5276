// Why a gold event was missed, told from what the coder did code in the same sentence. The counts
// say which class of work pays: a missing trigger needs phrasings, a wrong target needs roles, an
// unknown source needs actors. Only the predictions no gold event took are looked at, so a miss is
// never explained by an event that was right for another gold event.
import type { DropReason } from '../coding/types.js';
import { rootCode as root, type GoldEvent } from './gold.js';
import type { PredictedEvent } from './score.js';

export const MISS_CAUSES = [
  /** Nothing of the gold's type was coded with either of its parties: the act's phrasing was not seen. */
  'no_trigger',
  /** Nothing of the type was coded, but a trigger of the type was found and let go (`DropReason`). */
  'dropped',
  /** The right type and source, another target (or none). */
  'wrong_target',
  /** The right type and target (or a gold with no target), with no source found. */
  'unknown_source',
  /** The right type and target, another source. */
  'wrong_source',
  /** The right parties, another type. */
  'other_type',
  /** The type was coded in the sentence, but neither party is the gold's. */
  'wrong_roles',
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/** A cause or drop reason as a table prints it: "no_trigger" is "no trigger". */
export const causeLabel = (name: string): string => name.replaceAll('_', ' ');

/** A trigger of the sentence that gave no event, as the coder's diagnostics hook tells it. */
export interface Drop {
  type: string;
  reason: DropReason;
}

/**
 * The first cause, in `MISS_CAUSES` order, that one of the left-over predictions shows; a miss
 * with nothing of its type coded is `dropped` when the coder let a trigger of the type go.
 */
export function missCause(
  gold: GoldEvent,
  leftover: readonly PredictedEvent[],
  drops: readonly Drop[] = [],
): MissCause {
  const gs = root(gold.source);
  const gt = root(gold.target);
  const sameType = leftover.filter((p) => p.type.toUpperCase() === gold.type);
  // Either direction counts for a symmetric act: "A and B met" coded as B -> A is no miss at all,
  // so a leftover here can only be partly right in the same ways.
  const ends = (p: PredictedEvent): [string, string][] => {
    const forward: [string, string] = [root(p.source), root(p.target)];
    return gold.symmetric ? [forward, [forward[1], forward[0]]] : [forward];
  };
  const some = (
    list: readonly PredictedEvent[],
    test: (s: string, t: string) => boolean,
  ): boolean => list.some((p) => ends(p).some(([s, t]) => test(s, t)));
  if (sameType.length === 0) {
    if (gt !== '' && some(leftover, (s, t) => s === gs && t === gt)) return 'other_type';
    return drops.some((d) => d.type === gold.type) ? 'dropped' : 'no_trigger';
  }
  if (some(sameType, (s) => s === gs)) return 'wrong_target';
  // A gold event with no target ("" matches any) is only ever missed by its source.
  const targetRight = (t: string): boolean => gt === '' || t === gt;
  if (some(sameType, (s, t) => s === '' && targetRight(t))) return 'unknown_source';
  if (some(sameType, (_s, t) => targetRight(t))) return 'wrong_source';
  if (gt !== '' && some(leftover, (s, t) => s === gs && t === gt)) return 'other_type';
  return 'wrong_roles';
}

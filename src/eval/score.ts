// Scoring predicted events against gold, by the rules of the gold README: root source + root
// target + type; gold target "" matches any target; symmetric gold matches either direction; each
// gold event matches at most one prediction, in file order (the same greedy order the outside
// checker uses, so the two figures agree).
import type { DropReason } from '../coding/types.js';
import { MISS_CAUSES, missCause, type Drop, type MissCause } from './causes.js';
import { rootCode as root, type GoldEvent, type GoldItem } from './gold.js';

export interface PredictedEvent {
  source: string;
  target: string;
  source_sector: string;
  target_sector: string;
  type: string;
  negated: boolean;
  conditional: boolean;
  future: boolean;
  claimed: boolean;
  text?: string;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ErrorCase {
  id: string;
  text: string;
  /** `wrong_flags`: the event was found, but a flag the gold states differs. */
  kind: 'false_positive' | 'false_negative' | 'wrong_flags';
  event: string;
  /** For `wrong_flags`: each flag the gold states and the coder got wrong, as "future: true". */
  flags?: string[];
  expected: string[];
  predicted: string[];
  /** For `false_negative`: what the coder did instead (see causes.ts). */
  cause?: MissCause;
  /** For a `dropped` miss: why the coder let the triggers of the type go. */
  dropped?: DropReason[];
}

export interface Scores {
  items: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  negation_accuracy: number | null;
  sector_accuracy: number | null;
  /** Every flag the gold states (negated, conditional, future, claimed) right on a matched pair. */
  flag_accuracy: number | null;
  flags: Record<'negated' | 'conditional' | 'future' | 'claimed', { right: number; total: number }>;
  per_type: Record<string, TypeScore>;
  /** False negatives by cause, overall and per gold type. */
  causes: Record<MissCause, number>;
  causes_by_type: Record<string, Record<MissCause, number>>;
  /** For the `dropped` misses: how often each reason let a trigger of the missed type go. */
  drop_reasons: Partial<Record<DropReason, number>>;
  errors: ErrorCase[];
}

export function matches(p: PredictedEvent, g: GoldEvent): boolean {
  if (p.type.toUpperCase() !== g.type) return false;
  const [ps, pt, gs, gt] = [root(p.source), root(p.target), root(g.source), root(g.target)];
  if (gt === '') return ps === gs || (g.symmetric === true && pt === gs);
  if (ps === gs && pt === gt) return true;
  return g.symmetric === true && ps === gt && pt === gs;
}

const describe = (e: { source: string; target: string; type: string; negated?: boolean }): string =>
  `${e.source || '?'} -> ${e.target || '-'} ${e.type}${e.negated ? ' (negated)' : ''}`;

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * `drops`, by gold id: triggers the coder let go (its diagnostics hook), which tell a `dropped`
 * miss from one with no trigger at all; without them every such miss is `no_trigger`.
 */
export function score(
  gold: GoldItem[],
  predictions: Map<string, PredictedEvent[]>,
  drops: ReadonlyMap<string, readonly Drop[]> = new Map(),
): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let sectorRight = 0;
  let sectorTotal = 0;
  let flagPairs = 0;
  let flagPairsRight = 0;
  const flags: Scores['flags'] = {
    negated: { right: 0, total: 0 },
    conditional: { right: 0, total: 0 },
    future: { right: 0, total: 0 },
    claimed: { right: 0, total: 0 },
  };
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, field: 'tp' | 'fp' | 'fn'): void => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    counts.set(type, c);
  };
  const errors: ErrorCase[] = [];
  const noCauses = (): Record<MissCause, number> =>
    Object.fromEntries(MISS_CAUSES.map((c) => [c, 0])) as Record<MissCause, number>;
  const causes = noCauses();
  const causesByType: Record<string, Record<MissCause, number>> = {};
  const dropReasons: Partial<Record<DropReason, number>> = {};

  for (const item of gold) {
    const missed: [GoldEvent, ErrorCase][] = [];
    const left = [...(predictions.get(item.id) ?? [])];
    const expected = item.events.map(describe);
    const predicted = left.map(describe);
    for (const g of item.events) {
      const hit = left.findIndex((p) => matches(p, g));
      if (hit < 0) {
        fn++;
        bump(g.type, 'fn');
        const miss: ErrorCase = {
          id: item.id,
          text: item.text,
          kind: 'false_negative',
          event: describe(g),
          expected,
          predicted,
        };
        errors.push(miss);
        missed.push([g, miss]);
        continue;
      }
      const p = left.splice(hit, 1)[0]!;
      tp++;
      bump(g.type, 'tp');
      const sourceMatched = root(p.source) === root(g.source);
      if (g.source_sector !== undefined) {
        sectorTotal++;
        const sector = sourceMatched ? p.source_sector : p.target_sector;
        if ((sector ?? '') === g.source_sector) sectorRight++;
      }
      if (g.target_sector !== undefined && root(g.target) !== '') {
        sectorTotal++;
        const sector = sourceMatched ? p.target_sector : p.source_sector;
        if ((sector ?? '') === g.target_sector) sectorRight++;
      }
      let allRight = true;
      let any = false;
      const wrong: string[] = [];
      for (const flag of ['negated', 'conditional', 'future', 'claimed'] as const) {
        const want = flag === 'negated' ? g.negated : g[flag];
        if (want === undefined) continue;
        any = true;
        flags[flag].total++;
        if (p[flag] === want) flags[flag].right++;
        else {
          allRight = false;
          wrong.push(`${flag}: ${String(want)}`);
        }
      }
      if (wrong.length > 0) {
        errors.push({
          id: item.id,
          text: item.text,
          kind: 'wrong_flags',
          event: describe(g),
          expected,
          predicted,
          flags: wrong,
        });
      }
      if (any) {
        flagPairs++;
        if (allRight) flagPairsRight++;
      }
    }
    // Causes are told once every gold event of the item has taken its match.
    for (const [g, miss] of missed) {
      const itemDrops = drops.get(item.id) ?? [];
      const cause = missCause(g, left, itemDrops);
      miss.cause = cause;
      if (cause === 'dropped') {
        const reasons = [
          ...new Set(itemDrops.filter((d) => d.type === g.type).map((d) => d.reason)),
        ];
        miss.dropped = reasons;
        for (const r of reasons) dropReasons[r] = (dropReasons[r] ?? 0) + 1;
      }
      causes[cause]++;
      (causesByType[g.type] ??= noCauses())[cause]++;
    }
    for (const p of left) {
      fp++;
      bump(p.type.toUpperCase(), 'fp');
      errors.push({
        id: item.id,
        text: item.text,
        kind: 'false_positive',
        event: describe(p),
        expected,
        predicted,
      });
    }
  }

  const per_type: Record<string, TypeScore> = {};
  for (const [type, c] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    per_type[type] = { precision, recall, f1: f1(precision, recall), support: c.tp + c.fn, ...c };
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    items: gold.length,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: f1(precision, recall),
    negation_accuracy: flags.negated.total ? flags.negated.right / flags.negated.total : null,
    sector_accuracy: sectorTotal ? sectorRight / sectorTotal : null,
    flag_accuracy: flagPairs ? flagPairsRight / flagPairs : null,
    flags,
    per_type,
    causes,
    causes_by_type: Object.fromEntries(
      Object.entries(causesByType).sort(([a], [b]) => a.localeCompare(b)),
    ),
    drop_reasons: dropReasons,
    errors,
  };
}

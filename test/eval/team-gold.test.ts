// The team's gold set as a regression suite: the coder must not fall below what it scores now
// (the figures in docs/coding.md), and every PLOVER type must be found at least once.
import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../src/records.js';
import { createCoder } from '../../src/coding/index.js';
import { readGold } from '../../src/eval/gold.js';
import { codeGold } from '../../src/eval/run.js';
import { score } from '../../src/eval/score.js';

const gold = readGold(new URL('../gold/team-gold.jsonl', import.meta.url).pathname);
const scores = score(gold, codeGold(gold, createCoder()));

describe('team gold', () => {
  it('keeps F1 at or above 0.70', () => {
    expect(scores.f1).toBeGreaterThanOrEqual(0.7);
  });

  it('finds every PLOVER type', () => {
    for (const type of PLOVER_TYPES)
      expect(scores.per_type[type]?.recall ?? 0, type).toBeGreaterThan(0);
  });

  it('gets the negated, conditional and future flags right on 90% of matched events', () => {
    expect(scores.flag_accuracy).toBeGreaterThanOrEqual(0.9);
    for (const flag of ['negated', 'conditional', 'future'] as const) {
      const { right, total } = scores.flags[flag];
      expect(right / total, flag).toBeGreaterThanOrEqual(0.9);
    }
  });
});

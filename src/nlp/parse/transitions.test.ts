import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from './conllu.js';
import { labelSet } from './train.js';
import { leftMove, moveCosts, ParseState, rightMove, SHIFT } from './transitions.js';

const trees = parseConllu(
  readFileSync(new URL('./fixtures/invented.conllu', import.meta.url), 'utf8'),
);
const labels = labelSet(trees.map((t) => ({ ...t, tags: t.upos })));
const L = labels.length;
const moves = 1 + 2 * L;

function gold(t: (typeof trees)[number]): { heads: Int32Array; labels: Int32Array } {
  return {
    heads: Int32Array.from([-1, ...t.heads]),
    labels: Int32Array.from([-1, ...t.deprels.map((d) => labels.indexOf(d))]),
  };
}

/** Runs a parse choosing moves with `pick`, summing the oracle's cost of each move taken. */
function run(
  t: (typeof trees)[number],
  pick: (costs: Float64Array, state: ParseState) => number,
): { state: ParseState; cost: number } {
  const g = gold(t);
  const state = new ParseState(2).reset(t.words.length);
  const costs = new Float64Array(moves);
  let cost = 0;
  let steps = 0;
  while (!state.isTerminal()) {
    moveCosts(state, g.heads, g.labels, L, costs);
    const m = pick(costs, state);
    expect(state.isValid(m, L)).toBe(true);
    cost += costs[m]!;
    state.apply(m, L);
    if (++steps > 4 * t.words.length) throw new Error('parse did not end');
  }
  return { state, cost };
}

const cheapest = (costs: Float64Array): number => {
  let best = 0;
  for (let m = 1; m < costs.length; m++) if (costs[m]! < costs[best]!) best = m;
  return best;
};

/** Wrong head or wrong label counts one, as the oracle counts. */
function loss(t: (typeof trees)[number], state: ParseState): number {
  let wrong = 0;
  t.heads.forEach((h, i) => {
    const ok = state.heads[i + 1] === h && labels[state.labels[i + 1]!] === t.deprels[i];
    if (!ok) wrong++;
  });
  return wrong;
}

describe('arc-hybrid transitions', () => {
  it('numbers moves SHIFT, LEFT per label, RIGHT per label', () => {
    expect(SHIFT).toBe(0);
    expect(leftMove(0)).toBe(1);
    expect(rightMove(0, L)).toBe(L + 1);
  });

  it('allows one word on the root, and only at the end', () => {
    const s = new ParseState().reset(2);
    expect(s.canRight()).toBe(false);
    s.apply(SHIFT, L);
    expect(s.canRight()).toBe(false); // the buffer is not empty yet
    expect(s.canLeft()).toBe(true);
    s.apply(SHIFT, L);
    s.apply(rightMove(0, L), L); // 2 hangs from 1
    expect(s.heads[2]).toBe(1);
    expect(s.canRight()).toBe(true);
    s.apply(rightMove(0, L), L);
    expect(s.heads[1]).toBe(0);
    expect(s.isTerminal()).toBe(true);
  });

  it('rebuilds every gold tree when the cheapest move is always taken', () => {
    for (const t of trees) {
      const { state, cost } = run(t, cheapest);
      expect(cost, t.id).toBe(0);
      expect(Array.from(state.heads.subarray(1, t.words.length + 1)), t.id).toEqual(t.heads);
      expect(loss(t, state), t.id).toBe(0);
    }
  });

  it('counts exactly the arcs a wrong move loses (dynamic oracle)', () => {
    // Random moves for a while, then the oracle: the summed costs must equal the final loss.
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 20; round++) {
      for (const t of trees) {
        let randomSteps = Math.floor(rand() * 2 * t.words.length);
        const { state, cost } = run(t, (costs, s) => {
          if (randomSteps-- <= 0) return cheapest(costs);
          const valid = [...Array(moves).keys()].filter((m) => s.isValid(m, L));
          return valid[Math.floor(rand() * valid.length)]!;
        });
        expect(cost, t.id).toBe(loss(t, state));
      }
    }
  });
});

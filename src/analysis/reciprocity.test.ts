import { describe, expect, it } from 'vitest';
import {
  describeReciprocity,
  fitVar,
  sparsityWarnings,
  tTwoSided,
  VarError,
} from './reciprocity.js';
import { normalDraw } from './stats.js';
import { seededRandom } from '../random.js';

/** Simulates y_t = c + A1 y_{t-1} + e_t with standard normal errors. */
function simulate(seed: number, n: number, a: number[][], c = [1, 1]): [number[], number[]] {
  const random = seededRandom(seed);
  const y1 = [0];
  const y2 = [0];
  for (let t = 1; t < n + 50; t++) {
    y1.push(c[0]! + a[0]![0]! * y1[t - 1]! + a[0]![1]! * y2[t - 1]! + normalDraw(random));
    y2.push(c[1]! + a[1]![0]! * y1[t - 1]! + a[1]![1]! * y2[t - 1]! + normalDraw(random));
  }
  return [y1.slice(50), y2.slice(50)]; // burn-in dropped
}

const TRUE_A = [
  [0.5, 0.0], // A→B depends on its own past only
  [0.4, 0.3], // B→A answers A→B one step later
];

describe('VAR and Granger test', () => {
  it('t test p against a known value', () => {
    // t = 2.086 at 20 df is the two-sided 5 % point
    expect(tTwoSided(2.086, 20)).toBeCloseTo(0.05, 3);
  });

  it('recovers the simulated coefficients within their intervals', () => {
    const fit = fitVar(['A→B', 'B→A'], simulate(1, 400, TRUE_A), 1);
    for (const [i, eq] of fit.equations.entries()) {
      for (const [j, c] of eq.coefficients.entries()) {
        expect(Math.abs(c.estimate - TRUE_A[i]![j]!)).toBeLessThan(3 * c.se);
      }
    }
    const [aToB, bToA] = fit.granger;
    expect(aToB).toMatchObject({ cause: 'A→B', effect: 'B→A' });
    expect(aToB.p).toBeLessThan(0.001);
    expect(bToA.p).toBeGreaterThan(0.01);
  });

  it('finds no reciprocity where none was simulated (about 5 % false positives at p < 0.05)', () => {
    let rejections = 0;
    const runs = 300;
    for (let seed = 1; seed <= runs; seed++) {
      const fit = fitVar(
        ['A', 'B'],
        simulate(seed, 120, [
          [0.5, 0],
          [0, 0.3],
        ]),
        1,
      );
      if (fit.granger[0].p < 0.05) rejections++;
    }
    expect(rejections / runs).toBeGreaterThan(0.02);
    expect(rejections / runs).toBeLessThan(0.09);
  });

  it('covers the true coefficient with its 95 % interval about 95 % of the time', () => {
    let covered = 0;
    const runs = 200;
    for (let seed = 1000; seed < 1000 + runs; seed++) {
      const c = fitVar(['A', 'B'], simulate(seed, 150, TRUE_A), 1).equations[1].coefficients[0]!;
      if (Math.abs(c.estimate - 0.4) <= 1.976 * c.se) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.9);
    expect(covered / runs).toBeLessThanOrEqual(0.99);
  });

  it('gives the impulse response of a one-unit shock', () => {
    const fit = fitVar(['A', 'B'], simulate(2, 2000, TRUE_A), 1, 3);
    const response = fit.impulse.find((r) => r.shock === 'A' && r.response === 'B')!;
    expect(response.values[0]).toBe(0);
    // horizon 1: a21 = 0.4; horizon 2: a21·a11 + a22·a21 = 0.4·0.5 + 0.3·0.4 = 0.32
    expect(response.values[1]).toBeCloseTo(0.4, 1);
    expect(response.values[2]).toBeCloseTo(0.32, 1);
  });

  it('says what it found in one plain sentence per direction', () => {
    const fit = fitVar(['RUS→USA conflict', 'USA→RUS conflict'], simulate(1, 200, TRUE_A), 1);
    const [first, second] = describeReciprocity(fit, 'week');
    expect(first).toMatch(
      /^USA→RUS conflict follows RUS→USA conflict 1 week later: coefficient 0\.\d+ \(SE 0\.\d+\), Granger F [\d.]+, p [<\d. ]+\.$/,
    );
    expect(second).toMatch(/^No sign that RUS→USA conflict answers USA→RUS conflict/);
  });

  it('refuses series too short or constant', () => {
    expect(() =>
      fitVar(
        ['A', 'B'],
        [
          [1, 2, 3, 4],
          [1, 2, 3, 5],
        ],
        1,
      ),
    ).toThrow(VarError);
    const flat = new Array<number>(30).fill(0);
    expect(() => fitVar(['A', 'B'], [flat, simulate(3, 30, TRUE_A)[1]], 1)).toThrow(/constant/);
  });
});

describe('sparsityWarnings', () => {
  it('warns when a side is active in fewer than 10 buckets', () => {
    const sparse = Array.from({ length: 40 }, (_, i) => (i % 10 === 0 ? 3 : 0));
    const busy = Array.from({ length: 40 }, (_, i) => i % 3);
    const [warning, ...rest] = sparsityWarnings(
      ['A→B conflict', 'B→A conflict'],
      [sparse, busy],
      'day',
    );
    expect(warning).toBe(
      'Caution: only 4 of 40 days have any A→B conflict; with so few the test has little to stand on.',
    );
    expect(rest).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  fUpper,
  logGamma,
  mean,
  negBinomialDraw,
  negBinomialQuantile,
  negBinomialUpper,
  normalUpper,
  poissonUpper,
  regIncBeta,
  variance,
} from './stats.js';
import { seededRandom } from '../random.js';

describe('distribution functions against known values', () => {
  it('log-gamma', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 10);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 10);
    expect(() => logGamma(0)).toThrow(RangeError);
  });

  it('Poisson upper tail', () => {
    // 1 - P(X ≤ 9 | 5) = 1 - 0.968171943
    expect(poissonUpper(10, 5)).toBeCloseTo(0.031828057, 8);
    expect(poissonUpper(0, 5)).toBe(1);
    expect(poissonUpper(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    // 1 - P(X ≤ 30 | 20) = 0.0134746813 (summed pmf)
    expect(poissonUpper(31, 20)).toBeCloseTo(0.0134746813, 9);
  });

  it('negative-binomial upper tail', () => {
    // size 1 is the geometric: P(X ≥ k) = (mean/(1+mean))^k
    expect(negBinomialUpper(4, 3, 1)).toBeCloseTo(0.75 ** 4, 12);
    // a huge size is the Poisson
    expect(negBinomialUpper(10, 5, 1e9)).toBeCloseTo(poissonUpper(10, 5), 6);
    // size 2, mean 2 (p = 1/2): P(X ≥ 3) = 1 - (1/4 + 2/8 + 3/16) = 5/16
    expect(negBinomialUpper(3, 2, 2)).toBeCloseTo(5 / 16, 12);
  });

  it('negative-binomial quantile inverts the tail', () => {
    const q = negBinomialQuantile(0.9, 10, 3);
    expect(negBinomialUpper(q + 1, 10, 3)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(negBinomialUpper(q, 10, 3)).toBeGreaterThan(0.1);
  });

  it('regularised incomplete beta', () => {
    expect(regIncBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regIncBeta(0.4, 3, 1)).toBeCloseTo(0.064, 12);
    // I_0.5(2,3) = 11/16
    expect(regIncBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 12);
    expect(regIncBeta(0.9, 5, 5) + regIncBeta(0.1, 5, 5)).toBeCloseTo(1, 12);
  });

  it('F upper tail', () => {
    // d1 = 2: P(F ≥ f) = (1 + 2f/d2)^(-d2/2)
    expect(fUpper(4, 2, 10)).toBeCloseTo(1.8 ** -5, 10);
    // tables: F(0.05; 3, 20) = 3.098
    expect(fUpper(3.098, 3, 20)).toBeCloseTo(0.05, 3);
    expect(fUpper(0, 1, 1)).toBe(1);
  });

  it('normal upper tail', () => {
    expect(normalUpper(1.959964)).toBeCloseTo(0.025, 6);
    expect(normalUpper(0)).toBeCloseTo(0.5, 12);
    expect(normalUpper(-1.644854)).toBeCloseTo(0.95, 6);
    expect(normalUpper(5)).toBeCloseTo(2.866516e-7, 12);
  });

  it('negative-binomial draws have the stated mean and variance', () => {
    const random = seededRandom(7);
    const xs = Array.from({ length: 20000 }, () => negBinomialDraw(random, 8, 2));
    expect(mean(xs)).toBeCloseTo(8, 0);
    // variance = 8 + 64/2 = 40
    expect(variance(xs) / 40).toBeGreaterThan(0.9);
    expect(variance(xs) / 40).toBeLessThan(1.1);
  });
});

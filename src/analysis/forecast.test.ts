import { describe, expect, it } from 'vitest';
import { backtest, fitNb, forecast, ForecastError, poissonIrls, verdict } from './forecast.js';
import { negBinomialDraw, poissonDraw } from './stats.js';
import { seededRandom } from '../random.js';

const OPTIONS = { horizon: 1, season: 7, window: 4, minTrain: 30 };

describe('negative binomial on lags', () => {
  it('recovers a Poisson regression', () => {
    const random = seededRandom(4);
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const u = random() * 2;
      x.push([1, u]);
      y.push(poissonDraw(random, Math.exp(0.5 + 0.8 * u)));
    }
    const [b0, b1] = poissonIrls(x, y);
    expect(b0).toBeCloseTo(0.5, 1);
    expect(b1).toBeCloseTo(0.8, 1);
  });

  it('estimates overdispersion and gives calibrated 80 % intervals', () => {
    const random = seededRandom(8);
    const y = Array.from({ length: 400 }, () => negBinomialDraw(random, 12, 3));
    const model = fitNb(y, 1, 4);
    expect(model.size).toBeGreaterThan(1.5);
    expect(model.size).toBeLessThan(6);
    const score = backtest(y, OPTIONS);
    expect(score.coverage80).toBeGreaterThan(0.7);
    expect(score.coverage80).toBeLessThan(0.9);
  });

  it('beats persistence on a noisy series around a level', () => {
    const random = seededRandom(2);
    const y = Array.from({ length: 200 }, () => poissonDraw(random, 10));
    const score = backtest(y, OPTIONS);
    expect(score.skill).toBeGreaterThan(0.2);
    expect(score.verdict).toMatch(/beats persistence/);
  });

  it('follows a persistent series', () => {
    const random = seededRandom(3);
    const y = [20];
    for (let t = 1; t < 200; t++)
      y.push(poissonDraw(random, Math.exp(0.3 + 0.9 * Math.log1p(y[t - 1]!))));
    const [next] = forecast(y, 1, 4);
    const expected = Math.exp(0.3 + 0.9 * Math.log1p(y[199]!));
    expect(Math.abs(next!.mean - expected) / expected).toBeLessThan(0.25);
    expect(next!.low).toBeLessThanOrEqual(next!.mean);
    expect(next!.high).toBeGreaterThanOrEqual(next!.mean);
  });

  it('says so plainly when the model loses', () => {
    const text = verdict({
      horizon: 1,
      origins: 50,
      mae: { model: 5, persistence: 4, seasonal_naive: 3 },
      coverage80: 0.5,
      skill: -0.25,
    });
    expect(text).toMatch(
      /LOSES to persistence.*skill -0\.25.*LOSES to seasonal naive.*50 % .*miscalibrated/,
    );
  });

  it('calls a flat series a tie, not a loss', () => {
    const score = backtest(new Array<number>(60).fill(0), OPTIONS);
    expect(score.skill).toBe(0);
    expect(score.verdict).toMatch(/ties with persistence.*ties with seasonal naive/);
  });

  it('refuses a series too short to backtest', () => {
    expect(() => backtest([1, 2, 3, 4, 5], OPTIONS)).toThrow(ForecastError);
  });
});

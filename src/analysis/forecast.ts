// Forecasts of a count series with a backtest. The model is a negative binomial on lags (the
// plain count model that beat most entries of the 2023/24 VIEWS forecasting challenge): for a
// horizon h, log E[y(t+h)] = b0 + b1·log(1 + y(t)) + b2·log(1 + mean of the last w values),
// fitted by Poisson IRLS, with the NB dispersion by moments for its intervals. It is scored
// against persistence (y(t+h) = y(t)) and seasonal naive (y(t+h) = y(t+h−s)) by a rolling-origin
// backtest: MAE, the 80 % interval's coverage, and the skill against persistence.
import { invert } from './linalg.js';
import { negBinomialQuantile } from './stats.js';

export interface NbModel {
  beta: number[];
  /** NB size (Infinity: Poisson). */
  size: number;
  window: number;
}

export class ForecastError extends Error {}

function features(y: number[], t: number, window: number): number[] {
  let sum = 0;
  const from = Math.max(0, t - window + 1);
  for (let i = from; i <= t; i++) sum += y[i]!;
  return [1, Math.log1p(y[t]!), Math.log1p(sum / (t - from + 1))];
}

/** Poisson regression by iteratively reweighted least squares. */
export function poissonIrls(x: number[][], y: number[], iterations = 50): number[] {
  const k = x[0]!.length;
  const ybar = y.reduce((s, v) => s + v, 0) / y.length;
  let beta = [Math.log(ybar + 0.1), ...new Array<number>(k - 1).fill(0)];
  for (let it = 0; it < iterations; it++) {
    const xtwx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const xtwz = new Array<number>(k).fill(0);
    x.forEach((row, i) => {
      const eta = row.reduce((s, v, j) => s + v * beta[j]!, 0);
      const mu = Math.max(1e-8, Math.exp(Math.min(eta, 50)));
      const z = eta + (y[i]! - mu) / mu;
      for (let a = 0; a < k; a++) {
        xtwz[a]! += row[a]! * mu * z;
        for (let b = 0; b < k; b++) xtwx[a]![b]! += row[a]! * mu * row[b]!;
      }
    });
    // A small ridge keeps a flat series (all-zero lags) solvable.
    for (let a = 0; a < k; a++) xtwx[a]![a]! += 1e-8;
    const next = invert(xtwx).map((row) => row.reduce((s, v, j) => s + v * xtwz[j]!, 0));
    const change = Math.max(...next.map((b, j) => Math.abs(b - beta[j]!)));
    beta = next;
    if (change < 1e-8) break;
  }
  return beta;
}

/** Fits the direct h-step model on every (t, t+h) pair inside `y`. */
export function fitNb(y: number[], horizon: number, window: number): NbModel {
  const x: number[][] = [];
  const target: number[] = [];
  for (let t = 0; t + horizon < y.length; t++) {
    x.push(features(y, t, window));
    target.push(y[t + horizon]!);
  }
  if (x.length < 8)
    throw new ForecastError(
      `too few points: ${y.length} to fit a ${horizon}-step model (need ${horizon + 8})`,
    );
  const beta = poissonIrls(x, target);
  // Dispersion by moments: E[(y − μ)²] = μ + μ²/size.
  let excess = 0;
  x.forEach((row, i) => {
    const mu = Math.exp(row.reduce((s, v, j) => s + v * beta[j]!, 0));
    if (mu > 1e-6) excess += ((target[i]! - mu) ** 2 - mu) / (mu * mu);
  });
  const alpha = excess / Math.max(1, x.length - beta.length);
  return { beta, size: alpha > 1e-6 ? 1 / alpha : Infinity, window };
}

export interface PointForecast {
  mean: number;
  /** 80 % interval (10th and 90th percentiles). */
  low: number;
  high: number;
}

export function predictNb(model: NbModel, y: number[], t: number): PointForecast {
  const x = features(y, t, model.window);
  const mean = Math.exp(x.reduce((s, v, j) => s + v * model.beta[j]!, 0));
  return {
    mean,
    low: negBinomialQuantile(0.1, mean, model.size),
    high: negBinomialQuantile(0.9, mean, model.size),
  };
}

export interface ForecastOptions {
  horizon: number;
  /** Season length in buckets for the seasonal-naive baseline (7 for days, 52 for weeks, 12 for months). */
  season: number;
  /** Values averaged in the second feature. */
  window: number;
  /** Fewest points the first backtest origin trains on. */
  minTrain: number;
}

export interface BacktestScore {
  horizon: number;
  origins: number;
  mae: { model: number; persistence: number; seasonal_naive: number | null };
  /** Share of outcomes inside the model's 80 % interval. */
  coverage80: number;
  /** 1 − MAE(model)/MAE(persistence): above 0 the model helps, below 0 it loses. */
  skill: number;
  verdict: string;
}

/** Rolling origin: for each origin o, fit on y[0..o), forecast y[o−1+h] and score against the truth. */
export function backtest(y: number[], options: ForecastOptions): BacktestScore {
  const { horizon: h, season } = options;
  const first = Math.max(options.minTrain, h + 8);
  if (y.length < first + h + 5) {
    throw new ForecastError(
      `too few points for a backtest: ${y.length} (need at least ${first + h + 5})`,
    );
  }
  let model = 0;
  let persistence = 0;
  let seasonal = 0;
  let seasonalOrigins = 0;
  let covered = 0;
  let origins = 0;
  for (let o = first; o + h - 1 < y.length; o++) {
    const history = y.slice(0, o);
    const t = o - 1;
    const truth = y[t + h]!;
    if (truth === undefined) break;
    const forecast = predictNb(fitNb(history, h, options.window), history, t);
    model += Math.abs(forecast.mean - truth);
    persistence += Math.abs(history[t]! - truth);
    if (t + h - season >= 0 && t + h - season <= t) {
      seasonal += Math.abs(y[t + h - season]! - truth);
      seasonalOrigins++;
    }
    if (truth >= forecast.low && truth <= forecast.high) covered++;
    origins++;
  }
  const mae = {
    model: model / origins,
    persistence: persistence / origins,
    seasonal_naive: seasonalOrigins === origins ? seasonal / origins : null,
  };
  // A flat series: both errors are zero (the model's to rounding), a tie rather than a loss.
  const skill =
    mae.persistence > 1e-9 ? 1 - mae.model / mae.persistence : mae.model < 1e-6 ? 0 : -Infinity;
  const score = { horizon: h, origins, mae, coverage80: covered / origins, skill };
  return { ...score, verdict: verdict(score) };
}

function f2(x: number): string {
  return x.toFixed(2);
}

/** Says plainly whether the model earns its keep. */
export function verdict(score: Omit<BacktestScore, 'verdict'>): string {
  const { mae } = score;
  const vsPersistence =
    score.skill === 0
      ? `The negative-binomial model ties with persistence: MAE ${f2(mae.model)} vs ${f2(mae.persistence)}.`
      : score.skill > 0
        ? `The negative-binomial model beats persistence: MAE ${f2(mae.model)} vs ${f2(mae.persistence)} (skill ${f2(score.skill)}).`
        : `The negative-binomial model LOSES to persistence: MAE ${f2(mae.model)} vs ${f2(mae.persistence)} (skill ${f2(score.skill)}); use the last value instead.`;
  const vsSeasonal =
    mae.seasonal_naive === null
      ? 'Seasonal naive: not enough history for one season before every origin.'
      : Math.abs(mae.model - mae.seasonal_naive) < 1e-6
        ? `It ties with seasonal naive (MAE ${f2(mae.seasonal_naive)}).`
        : mae.model < mae.seasonal_naive
          ? `It also beats seasonal naive (MAE ${f2(mae.seasonal_naive)}).`
          : `It LOSES to seasonal naive (MAE ${f2(mae.seasonal_naive)}).`;
  const coverage = `Its 80 % intervals held ${Math.round(score.coverage80 * 100)} % of outcomes over ${score.origins} origins${
    Math.abs(score.coverage80 - 0.8) > 0.1 ? ' (miscalibrated)' : ''
  }.`;
  return `${vsPersistence} ${vsSeasonal} ${coverage}`;
}

/** Forecasts for horizons 1..N from the end of the series (one direct model per horizon). */
export function forecast(y: number[], horizons: number, window: number): PointForecast[] {
  return Array.from({ length: horizons }, (_, i) =>
    predictNb(fitNb(y, i + 1, window), y, y.length - 1),
  );
}

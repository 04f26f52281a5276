// Action and reaction between two sides: a vector autoregression (VAR) on the two directed
// series (A→B and B→A), fitted equation by equation by least squares, with a Granger F test
// of whether one side's past predicts the other's beyond the other's own past, and the impulse
// response. After Goldstein & Freeman, Three-Way Street (1990), and Goldstein, "Reciprocity in
// superpower relations", International Studies Quarterly 35 (1991).
import { ols } from './linalg.js';
import { fUpper, regIncBeta } from './stats.js';

export interface Coefficient {
  /** The series whose past this coefficient weighs ('' for the intercept). */
  from: string;
  lag: number;
  estimate: number;
  se: number;
  t: number;
  p: number;
}

export interface Equation {
  /** The series explained. */
  series: string;
  intercept: Coefficient;
  coefficients: Coefficient[];
  rss: number;
  df: number;
}

export interface GrangerTest {
  cause: string;
  effect: string;
  f: number;
  df1: number;
  df2: number;
  p: number;
}

export interface ImpulseResponse {
  shock: string;
  response: string;
  /** Response at horizons 0..H to a one-unit rise in the shocked series. */
  values: number[];
}

export interface VarFit {
  names: [string, string];
  lags: number;
  /** Time points used (series length minus lags). */
  observations: number;
  equations: [Equation, Equation];
  granger: [GrangerTest, GrangerTest];
  impulse: ImpulseResponse[];
}

/** Two-sided p of a t statistic with `df` degrees of freedom. */
export function tTwoSided(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return regIncBeta(df / (df + t * t), df / 2, 0.5);
}

function design(
  series: [number[], number[]],
  lags: number,
  withOther: boolean,
  self: 0 | 1,
): number[][] {
  const n = series[0].length;
  const rows: number[][] = [];
  for (let t = lags; t < n; t++) {
    const row = [1];
    for (let l = 1; l <= lags; l++) {
      if (withOther || self === 0) row.push(series[0][t - l]!);
      if (withOther || self === 1) row.push(series[1][t - l]!);
    }
    rows.push(row);
  }
  return rows;
}

export class VarError extends Error {}

/** Fits a VAR(lags) to two equally long series and tests Granger causality both ways. */
export function fitVar(
  names: [string, string],
  series: [number[], number[]],
  lags = 1,
  horizon = 8,
): VarFit {
  const n = series[0].length;
  if (series[1].length !== n) throw new VarError('the two series differ in length');
  const k = 1 + 2 * lags;
  const observations = n - lags;
  if (observations - k < 8) {
    throw new VarError(
      `too few points: ${n} buckets for a VAR with ${lags} lag(s) (need ${k + 8 + lags})`,
    );
  }
  for (const [i, s] of series.entries()) {
    if (s.every((v) => v === s[0]))
      throw new VarError(`${names[i]} is constant (${s[0]}) over the range: nothing to explain`);
  }
  const x = design(series, lags, true, 0);
  const equations: Equation[] = [];
  const granger: GrangerTest[] = [];
  for (const self of [0, 1] as const) {
    const y = series[self].slice(lags);
    let fit;
    try {
      fit = ols(x, y);
    } catch {
      throw new VarError(
        'the series are collinear (one is a copy or a multiple of the other): no separate effects to estimate',
      );
    }
    const coef = (j: number, from: string, lag: number): Coefficient => {
      const estimate = fit.beta[j]!;
      const se = fit.se[j]!;
      const t = se > 0 ? estimate / se : Infinity;
      return { from, lag, estimate, se, t, p: tTwoSided(t, fit.df) };
    };
    const coefficients: Coefficient[] = [];
    for (let l = 1; l <= lags; l++) {
      coefficients.push(coef(2 * l - 1, names[0], l), coef(2 * l, names[1], l));
    }
    equations.push({
      series: names[self],
      intercept: coef(0, '', 0),
      coefficients,
      rss: fit.rss,
      df: fit.df,
    });
    // Restricted model: the series on its own past only.
    const restricted = ols(design(series, lags, false, self), y);
    const other = names[1 - self]!;
    const f = Math.max(0, (restricted.rss - fit.rss) / lags / (fit.rss / fit.df));
    granger.push({
      cause: other,
      effect: names[self],
      f,
      df1: lags,
      df2: fit.df,
      p: fit.rss > 0 ? fUpper(f, lags, fit.df) : 0,
    });
  }
  return {
    names,
    lags,
    observations,
    equations: equations as [Equation, Equation],
    // granger[0] asks whether names[1] drives names[0]; list cause names[0] first.
    granger: [granger[1]!, granger[0]!],
    impulse: impulseResponses(equations, names, lags, horizon),
  };
}

/** Responses to a one-unit shock: Ψ0 = I, Ψh = Σ_l A_l Ψ(h−l), A_l the lag-l coefficient matrix. */
function impulseResponses(
  equations: Equation[],
  names: [string, string],
  lags: number,
  horizon: number,
): ImpulseResponse[] {
  const a = (l: number): number[][] =>
    equations.map((eq) => [
      eq.coefficients[2 * (l - 1)]!.estimate,
      eq.coefficients[2 * (l - 1) + 1]!.estimate,
    ]);
  const psi: number[][][] = [
    [
      [1, 0],
      [0, 1],
    ],
  ];
  for (let h = 1; h <= horizon; h++) {
    const m = [
      [0, 0],
      [0, 0],
    ];
    for (let l = 1; l <= Math.min(lags, h); l++) {
      const al = a(l);
      const prev = psi[h - l]!;
      for (let i = 0; i < 2; i++)
        for (let j = 0; j < 2; j++)
          m[i]![j]! += al[i]![0]! * prev[0]![j]! + al[i]![1]! * prev[1]![j]!;
    }
    psi.push(m);
  }
  const out: ImpulseResponse[] = [];
  for (let shock = 0; shock < 2; shock++)
    for (let response = 0; response < 2; response++)
      out.push({
        shock: names[shock]!,
        response: names[response]!,
        values: psi.map((m) => round(m[response]![shock]!)),
      });
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function fmt(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(2);
}

function fmtP(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/**
 * One plain sentence per direction: "USA→RUS conflict follows RUS→USA conflict 1 week later:
 * coefficient 0.42 (SE 0.12), Granger F 6.1, p 0.004."
 */
export function describeReciprocity(fit: VarFit, unit: string, alpha = 0.05): string[] {
  return fit.granger.map((test) => {
    const eq = fit.equations.find((e) => e.series === test.effect)!;
    const strongest = eq.coefficients
      .filter((c) => c.from === test.cause)
      .reduce((best, c) => (Math.abs(c.t) > Math.abs(best.t) ? c : best));
    const later = `${strongest.lag} ${unit}${strongest.lag === 1 ? '' : 's'} later`;
    const figures = `coefficient ${fmt(strongest.estimate)} (SE ${fmt(strongest.se)}), Granger F ${fmt(test.f)}, p ${fmtP(test.p)}`;
    if (test.p >= alpha) {
      return `No sign that ${test.effect} answers ${test.cause}: its past adds nothing to ${test.effect}'s own (${figures}).`;
    }
    const verb = strongest.estimate >= 0 ? 'follows' : 'moves against';
    return `${test.effect} ${verb} ${test.cause} ${later}: ${figures}.`;
  });
}

/**
 * A warning when a series is mostly empty: least squares on a handful of non-zero buckets turns
 * one coincidence into a "significant" answer.
 */
export function sparsityWarnings(
  names: [string, string],
  series: [number[], number[]],
  unit: string,
  minActive = 10,
): string[] {
  return series.flatMap((s, i) => {
    const active = s.filter((v) => v !== 0).length;
    return active < minActive
      ? [
          `Caution: only ${active} of ${s.length} ${unit}s have any ${names[i]}; with so few the test has little to stand on.`,
        ]
      : [];
  });
}

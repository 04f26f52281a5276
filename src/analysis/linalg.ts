// Least squares by the normal equations, solved by Gauss–Jordan elimination with partial
// pivoting: the systems here have a handful of unknowns.

/** The inverse of a small square matrix; throws when it is singular. */
export function invert(matrix: number[][]): number[][] {
  const n = matrix.length;
  const a = matrix.map((row, i) => [
    ...row,
    ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  ]);
  const scale = Math.max(1e-300, ...matrix.flat().map(Math.abs));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-12 * scale) throw new Error('singular matrix');
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]![col]!;
    for (let j = 0; j < 2 * n; j++) a[col]![j]! /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r]![col]!;
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) a[r]![j]! -= f * a[col]![j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

export interface LeastSquares {
  beta: number[];
  /** Standard errors of beta. */
  se: number[];
  rss: number;
  /** Residual degrees of freedom, n − k. */
  df: number;
  fitted: number[];
}

/** Ordinary least squares of y on the rows of x (include a column of ones for an intercept). */
export function ols(x: number[][], y: number[]): LeastSquares {
  const n = x.length;
  const k = x[0]?.length ?? 0;
  if (n <= k) throw new Error(`least squares needs more rows (${n}) than unknowns (${k})`);
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const row = x[i]!;
    for (let a = 0; a < k; a++) {
      xty[a]! += row[a]! * y[i]!;
      for (let b = a; b < k; b++) xtx[a]![b]! += row[a]! * row[b]!;
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) xtx[a]![b] = xtx[b]![a]!;
  const inv = invert(xtx);
  const beta = inv.map((row) => row.reduce((s, v, j) => s + v * xty[j]!, 0));
  const fitted = x.map((row) => row.reduce((s, v, j) => s + v * beta[j]!, 0));
  const rss = y.reduce((s, v, i) => s + (v - fitted[i]!) ** 2, 0);
  const df = n - k;
  const s2 = rss / df;
  const se = inv.map((row, j) => Math.sqrt(Math.max(0, s2 * row[j]!)));
  return { beta, se, rss, df, fitted };
}

// Small distribution functions written out by hand (no statistics dependency): log-gamma,
// Poisson and negative-binomial tails, the regularised incomplete beta (for the F test) and the
// normal tail. Each is the textbook series or continued fraction; tests check known values.

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 significant digits). */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPS = 1e-14;
const TINY = 1e-300;
const MAX_ITER = 10_000;

/** Regularised lower incomplete gamma P(a, x) (series for x < a+1, continued fraction above). */
export function regLowerGamma(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITER; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  // Lentz's method for the continued fraction of Q(a, x).
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}

/** Continued fraction of the incomplete beta (Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b), a, b > 0, 0 ≤ x ≤ 1. */
export function regIncBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`regIncBeta: a and b must be > 0`);
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront =
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  // The fraction converges fast for x < (a+1)/(a+b+2); use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) above.
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaFraction(1 - x, b, a)) / b;
}

/** P(X ≥ k) for X ~ Poisson(mean). */
export function poissonUpper(k: number, mean: number): number {
  const n = Math.ceil(k);
  if (n <= 0) return 1;
  if (mean <= 0) return 0;
  return regLowerGamma(n, mean);
}

/**
 * P(X ≥ k) for a negative binomial with the given mean and size r (dispersion: variance =
 * mean + mean²/r). As r → ∞ it becomes the Poisson. Uses P(X ≥ k) = I_{1-p}(k, r), p = r/(r+mean).
 */
export function negBinomialUpper(k: number, mean: number, size: number): number {
  const n = Math.ceil(k);
  if (n <= 0) return 1;
  if (mean <= 0) return 0;
  if (!Number.isFinite(size)) return poissonUpper(n, mean);
  return regIncBeta(mean / (size + mean), n, size);
}

/** ln P(X = k) for the negative binomial (mean, size); the Poisson when size is infinite. */
export function negBinomialLogPmf(k: number, mean: number, size: number): number {
  if (mean <= 0) return k === 0 ? 0 : -Infinity;
  if (!Number.isFinite(size)) return k * Math.log(mean) - mean - logGamma(k + 1);
  return (
    logGamma(k + size) -
    logGamma(size) -
    logGamma(k + 1) +
    size * Math.log(size / (size + mean)) +
    k * Math.log(mean / (size + mean))
  );
}

/** Smallest k with P(X ≤ k) ≥ q for the negative binomial (mean, size). */
export function negBinomialQuantile(q: number, mean: number, size: number): number {
  if (mean <= 0) return 0;
  let cumulative = 0;
  const limit = Math.max(1000, Math.ceil(mean * 50));
  for (let k = 0; k < limit; k++) {
    cumulative += Math.exp(negBinomialLogPmf(k, mean, size));
    if (cumulative >= q - 1e-12) return k;
  }
  return limit;
}

/** P(F ≥ f) for F with (d1, d2) degrees of freedom. */
export function fUpper(f: number, d1: number, d2: number): number {
  if (f <= 0) return 1;
  return regIncBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

/** P(Z ≥ z) for a standard normal Z (erfc by its continued fraction via the gamma function). */
export function normalUpper(z: number): number {
  // P(Z ≥ z) = ½ erfc(z/√2) and erfc(x) = Q(½, x²) for x ≥ 0.
  const x = z / Math.SQRT2;
  const half = 0.5 * (1 - regLowerGamma(0.5, x * x));
  return z >= 0 ? half : 1 - half;
}

/** Two-sided p of a t-like statistic under the normal approximation. */
export function normalTwoSided(z: number): number {
  return Math.min(1, 2 * normalUpper(Math.abs(z)));
}

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample variance (n − 1 in the denominator). */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s / (xs.length - 1);
}

/** A standard normal draw (Box–Muller) from a uniform generator. */
export function normalDraw(random: () => number): number {
  const u = Math.max(random(), 1e-300);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A Poisson draw by inversion (exact; cost grows with lambda, fine for simulations). */
export function poissonDraw(random: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  const u = random();
  let k = 0;
  let p = Math.exp(-lambda);
  if (p === 0) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normalDraw(random)));
  let cumulative = p;
  while (cumulative < u && k < lambda * 20 + 100) {
    k++;
    p *= lambda / k;
    cumulative += p;
  }
  return k;
}

/** A Gamma(shape, scale 1) draw (Marsaglia and Tsang). */
export function gammaDraw(random: () => number, shape: number): number {
  if (shape < 1) return gammaDraw(random, shape + 1) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalDraw(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A negative-binomial draw (mean, size) as a gamma-mixed Poisson. */
export function negBinomialDraw(random: () => number, meanValue: number, size: number): number {
  return poissonDraw(random, (gammaDraw(random, size) * meanValue) / size);
}

// The one seeded pseudo-random generator every simulation, generator, bench and shuffle uses:
// the same seed gives the same numbers on every machine, so generated corpora, bootstrap figures
// and the parser's training order are reproducible (Math.random is not seedable).

/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): small, fast, and good enough for test data and
 * simulations; not for anything secret. Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// MinHash signatures and LSH band keys. Each of the `PERMUTATIONS` hash functions is a seeded
// 32-bit mix of the shingle's hash; the signature keeps the minimum per function, so two
// signatures agree in a given slot with probability equal to the Jaccard similarity of the sets.
// Bands of `ROWS` slots are hashed into one key: documents sharing any band key are candidates.

export const PERMUTATIONS = 128;
/** Rows per band of the skeleton half. Two rows give a low threshold (J≈0.15 is usually found),
 *  which summaries and heavily edited copies need; verification then rejects the extra
 *  candidates. */
export const ROWS = 2;
/** Rows per band of the names-and-numbers half: one. A spun teaser a third of its original's
 *  length keeps a tenth of the whole text's name pairs (Jaccard 0.1: 32 two-row bands find it
 *  one time in four, 64 one-row bands nearly always); the many documents sharing one common
 *  pair are ranked below the original, which shares several bands. */
export const ANCHOR_ROWS = 1;
/** Skeleton bands first, then names-and-numbers bands. */
export const SKELETON_BANDS = PERMUTATIONS / 2 / ROWS;
export const BANDS = SKELETON_BANDS + PERMUTATIONS / 2 / ANCHOR_ROWS;

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(PERMUTATIONS);
  let x = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS; i++) {
    x = fmix32(x + 0x6d2b79f5 + i);
    seeds[i] = x;
  }
  return seeds;
})();

/** Murmur3's finaliser: a cheap bijective mix of 32 bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finished with fmix32. */
export function hashString(s: string): number {
  return fmix32(fnv(0x811c9dc5, s));
}

/** FNV-1a's running state `h` carried over the code units of `s`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * The distinct windows of `k` symbols starting at `starts`, as `hashString` hashes them joined
 * by spaces, and how many distinct windows there are: `new Set(shingles)` and the hashing of
 * each, without making the strings (joining and hashing them as strings was most of the
 * fingerprint's time). Windows of one hash are told apart symbol by symbol, so the count is
 * exact; the hashes hold each distinct hash once (two shingles of one hash set the same minima).
 */
export function windowHashes(
  symbols: string[],
  starts: Int32Array,
  k: number,
): { hashes: Uint32Array; distinct: number } {
  const all = new Uint32Array(starts.length);
  for (let w = 0; w < starts.length; w++) {
    let h = fnv(0x811c9dc5, symbols[starts[w]!]!);
    for (let j = 1; j < k; j++) h = fnv(Math.imul(h ^ 32, 0x01000193), symbols[starts[w]! + j]!);
    all[w] = fmix32(h);
  }
  // Open addressing on the hash: window number + 1 per cell, 0 for an empty one.
  let size = 16;
  while (size < 2 * starts.length) size *= 2;
  const table = new Int32Array(size);
  const hashes = new Uint32Array(starts.length);
  let distinctHashes = 0;
  let distinct = 0;
  for (let w = 0; w < starts.length; w++) {
    const h = all[w]!;
    let cell = h & (size - 1);
    let sameHash = false;
    let duplicate = false;
    for (; table[cell] !== 0; cell = (cell + 1) & (size - 1)) {
      const other = table[cell]! - 1;
      if (all[other] !== h) continue;
      sameHash = true;
      if (sameWindow(symbols, starts[other]!, starts[w]!, k)) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    table[cell] = w + 1;
    distinct++;
    if (!sameHash) hashes[distinctHashes++] = h;
  }
  return { hashes: hashes.subarray(0, distinctHashes), distinct };
}

/** Whether the windows of `k` symbols at `a` and `b` hold the same words. */
function sameWindow(symbols: string[], a: number, b: number, k: number): boolean {
  for (let j = 0; j < k; j++) if (symbols[a + j] !== symbols[b + j]) return false;
  return true;
}

export function signature(shingles: Iterable<string>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  fillSlots(sig, shingles, 0, PERMUTATIONS);
  return sig;
}

/** The first SPLIT slots (and so the first SPLIT / ROWS bands) hold the first set's MinHash,
 *  the others the second set's: two independent similarity estimates in one signature. */
export const SPLIT = PERMUTATIONS / 2;

/**
 * A signature of two shingle sets: the skeleton (what survives synonym swaps of content words)
 * and the anchors (names and numbers in order, what survives heavy spin and translation). A copy
 * found through either half becomes a candidate.
 */
export function splitSignature(first: Iterable<string>, second: Iterable<string>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  fillSlots(sig, first, 0, SPLIT);
  fillSlots(sig, second, SPLIT, PERMUTATIONS);
  return sig;
}

/** `splitSignature` with the first set given as its shingles' hashes (`windowHashes`). */
export function splitSignatureOfHashes(first: Uint32Array, second: Iterable<string>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  fillSlotsHashed(sig, first, 0, SPLIT);
  fillSlots(sig, second, SPLIT, PERMUTATIONS);
  return sig;
}

function fillSlotsHashed(sig: Uint32Array, hashes: Uint32Array, from: number, to: number): void {
  for (let s = 0; s < hashes.length; s++) {
    const h = hashes[s]!;
    for (let i = from; i < to; i++) {
      const v = fmix32(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
}

function fillSlots(sig: Uint32Array, shingles: Iterable<string>, from: number, to: number): void {
  // Two shingles of one hash set the same minima: no need to skip the second.
  for (const shingle of shingles) {
    const h = hashString(shingle);
    for (let i = from; i < to; i++) {
      const v = fmix32(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
}

/** Share of agreeing slots in [from, to): the Jaccard estimate of that half's sets. */
export function estimateJaccardIn(
  a: Uint32Array,
  b: Uint32Array,
  from: number,
  to: number,
): number {
  let same = 0;
  for (let i = from; i < to; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / (to - from);
}

/**
 * Size of the set behind slots [from, to), from the minima alone: the minimum of n uniform
 * hashes has mean 1 / (n + 1), so n ≈ slots / Σ(min / 2³²) − 1 (within about ±10 % at 64 slots).
 * Lets the candidate filter compare a short text with a long one without storing set sizes.
 */
export function estimateSetSize(sig: Uint32Array, from: number, to: number): number {
  let sum = 0;
  let empty = 0;
  for (let i = from; i < to; i++) {
    if (sig[i] === 0xffffffff) empty++;
    sum += sig[i]! / 4294967296;
  }
  if (empty === to - from) return 0;
  return Math.max(1, (to - from) / sum - 1);
}

/** One key per band, as signed 32-bit integers (SQLite INTEGER-friendly). */
export function bandKeys(sig: Uint32Array): Int32Array {
  const keys = new Int32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    const skeleton = b < SKELETON_BANDS;
    const rows = skeleton ? ROWS : ANCHOR_ROWS;
    const start = skeleton ? b * ROWS : SPLIT + (b - SKELETON_BANDS) * ANCHOR_ROWS;
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h ^ sig[start + r]!, 0x01000193));
    keys[b] = h | 0;
  }
  return keys;
}

/** Share of agreeing slots: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / PERMUTATIONS;
}

/** Estimated share of the smaller set contained in the larger, from Jaccard and set sizes. */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const small = Math.max(1, Math.min(sizeA, sizeB));
  return Math.min(1, (jaccard * (sizeA + sizeB)) / ((1 + jaccard) * small));
}

export function signatureToBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function blobToSignature(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer);
}

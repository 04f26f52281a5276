import { describe, expect, it } from 'vitest';
import { FEATURE_COUNT } from './features.js';
import {
  deserialiseModel,
  ParserModel,
  readModelBytes,
  serialiseModel,
  type CompactWeights,
} from './model.js';
import { seededRandom } from '../../random.js';

const LABELS = ['nsubj', 'obj', 'det'];
const MOVES = 1 + 2 * LABELS.length;

/** Weights for `keyCount` sorted keys, each with 0 to MOVES entries of random moves and weights. */
function randomWeights(keyCount: number, seed: number): CompactWeights {
  const random = seededRandom(seed);
  const keys = new Set<number>();
  // Multiples of 1024 share their first slot in any table of up to 1024 slots per key: the
  // probe chains are long and cross each other.
  while (keys.size < keyCount / 2) keys.add(Math.floor(random() * 1000) * 1024);
  while (keys.size < keyCount) keys.add(Math.floor(random() * 0x3fffffff));
  const sorted = Int32Array.from([...keys].sort((a, b) => a - b));
  const counts = new Uint8Array(keyCount);
  const moves: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < keyCount; f++) {
    counts[f] = Math.floor(random() * (MOVES + 1));
    for (let c = 0; c < counts[f]!; c++) {
      moves.push(Math.floor(random() * MOVES));
      weights.push(random() * 20 - 10);
    }
  }
  return {
    keys: sorted,
    counts,
    moves: Uint8Array.from(moves),
    weights: Float32Array.from(weights),
  };
}

/** The sums as the weights define them: key by key, entry by entry, in float64. */
function referenceScore(w: CompactWeights, keys: Int32Array): Float64Array {
  const scores = new Float64Array(MOVES);
  const start = new Map<number, number>();
  for (let f = 0; f < w.keys.length; f++) start.set(w.keys[f]!, f);
  const offsets = new Int32Array(w.keys.length + 1);
  for (let f = 0; f < w.keys.length; f++) offsets[f + 1] = offsets[f]! + w.counts[f]!;
  for (const key of keys) {
    const f = start.get(key);
    if (f === undefined) continue;
    for (let i = offsets[f]!; i < offsets[f + 1]!; i++) scores[w.moves[i]!]! += w.weights[i]!;
  }
  return scores;
}

describe('ParserModel.score', () => {
  it('sums the weights of the keys it holds, to the bit, and ignores the others', () => {
    const w = randomWeights(600, 7);
    const model = new ParserModel({ labels: LABELS }, w);
    const random = seededRandom(11);
    const scores = new Float64Array(MOVES);
    for (let round = 0; round < 200; round++) {
      const keys = new Int32Array(FEATURE_COUNT);
      for (let i = 0; i < keys.length; i++) {
        // Two keys in three held by the model (repeats included), the rest unknown, some of
        // them on a held key's probe chain.
        const r = random();
        keys[i] =
          r < 0.67
            ? w.keys[Math.floor(random() * w.keys.length)]!
            : r < 0.85
              ? (Math.floor(random() * 1000) * 1024 + 512) & 0x3fffffff
              : Math.floor(random() * 0x3fffffff);
      }
      model.score(keys, scores);
      expect(Array.from(scores)).toEqual(Array.from(referenceScore(w, keys)));
    }
  });

  it('scores a model read from its file with the weights the file holds', () => {
    const bytes = serialiseModel({ labels: LABELS }, randomWeights(300, 3));
    const read = readModelBytes(bytes).weights;
    const model = deserialiseModel(bytes);
    const keys = Int32Array.from(read.keys.subarray(0, FEATURE_COUNT));
    const scores = new Float64Array(MOVES);
    model.score(keys, scores);
    expect(scores.some((s) => s !== 0)).toBe(true);
    expect(Array.from(scores)).toEqual(Array.from(referenceScore(read, keys)));
  });
});

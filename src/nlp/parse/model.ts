// The trained parser as data: the relation labels and, per feature key, the moves it votes for and
// how strongly. On disk (data/parser/*.bin.gz, gzip) it is a small JSON header then the sorted
// feature keys as delta varints, the entry counts, the move numbers, and the weights quantised to
// 16 bits against one scale. In memory the keys sit in an open-addressing table of typed arrays,
// which scores a configuration several times faster than a Map.
import { gzipSync, gunzipSync } from 'node:zlib';
import { FEATURE_COUNT } from './features.js';

/** Weights as the trainer hands them over: `counts[i]` entries belong to `keys[i]`, in order. */
export interface CompactWeights {
  keys: Int32Array;
  counts: Uint8Array;
  moves: Uint8Array;
  weights: Float32Array;
}

export interface ModelInfo {
  /** Dependency relations; label i is moves 1+i (LEFT) and 1+L+i (RIGHT). */
  labels: string[];
  /** Free-form facts about training (treebank, epochs, tags), written into the file. */
  meta?: Record<string, unknown>;
}

const MAGIC = 'SPP1';

export class ModelFormatError extends Error {}

export class ParserModel {
  readonly labels: string[];
  readonly meta: Record<string, unknown>;
  readonly moveCount: number;
  readonly featureTotal: number;
  private readonly mask: number;
  /** Slot s holds a key at 2s and its feature number at 2s+1 (one cache line per probe). */
  private readonly slots: Int32Array;
  private readonly offsets: Int32Array;
  private readonly moves: Uint8Array;
  private readonly weights: Float32Array;

  constructor(info: ModelInfo, w: CompactWeights) {
    this.labels = info.labels;
    this.meta = info.meta ?? {};
    this.moveCount = 1 + 2 * info.labels.length;
    this.featureTotal = w.keys.length;
    let cap = 1024;
    while (cap < w.keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(2 * cap).fill(-1);
    this.offsets = new Int32Array(w.keys.length + 1);
    for (let f = 0; f < w.keys.length; f++) {
      this.offsets[f + 1] = this.offsets[f]! + w.counts[f]!;
      let slot = w.keys[f]! & this.mask;
      while (this.slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = w.keys[f]!;
      this.slots[2 * slot + 1] = f;
    }
    for (const m of w.moves) {
      if (m >= this.moveCount)
        throw new ModelFormatError(`move ${m} beyond ${this.moveCount} moves`);
    }
    this.moves = w.moves;
    this.weights = w.weights;
  }

  /** Per key of the configuration being scored: the key held in its first slot. */
  private readonly firstKeys = new Int32Array(FEATURE_COUNT);

  /** Sum of the weights of `keys` per move, into `scores` (length `moveCount`). */
  score(keys: Int32Array, scores: Float64Array): void {
    scores.fill(0);
    const { mask, slots, offsets, moves, weights } = this;
    const n = keys.length;
    // A table this size misses the cache on nearly every probe. The keys' first slots are read
    // in a loop of their own, whose loads do not wait on one another, so the processor overlaps
    // their misses; the loop after finds them cached. Weights are added key by key, entry by
    // entry, in the same order as before: the same sums, to the bit.
    const firstKeys = n <= this.firstKeys.length ? this.firstKeys : new Int32Array(n);
    for (let i = 0; i < n; i++) firstKeys[i] = slots[2 * (keys[i]! & mask)]!;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      let slot = key & mask;
      let k = firstKeys[i]!;
      while (k !== key && k !== -1) {
        slot = (slot + 1) & mask;
        k = slots[2 * slot]!;
      }
      if (k === -1) continue;
      const f = slots[2 * slot + 1]!;
      for (let e = offsets[f]!, end = offsets[f + 1]!; e < end; e++) {
        scores[moves[e]!]! += weights[e]!;
      }
    }
  }
}

/** The model file's bytes (gzipped), weights quantised to 16 bits. */
export function serialiseModel(info: ModelInfo, w: CompactWeights): Buffer {
  let max = 0;
  for (const x of w.weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const header = Buffer.from(
    JSON.stringify({
      format: 1,
      features: FEATURE_COUNT,
      labels: info.labels,
      keys: w.keys.length,
      entries: w.moves.length,
      scale,
      meta: info.meta ?? {},
    }),
  );
  const varints: number[] = [];
  let prev = 0;
  for (const key of w.keys) {
    let d = key - prev;
    if (d < 0) throw new Error('feature keys must be sorted ascending');
    prev = key;
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    varints.push(d);
  }
  const q = new Int16Array(w.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(w.weights[i]! / scale);
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, 4);
  const raw = Buffer.concat([
    head,
    header,
    Buffer.from(varints),
    Buffer.from(w.counts.buffer, w.counts.byteOffset, w.counts.byteLength),
    Buffer.from(w.moves.buffer, w.moves.byteOffset, w.moves.byteLength),
    Buffer.from(q.buffer, q.byteOffset, q.byteLength),
  ]);
  return gzipSync(raw, { level: 9 });
}

/** Reads a model file's bytes; `source` names it in errors. */
export function deserialiseModel(bytes: Buffer, source = 'model'): ParserModel {
  const { info, weights } = readModelBytes(bytes, source);
  return new ParserModel(info, weights);
}

/** A model file's labels, facts and weights, before they are indexed for parsing. */
export function readModelBytes(
  bytes: Buffer,
  source = 'model',
): { info: ModelInfo; weights: CompactWeights } {
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes);
  } catch {
    throw new ModelFormatError(`${source}: not a gzip file`);
  }
  if (raw.length < 8 || raw.toString('latin1', 0, 4) !== MAGIC) {
    throw new ModelFormatError(`${source}: not a Spiral parser model (no ${MAGIC} header)`);
  }
  const headerLength = raw.readUInt32LE(4);
  let header: {
    format: number;
    features: number;
    labels: string[];
    keys: number;
    entries: number;
    scale: number;
    meta: Record<string, unknown>;
  };
  try {
    header = JSON.parse(raw.toString('utf8', 8, 8 + headerLength));
  } catch {
    throw new ModelFormatError(`${source}: unreadable header`);
  }
  if (header.format !== 1)
    throw new ModelFormatError(`${source}: format ${header.format}, expected 1`);
  if (header.features !== FEATURE_COUNT) {
    throw new ModelFormatError(
      `${source}: trained with ${header.features} feature templates, this code has ${FEATURE_COUNT}; retrain it`,
    );
  }
  let at = 8 + headerLength;
  const keys = new Int32Array(header.keys);
  let prev = 0;
  for (let i = 0; i < header.keys; i++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const byte = raw[at++]!;
      d += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    prev += d;
    keys[i] = prev;
  }
  const counts = new Uint8Array(raw.subarray(at, at + header.keys));
  at += header.keys;
  const moves = new Uint8Array(raw.subarray(at, at + header.entries));
  at += header.entries;
  const weights = new Float32Array(header.entries);
  for (let i = 0; i < header.entries; i++) weights[i] = raw.readInt16LE(at + 2 * i) * header.scale;
  at += 2 * header.entries;
  if (at !== raw.length)
    throw new ModelFormatError(`${source}: ${raw.length - at} bytes left over`);
  return {
    info: { labels: header.labels, meta: header.meta },
    weights: { keys, counts, moves, weights },
  };
}

/** A copy of `w` without the weights at or below `minWeight` in magnitude (and keys left empty). */
export function pruneWeights(w: CompactWeights, minWeight: number): CompactWeights {
  const keys: number[] = [];
  const counts: number[] = [];
  const moves: number[] = [];
  const weights: number[] = [];
  let e = 0;
  for (let f = 0; f < w.keys.length; f++) {
    let kept = 0;
    for (const end = e + w.counts[f]!; e < end; e++) {
      if (Math.abs(w.weights[e]!) <= minWeight) continue;
      moves.push(w.moves[e]!);
      weights.push(w.weights[e]!);
      kept++;
    }
    if (kept) {
      keys.push(w.keys[f]!);
      counts.push(kept);
    }
  }
  return {
    keys: Int32Array.from(keys),
    counts: Uint8Array.from(counts),
    moves: Uint8Array.from(moves),
    weights: Float32Array.from(weights),
  };
}

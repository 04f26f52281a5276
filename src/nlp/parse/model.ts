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
  /**
   * Slot s holds a key at 2s and, at 2s+1, where its feature's entries start in `entries` (one
   * cache line per probe).
   */
  private readonly slots: Int32Array;
  /**
   * Per feature, its entry count, then per entry its move and its weight (the weight's float32
   * bits, read through `entryWeights`). A feature's count, moves and weights share cache lines:
   * separate arrays of offsets, moves and weights cost three misses per feature found, and the
   * table is far larger than the cache.
   */
  private readonly entries: Int32Array;
  /** `entries` read as float32: the weight of the entry whose move is at i is at i + 1. */
  private readonly entryWeights: Float32Array;

  constructor(info: ModelInfo, w: CompactWeights) {
    this.labels = info.labels;
    this.meta = info.meta ?? {};
    this.moveCount = 1 + 2 * info.labels.length;
    this.featureTotal = w.keys.length;
    let cap = 1024;
    while (cap < w.keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(2 * cap).fill(-1);
    for (const m of w.moves) {
      if (m >= this.moveCount)
        throw new ModelFormatError(`move ${m} beyond ${this.moveCount} moves`);
    }
    this.entries = new Int32Array(w.keys.length + 2 * w.moves.length);
    this.entryWeights = new Float32Array(this.entries.buffer);
    let at = 0;
    let e = 0;
    for (let f = 0; f < w.keys.length; f++) {
      let slot = w.keys[f]! & this.mask;
      while (this.slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = w.keys[f]!;
      this.slots[2 * slot + 1] = at;
      const count = w.counts[f]!;
      this.entries[at++] = count;
      for (let c = 0; c < count; c++, e++) {
        this.entries[at] = w.moves[e]!;
        this.entryWeights[at + 1] = w.weights[e]!;
        at += 2;
      }
    }
  }

  /** Per key of the configuration being scored: the key held in its first slot. */
  private readonly firstKeys = new Int32Array(FEATURE_COUNT);
  /** Per key: where its feature's entries start, or -1 when the model has no such feature. */
  private readonly starts = new Int32Array(FEATURE_COUNT);
  /** Per key found: its feature's entry count. */
  private readonly counts = new Int32Array(FEATURE_COUNT);

  /** Sum of the weights of `keys` per move, into `scores` (length `moveCount`). */
  score(keys: Int32Array, scores: Float64Array): void {
    scores.fill(0);
    const { mask, slots, entries, entryWeights } = this;
    const n = keys.length;
    const fits = n <= FEATURE_COUNT;
    const firstKeys = fits ? this.firstKeys : new Int32Array(n);
    const starts = fits ? this.starts : new Int32Array(n);
    const counts = fits ? this.counts : new Int32Array(n);
    // The tables are far larger than the cache: nearly every probe and every feature's entries
    // miss it. Each kind of read is done in a loop of its own, whose loads do not wait on one
    // another, so the processor overlaps their misses: the keys' first slots, then the slots
    // probed on from there and the features' entry counts. The last loop finds all it reads
    // cached, and adds the weights key by key, entry by entry, in the same order as ever: the
    // same sums, to the bit.
    for (let i = 0; i < n; i++) firstKeys[i] = slots[2 * (keys[i]! & mask)]!;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      let slot = key & mask;
      let k = firstKeys[i]!;
      while (k !== key && k !== -1) {
        slot = (slot + 1) & mask;
        k = slots[2 * slot]!;
      }
      const at = k === -1 ? -1 : slots[2 * slot + 1]!;
      starts[i] = at;
      if (at >= 0) counts[i] = entries[at]!;
    }
    for (let i = 0; i < n; i++) {
      const at = starts[i]!;
      if (at < 0) continue;
      for (let e = at + 1, end = at + 1 + 2 * counts[i]!; e < end; e += 2) {
        scores[entries[e]!]! += entryWeights[e + 1]!;
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

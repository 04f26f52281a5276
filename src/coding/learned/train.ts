// Training the learned trigger model: a multinomial logistic regression over sparse string
// features, fit by stochastic gradient descent in a seeded order (same examples, same weights),
// then pruned to the weights that matter and written with the WordNet classes they use.
import { MODEL_VERSION, NONE, type WeightsFile } from './model.js';

export interface Example {
  features: readonly string[];
  /** A PLOVER type, or NONE. */
  label: string;
  /** A pattern's trigger took this verb (never asked at ingest; its label teaches synonyms). */
  anchored?: boolean;
}

export interface TrainOptions {
  epochs: number;
  /** Learning rate at the first epoch; it decays as 1 / (1 + epoch). */
  rate: number;
  /** L2 penalty per update on the weights an example touches. */
  l2: number;
  seed: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 12, rate: 0.2, l2: 1e-4, seed: 1 };

/** Mulberry32: a small seeded generator, so the order of examples is the same every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weights per feature (one per label, in `labels` order). `labels[0]` must be NONE. */
export function train(
  examples: readonly Example[],
  labels: readonly string[],
  options: TrainOptions = TRAIN_DEFAULTS,
): Map<string, Float64Array> {
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const weights = new Map<string, Float64Array>();
  const rowOf = (f: string): Float64Array => {
    let row = weights.get(f);
    if (!row) weights.set(f, (row = new Float64Array(labels.length)));
    return row;
  };
  const order = examples.map((_, i) => i);
  const random = seeded(options.seed);
  const p = new Float64Array(labels.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.rate / (1 + epoch);
    for (const e of order) {
      const ex = examples[e]!;
      const truth = labelIndex.get(ex.label);
      if (truth === undefined) throw new Error(`train: unknown label "${ex.label}"`);
      const rows = ex.features.map(rowOf);
      p.fill(0);
      for (const row of rows) for (let c = 0; c < p.length; c++) p[c]! += row[c]!;
      softmaxInPlace(p);
      for (const row of rows) {
        for (let c = 0; c < p.length; c++) {
          const gradient = p[c]! - (c === truth ? 1 : 0);
          row[c] = row[c]! * (1 - rate * options.l2) - rate * gradient;
        }
      }
    }
  }
  return weights;
}

function softmaxInPlace(p: Float64Array): void {
  let max = -Infinity;
  for (const x of p) max = Math.max(max, x);
  let sum = 0;
  for (let c = 0; c < p.length; c++) sum += p[c] = Math.exp(p[c]! - max);
  for (let c = 0; c < p.length; c++) p[c]! /= sum;
}

/** Feature prefixes that name a WordNet class (see features.ts): `c:`, `cp:`, `ca:`. */
const CLASS_FEATURE = /^c[pa]?:([^_]+)/;

export interface WeightsFileOptions {
  trainedOn: string[];
  threshold: number;
  /** Weights of smaller magnitude are dropped (they change few decisions). */
  minWeight: number;
  /** Every verb lemma's WordNet classes, from which the file keeps the weighted ones. */
  lemmaClasses: ReadonlyMap<string, readonly string[]>;
}

/** The weights file for trained weights: pruned, rounded, with the class table it needs. */
export function toWeightsFile(
  weights: ReadonlyMap<string, Float64Array>,
  labels: readonly string[],
  options: WeightsFileOptions,
): WeightsFile {
  if (labels[0] !== NONE) throw new Error(`train: the first label must be ${NONE}`);
  const features: string[] = [];
  const flat: number[] = [];
  const usedClasses = new Set<string>();
  for (const feature of [...weights.keys()].sort()) {
    const row = weights.get(feature)!;
    const pairs: number[] = [];
    row.forEach((w, c) => {
      if (Math.abs(w) >= options.minWeight) pairs.push(c, Math.round(w * 1000) / 1000);
    });
    if (pairs.length === 0) continue;
    features.push(feature);
    flat.push(pairs.length / 2, ...pairs);
    const cls = CLASS_FEATURE.exec(feature)?.[1];
    if (cls) usedClasses.add(cls);
  }
  const classNames = [...usedClasses].sort();
  const classId = new Map(classNames.map((c, i) => [c, i]));
  const lemmas: string[] = [];
  const lemmaClasses: number[] = [];
  for (const lemma of [...options.lemmaClasses.keys()].sort()) {
    const ids = options.lemmaClasses
      .get(lemma)!
      .map((c) => classId.get(c))
      .filter((i): i is number => i !== undefined);
    if (ids.length === 0) continue;
    lemmas.push(lemma);
    lemmaClasses.push(ids.length, ...ids);
  }
  return {
    version: MODEL_VERSION,
    trainedOn: options.trainedOn,
    threshold: options.threshold,
    labels: labels as WeightsFile['labels'],
    features: features.join('\n'),
    weights: flat,
    classNames: classNames.join('\n'),
    lemmas: lemmas.join('\n'),
    lemmaClasses,
  };
}

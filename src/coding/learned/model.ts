// The learned trigger model: its weights file (validated on load, errors name the file) and its
// scoring, a multinomial logistic regression over the PLOVER types and NONE. The file carries
// the WordNet classes of every verb lemma for the classes that got weight, so scoring never
// reads WordNet.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../../records.js';
import { dataPath } from '../../paths.js';
import type { ClassesOf } from './features.js';

/** The format this code reads; a file of another version is refused. */
export const MODEL_VERSION = 1;
/** The label of a candidate that reports no act. */
export const NONE = 'NONE';

export const DEFAULT_MODEL_FILE = dataPath('learned', 'triggers.json');

const WeightsFile = z.object({
  version: z.literal(MODEL_VERSION),
  /** Gold files the weights were trained on (their names; for the record). */
  trainedOn: z.array(z.string()),
  /** Probability the best type must reach for the model to propose a trigger. */
  threshold: z.number().gt(0).lte(1),
  /** The labels, NONE first; a weight's label is its index here. */
  labels: z.array(z.union([z.literal(NONE), z.enum(PLOVER_TYPES)])).min(2),
  /**
   * The features, one a line. Long lists are kept as one string and one array of numbers, as
   * the thesaurus cache is: parsed, they are two values, not thousands of small objects built
   * and validated by every process at start.
   */
  features: z.string(),
  /** For each feature in order: the number of its weights, then (label index, weight) pairs. */
  weights: z.array(z.number()),
  /** WordNet class names, one a line. */
  classNames: z.string(),
  /** Verb lemmas, one a line. */
  lemmas: z.string(),
  /** For each lemma in order: the number of its classes, then their indexes in `classNames`. */
  lemmaClasses: z.array(z.number().int().nonnegative()),
});
export type WeightsFile = z.infer<typeof WeightsFile>;

export class ModelFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ModelFileError';
  }
}

/** The best act a candidate may report, with the model's probability for it. */
export interface Proposal {
  type: PloverType;
  probability: number;
}

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

export class TriggerModel {
  /** Feature -> its row in `table` (one weight per label). */
  private readonly rows = new Map<string, number>();
  private readonly table: Float64Array;
  /** Lemma -> where its class count stands in `file.lemmaClasses`. */
  private readonly lemmaAt = new Map<string, number>();
  private readonly classNames: string[];
  private readonly classCache = new Map<string, string[]>();
  readonly threshold: number;
  readonly labels: readonly string[];

  constructor(private readonly file: WeightsFile) {
    this.labels = file.labels;
    this.threshold = file.threshold;
    const n = file.labels.length;
    const features = lines(file.features);
    this.table = new Float64Array(features.length * n);
    let k = 0;
    features.forEach((feature, row) => {
      this.rows.set(feature, row * n);
      const count = file.weights[k++]!;
      for (let j = 0; j < count; j++, k += 2)
        this.table[row * n + file.weights[k]!] = file.weights[k + 1]!;
    });
    if (k !== file.weights.length) throw new Error('weights do not match the features');
    this.classNames = lines(file.classNames);
    let at = 0;
    for (const lemma of lines(file.lemmas)) {
      this.lemmaAt.set(lemma, at);
      at += 1 + file.lemmaClasses[at]!;
    }
    if (at !== file.lemmaClasses.length) throw new Error('lemmaClasses do not match the lemmas');
  }

  /** The WordNet classes of a lemma that carry weight. */
  readonly classesOf: ClassesOf = (lemma) => {
    let classes = this.classCache.get(lemma);
    if (!classes) {
      const at = this.lemmaAt.get(lemma);
      const ids = this.file.lemmaClasses;
      classes =
        at === undefined
          ? []
          : ids.slice(at + 1, at + 1 + ids[at]!).map((i) => this.classNames[i]!);
      this.classCache.set(lemma, classes);
    }
    return classes;
  };

  /**
   * Probabilities of every label for a candidate's features (softmax of the summed weights). A
   * new array each call: the model is shared by every coder of the process, so a scratch array
   * kept on it would be overwritten under a caller that still reads it.
   */
  probabilities(features: readonly string[]): Float64Array {
    const n = this.labels.length;
    const scores = new Float64Array(n);
    for (const f of features) {
      const row = this.rows.get(f);
      if (row !== undefined) for (let c = 0; c < n; c++) scores[c]! += this.table[row + c]!;
    }
    let max = -Infinity;
    for (const s of scores) max = Math.max(max, s);
    let sum = 0;
    for (let c = 0; c < n; c++) sum += scores[c] = Math.exp(scores[c]! - max);
    for (let c = 0; c < n; c++) scores[c]! /= sum;
    return scores;
  }

  /** The most probable act type (never NONE) and its probability. */
  best(features: readonly string[]): Proposal {
    const p = this.probabilities(features);
    let best = -1;
    for (let c = 0; c < p.length; c++) {
      if (this.labels[c] !== NONE && (best < 0 || p[c]! > p[best]!)) best = c;
    }
    return { type: this.labels[best] as PloverType, probability: p[best]! };
  }
}

/** Validates a parsed weights file; errors name the file and the field. */
export function parseModel(json: unknown, file: string): TriggerModel {
  const parsed = WeightsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ModelFileError(
      file,
      `not a learned trigger model (field "${issue.path.join('.')}": ${issue.message})`,
    );
  }
  if (parsed.data.labels[0] !== NONE)
    throw new ModelFileError(file, `field "labels": the first label must be ${NONE}`);
  try {
    return new TriggerModel(parsed.data);
  } catch (err) {
    throw new ModelFileError(file, `not a learned trigger model (${(err as Error).message})`);
  }
}

let shipped: TriggerModel | undefined;

/**
 * Reads and validates a weights file. The shipped one is read once per process and shared by
 * every coder, as the built-in actor dictionary is: a model is never changed once read (its
 * class cache only remembers what it computed), and each coder read it again (0.1 s) before.
 */
export function loadModel(file = DEFAULT_MODEL_FILE): TriggerModel {
  if (file === DEFAULT_MODEL_FILE) return (shipped ??= readModel(file));
  return readModel(file);
}

function readModel(file: string): TriggerModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ModelFileError(
      file,
      `cannot read learned trigger model (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ModelFileError(file, 'not valid JSON');
  }
  return parseModel(json, file);
}

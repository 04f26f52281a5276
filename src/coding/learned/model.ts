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
  /** Feature -> [label index, weight, label index, weight, ...]. */
  weights: z.record(z.string(), z.array(z.number())),
  /** WordNet class names, indexed by `lemmaClasses`. */
  classNames: z.array(z.string()),
  /** Verb lemma -> indexes of its WordNet classes in `classNames`. */
  lemmaClasses: z.record(z.string(), z.array(z.number().int().nonnegative())),
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

export class TriggerModel {
  private readonly weights: Map<string, Float64Array>;
  private readonly classes: Map<string, string[]>;
  readonly threshold: number;
  readonly labels: readonly string[];

  constructor(readonly file: WeightsFile) {
    this.labels = file.labels;
    this.threshold = file.threshold;
    this.weights = new Map();
    for (const [feature, pairs] of Object.entries(file.weights)) {
      const row = new Float64Array(file.labels.length);
      for (let k = 0; k + 1 < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]!;
      this.weights.set(feature, row);
    }
    this.classes = new Map(
      Object.entries(file.lemmaClasses).map(([lemma, ids]) => [
        lemma,
        ids.map((id) => file.classNames[id]!),
      ]),
    );
  }

  /** The WordNet classes of a lemma that carry weight. */
  readonly classesOf: ClassesOf = (lemma) => this.classes.get(lemma) ?? [];

  /** Probabilities of every label for a candidate's features (softmax of the summed weights). */
  probabilities(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.labels.length);
    for (const f of features) {
      const row = this.weights.get(f);
      if (row) for (let c = 0; c < row.length; c++) scores[c]! += row[c]!;
    }
    let max = -Infinity;
    for (const s of scores) max = Math.max(max, s);
    let sum = 0;
    for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c]! - max);
    for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
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
  return new TriggerModel(parsed.data);
}

/** Reads and validates a weights file. */
export function loadModel(file = DEFAULT_MODEL_FILE): TriggerModel {
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

// Training: the averaged perceptron learns which move to make in each configuration, with the
// dynamic oracle telling it which moves are still right. The first epoch follows the oracle; later
// epochs follow the parser's own (possibly wrong) moves, so it also learns to recover from its
// mistakes as it must at run time (Goldberg & Nivre 2012, "training with exploration").
import {
  encodeSentence,
  extractFeatures,
  FEATURE_COUNT,
  type EncodedSentence,
} from './features.js';
import { AveragedPerceptron } from './perceptron.js';
import { ParserModel, type CompactWeights } from './model.js';
import { projectivise } from './projective.js';
import { moveCosts, ParseState } from './transitions.js';
import { seededRandom } from '../../random.js';

export interface TrainingSentence {
  words: string[];
  /** The tags the parser will see at run time (wink's, when the treebank was re-tagged). */
  tags: string[];
  /** 1-based heads, 0 for the root (CoNLL-U). */
  heads: number[];
  deprels: string[];
}

export interface TrainOptions {
  epochs: number;
  /** Seed of the shuffle between epochs (training is deterministic for a seed). */
  seed?: number;
  /** Averaged weights at or below this magnitude are dropped from the model. */
  minWeight?: number;
  /** Called after each epoch with the share of moves the parser got right while training. */
  onEpoch?: (epoch: number, accuracy: number) => void;
}

export interface TrainResult {
  labels: string[];
  weights: CompactWeights;
  /** Training trees that crossed and were lifted, and words moved. */
  projectivised: { sentences: number; words: number };
}

interface Prepared {
  sent: EncodedSentence;
  heads: Int32Array;
  labels: Int32Array;
}

/** Labels by falling frequency, `root` included (it names the arc from the root). */
export function labelSet(sentences: readonly TrainingSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const d of s.deprels) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
}

export function train(sentences: readonly TrainingSentence[], options: TrainOptions): TrainResult {
  const labels = labelSet(sentences);
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const L = labels.length;
  const moves = 1 + 2 * L;
  if (moves > 256) throw new RangeError(`${L} labels: the model format holds at most 127`);
  let liftedSentences = 0;
  let liftedWords = 0;
  const prepared: Prepared[] = sentences.map((s) => {
    const { heads, lifted } = projectivise(s.heads);
    if (lifted) {
      liftedSentences++;
      liftedWords += lifted;
    }
    return {
      sent: encodeSentence(s.words, s.tags),
      heads: Int32Array.from([-1, ...heads]),
      labels: Int32Array.from([-1, ...s.deprels.map((d) => labelId.get(d)!)]),
    };
  });
  const model = new AveragedPerceptron(moves);
  const state = new ParseState();
  const keys = new Int32Array(FEATURE_COUNT);
  const scores = new Float64Array(moves);
  const costs = new Float64Array(moves);
  const rand = seededRandom(options.seed ?? 1);
  const order = prepared.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let right = 0;
    let total = 0;
    for (const i of order) {
      const p = prepared[i]!;
      state.reset(p.sent.n);
      while (!state.isTerminal()) {
        extractFeatures(state, p.sent, keys);
        model.score(keys, scores);
        moveCosts(state, p.heads, p.labels, L, costs);
        let guess = -1;
        let least = Infinity;
        for (let m = 0; m < moves; m++) {
          if (costs[m] === Infinity) continue;
          if (guess < 0 || scores[m]! > scores[guess]!) guess = m;
          if (costs[m]! < least) least = costs[m]!;
        }
        let best = -1;
        for (let m = 0; m < moves; m++) {
          if (costs[m] === least && (best < 0 || scores[m]! > scores[best]!)) best = m;
        }
        model.tick();
        total++;
        if (costs[guess] === least) right++;
        else model.update(keys, best, guess);
        state.apply(epoch === 1 ? best : guess, L);
      }
    }
    options.onEpoch?.(epoch, total ? right / total : 1);
  }
  return {
    labels,
    weights: model.averaged(options.minWeight ?? 0),
    projectivised: { sentences: liftedSentences, words: liftedWords },
  };
}

/** The trained result as a model ready to parse. */
export function toModel(result: TrainResult, meta?: Record<string, unknown>): ParserModel {
  return new ParserModel({ labels: result.labels, meta }, result.weights);
}

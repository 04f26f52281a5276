// Greedy decoding: at each configuration take the best-scoring move the transition system allows,
// until one tree covers the sentence. Linear in the sentence length (2n moves).
import { encodeSentence, extractFeatures, FEATURE_COUNT } from './features.js';
import { SHIFT, ParseState } from './transitions.js';
import type { ParserModel } from './model.js';

export interface ParseInput {
  /** Tokens as written. */
  words: readonly string[];
  /** Their Universal POS tags (wink-nlp's `pos`, as in `Token.pos`). */
  tags: readonly string[];
}

export interface Parse {
  /** Head of each token: -1 for the root of the sentence, otherwise a 0-based token index. */
  head: number[];
  /** UD relation of each token to its head (`root` for the root). */
  deprel: string[];
}

/** Scratch space reused across sentences, so parsing allocates little. */
export class Parser {
  private readonly state = new ParseState();
  private readonly keys = new Int32Array(FEATURE_COUNT);
  private readonly scores: Float64Array;

  constructor(readonly model: ParserModel) {
    this.scores = new Float64Array(model.moveCount);
  }

  parse(input: ParseInput): Parse {
    if (input.words.length !== input.tags.length) {
      throw new RangeError(`parse: ${input.words.length} words but ${input.tags.length} tags`);
    }
    const n = input.words.length;
    const sent = encodeSentence(input.words, input.tags);
    const state = this.state.reset(n);
    const L = this.model.labels.length;
    const { keys, scores } = this;
    while (!state.isTerminal()) {
      // With only the root on the stack, SHIFT is the one move: no need to score it.
      if (!state.canLeft() && !state.canRight()) {
        state.apply(SHIFT, L);
        continue;
      }
      extractFeatures(state, sent, keys);
      this.model.score(keys, scores);
      let best = -1;
      let bestScore = -Infinity;
      if (state.canShift()) {
        best = SHIFT;
        bestScore = scores[SHIFT]!;
      }
      if (state.canLeft()) {
        for (let m = 1; m <= L; m++) {
          if (scores[m]! > bestScore) {
            best = m;
            bestScore = scores[m]!;
          }
        }
      }
      if (state.canRight()) {
        for (let m = L + 1; m <= 2 * L; m++) {
          if (scores[m]! > bestScore) {
            best = m;
            bestScore = scores[m]!;
          }
        }
      }
      state.apply(best, L);
    }
    const head: number[] = new Array(n);
    const deprel: string[] = new Array(n);
    for (let w = 1; w <= n; w++) {
      const h = state.heads[w]!;
      head[w - 1] = h - 1;
      deprel[w - 1] = h === 0 ? 'root' : (this.model.labels[state.labels[w]!] ?? 'dep');
    }
    return { head, deprel };
  }
}

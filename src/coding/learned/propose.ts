// The learned model as one more source of triggers: a verb that no hand-kept or imported pattern
// names, whose best act type the model rates above its threshold, becomes a trigger of a
// synthetic pattern `learned.<TYPE>.<lemma>` with the type's defaults. Roles, modality, drops and
// everything after run on it as on a pattern's.
import type { Token } from '../../nlp/analyse.js';
import type { PloverType } from '../../records.js';
import { compilePattern, type CompiledPattern, type PatternIndex } from '../patterns.js';
import {
  accidentResult,
  formsOf,
  insideQuestion,
  joinedToHyphen,
  passiveModifier,
  reducedRelative,
  termOfAccord,
  type TriggerMatch,
} from '../triggers.js';
import { candidateFeatures, isCandidate, lemmaOf, type MentionSpan } from './features.js';
import type { TriggerModel } from './model.js';

/** Adds the model's triggers to the patterns' (`found`, over `patterns`), in sentence order. */
export type LearnedTriggers = (
  tokens: Token[],
  mentions: readonly MentionSpan[],
  found: TriggerMatch[],
  patterns: PatternIndex,
) => TriggerMatch[];

/**
 * Whether some pattern names the token's word as its first (asked after `findTriggers`, which
 * has built the imported patterns of every word of the sentence).
 */
export function namedByPattern(token: Token, patterns: PatternIndex): boolean {
  return formsOf(token).some((f) => patterns.byAnchor.has(f));
}

/** The id of the synthetic pattern for a learned act: `learned.ASSAULT.shell`. */
export const learnedId = (type: PloverType, lemma: string): string => `learned.${type}.${lemma}`;

/**
 * The hook for the coder. `disabled`: pattern ids switched off in the pattern data (a line
 * `{"id": "learned.ACCUSE.slam", "disabled": true}`), never proposed.
 */
export function learnedTriggers(
  model: TriggerModel,
  disabled: ReadonlySet<string> = new Set(),
  threshold = model.threshold,
): LearnedTriggers {
  const patterns = new Map<string, CompiledPattern>();
  const patternFor = (type: PloverType, lemma: string): CompiledPattern => {
    const id = learnedId(type, lemma);
    let p = patterns.get(id);
    if (!p) {
      p = compilePattern({ ...SYNTHETIC, id, type, match: lemma });
      patterns.set(id, p);
    }
    return p;
  };
  return (tokens, mentions, found, patterns) => {
    if (mentions.length === 0) return found;
    const taken = new Set(found.flatMap((m) => m.tokens));
    const added: TriggerMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i) || !isCandidate(tokens, i, mentions) || !reportsAct(tokens, i)) continue;
      const lemma = lemmaOf(tokens[i]!);
      // A verb some pattern names, where none fired, was ruled out by that pattern's context
      // ("suspended the work of a commission"): the model speaks only where patterns are silent.
      if (namedByPattern(tokens[i]!, patterns)) continue;
      const best = model.best(candidateFeatures(tokens, i, mentions, model.classesOf));
      if (best.probability < threshold || disabled.has(learnedId(best.type, lemma))) continue;
      added.push({ pattern: patternFor(best.type, lemma), anchor: i, last: i, tokens: [i] });
    }
    if (added.length === 0) return found;
    return [...found, ...added].sort((a, b) => a.anchor - b.anchor);
  };
}

/**
 * Whether the verb at `i` may report an act at all, by the tests `findTriggers` puts to every
 * verb before any pattern: not in a question, not deaths after an accident (", killing 20" after
 * a capsizing), not a participle modifying a noun ("the strike, carried out by ...", "a
 * Russian-backed", "the agreed terms"), not after a determiner.
 */
export function reportsAct(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.pos === 'DET') return false;
  return !(
    insideQuestion(tokens, i) ||
    accidentResult(tokens, i) ||
    reducedRelative(tokens, i) ||
    passiveModifier(tokens, i) ||
    termOfAccord(tokens, i) ||
    joinedToHyphen(tokens, i)
  );
}

/** A plain verb pattern: every field at the default a pattern line without it would have. */
const SYNTHETIC = {
  cameo: '',
  mode: '',
  disabled: false,
  pos: 'verb',
  role: 'event',
  result: true,
  complement: 'absorb',
  target: 'object',
  keepFuture: false,
  partner: false,
  object: 'any',
  warning: false,
  reciprocal: false,
} as const;

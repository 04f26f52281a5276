// A modal, a threat or an intent carried across coordinated verbs: "said it would impose sanctions
// and expel its envoy", "threatened to cut off gas and seize assets". The later verb has no "would"
// or "to" of its own within reach, yet it is as much announced as the first; read alone it would be
// coded as an act done.
import type { Token } from '../nlp/analyse.js';
import { beforeVerbGroup } from './clauses.js';
import { modalityOf, type ConditionClause } from './modality.js';
import { classWords } from './word-classes.js';

/** Words that open another clause: a verb beyond them is not the one "and" joins. */
const CLAUSE_BREAKS = new Set([
  ',',
  ';',
  ':',
  '.',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'but',
  'after',
  'before',
  'because',
  'since',
  'when',
  'as',
  'if',
  'unless',
]);
/** How far back the first verb may be: its object seldom runs longer. */
const REACH = 12;

/**
 * The index of the verb that the predicate at `anchor` is coordinated with ("would impose
 * sanctions on Iran and expel" -> "impose"), or -1: the predicate must follow "and"/"or" directly
 * (give or take an auxiliary or adverb), so it has no subject of its own.
 */
export function coordinationHead(tokens: Token[], anchor: number): number {
  const k = beforeVerbGroup(tokens, anchor);
  if (k < 0 || !['and', 'or'].includes(tokens[k]!.lower)) return -1;
  for (let j = k - 1; j >= Math.max(0, k - REACH); j--) {
    const t = tokens[j]!;
    if (CLAUSE_BREAKS.has(t.lower) || ['and', 'or'].includes(t.lower)) return -1;
    if (t.pos === 'VERB') return j;
  }
  return -1;
}

/**
 * How the predicate at `anchor` is announced through the verb it is coordinated with: `threat`
 * when that verb is the infinitive of a threat ("threatened to cut off gas and seize ..."),
 * `modal` when it is under a modal or an intent (its own modality says future: "would impose
 * sanctions and expel ..."), else null.
 */
export function futureCarried(
  tokens: Token[],
  anchor: number,
  conditions: ConditionClause[],
  sentenceText: string,
): 'threat' | 'modal' | null {
  const head = coordinationHead(tokens, anchor);
  if (head < 0) return null;
  if (tokens[head - 1]?.lower === 'to' && threatBefore(tokens, head - 1)) return 'threat';
  const own = modalityOf(tokens, head, 0, conditions, sentenceText);
  return own.future && !own.negated ? 'modal' : null;
}

/**
 * Whether the "to" at `to` is governed by a verb of threat or promise, maybe across a time
 * phrase ("threatened on Tuesday to close ..."); another verb or a comma ends the search.
 */
function threatBefore(tokens: Token[], to: number): boolean {
  for (let j = to - 1; j >= Math.max(0, to - 4); j--) {
    const t = tokens[j]!;
    if (classWords('vow-verbs').has(t.lemma)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === ',') return false;
  }
  return false;
}

// A vow of force is a threat (PLOVER THREATEN), not a promise to cooperate (AGREE): leaders
// "vowed to retaliate", "promised to respond to the aggression", "vowed that the United States
// would respond". When the vowed act is itself a pattern ("vowed to attack") `coerciveComplement`
// (coder.ts) already reads the threat; these verbs of answering force are no act of their own.
import type { Token } from '../nlp/analyse.js';
import { infinitiveAfterAdjuncts } from './intent-adjuncts.js';
import { classWords } from './word-classes.js';

/** How far after "that" the vowed clause's modal may stand ("that the United States would"). */
const THAT_REACH = 8;
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall']);
/**
 * What one "responds to" in kind, not in force: "promised to respond quickly to the request".
 */
const ANSWERED: ReadonlySet<string> = new Set([
  'request',
  'requests',
  'appeal',
  'appeals',
  'call',
  'calls',
  'question',
  'questions',
  'concerns',
  'letter',
  'offer',
  'proposal',
  'invitation',
  'needs',
]);
/** How far after "respond" what it answers is looked for. */
const ANSWER_REACH = 5;
/** Verbs of aspect before the vowed verb ("vowed to keep retaliating"). */
const ASPECT: ReadonlySet<string> = new Set(['keep', 'continue']);

/**
 * Whether the vow at `anchor..last` (a verb of class `vow-verbs`) vows an act of class
 * `retaliation-verbs`: as its infinitive, after any time or venue ("vowed on Sunday to
 * retaliate"), or as the verb of its "that" clause after a modal ("vowed that Iran would pay").
 */
export function vowOfForce(tokens: Token[], anchor: number, last: number): boolean {
  if (!classWords('vow-verbs').has(tokens[anchor]!.lemma)) return false;
  const to =
    tokens[last + 1]?.lower === 'to' ? last + 1 : infinitiveAfterAdjuncts(tokens, last + 1);
  if (to >= 0) {
    let v = to + 1;
    if (tokens[v]?.pos === 'ADV') v++;
    if (ASPECT.has(tokens[v]?.lemma ?? '')) v++;
    return forceAt(tokens, v);
  }
  if (tokens[last + 1]?.lower !== 'that') return false;
  for (let i = last + 2; i < Math.min(tokens.length, last + 2 + THAT_REACH); i++) {
    const t = tokens[i]!;
    if (t.lower === ',' || t.lower === ';') return false;
    if (!MODALS.has(t.lower)) continue;
    return forceAt(tokens, tokens[i + 1]?.pos === 'ADV' ? i + 2 : i + 1);
  }
  return false;
}

/** The verb at `v` answers force: of class `retaliation-verbs`, and no request answered. */
function forceAt(tokens: Token[], v: number): boolean {
  if (!classWords('retaliation-verbs').has(tokens[v]?.lemma ?? '')) return false;
  if (tokens[v]!.lemma !== 'respond') return true;
  const end = Math.min(tokens.length, v + 1 + ANSWER_REACH);
  for (let i = v + 1; i < end; i++) if (ANSWERED.has(tokens[i]!.lower)) return false;
  return true;
}

// A vow of force is a threat (PLOVER THREATEN), not a promise to cooperate (AGREE): leaders
// "vowed to retaliate", "promised to respond to the aggression", "vowed that the United States
// would respond". When the vowed act is itself a pattern ("vowed to attack") `coerciveComplement`
// (coder.ts) already reads the threat; these verbs of answering force are no act of their own.
// So is a vow that the other side will suffer for what it did, told with that side as the
// subject ("vowed that Pakistan will pay for this misadventure", "swore the attackers would
// regret it", "vowed to make Hamas pay a heavy price"): the vower's threat to it.
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
 * `retaliation-verbs` or the other side's suffering (`retribution-verbs`): as its infinitive,
 * after any time or venue ("vowed on Sunday to retaliate", "vowed to make Hamas pay"), or as
 * the verb of its clause after a modal, "that" said or not ("vowed that Iran would pay a heavy
 * price", "vowed the attackers would regret it").
 */
export function vowOfForce(tokens: Token[], anchor: number, last: number): boolean {
  if (!classWords('vow-verbs').has(tokens[anchor]!.lemma)) return false;
  const to =
    tokens[last + 1]?.lower === 'to' ? last + 1 : infinitiveAfterAdjuncts(tokens, last + 1);
  if (to >= 0) {
    let v = to + 1;
    if (tokens[v]?.pos === 'ADV') v++;
    if (ASPECT.has(tokens[v]?.lemma ?? '')) v++;
    return forceAt(tokens, v) || madeToSuffer(tokens, v);
  }
  const from = tokens[last + 1]?.lower === 'that' ? last + 2 : last + 1;
  for (let i = from; i < Math.min(tokens.length, from + THAT_REACH); i++) {
    const t = tokens[i]!;
    if (t.lower === ',' || t.lower === ';') return false;
    if (!MODALS.has(t.lower)) continue;
    const v = tokens[i + 1]?.pos === 'ADV' ? i + 2 : i + 1;
    // Without "that" only a side's suffering: "vowed Iran would respond" may be a pledge to
    // answer a request the words do not show, "vowed Iran would pay" is not.
    return (from > last + 1 && forceAt(tokens, v)) || sufferingAt(tokens, v);
  }
  return false;
}

/** How far after a verb of suffering its noun may stand ("pay a very heavy price"). */
const SUFFERING_REACH = 4;
/** How far after "make" the verb of suffering may stand ("make the terrorists pay"). */
const MADE_REACH = 4;

/**
 * Whether the verb at `v` says its subject will suffer (class `retribution-verbs`): "regret"
 * alone; "pay" ending its clause, "pay for" and "pay dearly"; "pay", "suffer" or "face" with a noun of class
 * `retribution-nouns` within reach ("pay a heavy price", "face the consequences"), not "pay
 * its debts" or "face elections".
 */
function sufferingAt(tokens: readonly Token[], v: number): boolean {
  const lemma = tokens[v]?.lemma ?? '';
  if (!classWords('retribution-verbs').has(lemma)) return false;
  if (lemma === 'regret') return true;
  const next = tokens[v + 1]?.lower;
  // "those responsible will pay.", "pay for", "pay dearly".
  if (lemma === 'pay' && (next === 'for' || next === 'dearly' || !/\p{L}/u.test(next ?? '.')))
    return true;
  const nouns = classWords('retribution-nouns');
  for (let k = v + 1; k < Math.min(tokens.length, v + 1 + SUFFERING_REACH); k++) {
    const t = tokens[k]!;
    // "would face no consequences": a promise, not a threat.
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.lower === 'no') return false;
    if (nouns.has(t.lower)) return true;
  }
  return false;
}

/** Whether `v` is "make" with a side made to suffer after it: "vowed to make Hamas pay". */
function madeToSuffer(tokens: readonly Token[], v: number): boolean {
  if (tokens[v]?.lemma !== 'make') return false;
  for (let k = v + 1; k < Math.min(tokens.length, v + 1 + MADE_REACH); k++)
    if (sufferingAt(tokens, k)) return true;
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

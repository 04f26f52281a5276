// Negation, condition, intention and claim: what the sentence says about the act, kept as flags.
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without']);
const MODALS = new Set(['will', "'ll", 'shall', 'would', 'wo']);
/**
 * "Iraq could deploy troops within days", "the rebels may attack": a possibility is no act done,
 * kept like an announced one (as the modal auxiliary only: "May" is also a month).
 */
const POSSIBLE = new Set(['could', 'may', 'might']);
const CONDITION_STARTS = new Set(['if', 'unless', 'provided', 'providing']);
const FUTURE_TIME = [
  /\bin the (?:coming|next) (?:days|weeks|months|hours)\b/i,
  /\bnext (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  // "today and tomorrow" runs from the present: no act announced.
  /\b(?<!(?:today|now) and )(?:tomorrow|later this (?:week|month|year)|soon)\b/i,
];

export interface TriggerModality {
  negated: boolean;
  future: boolean;
  conditional: boolean;
  claimed: boolean;
}

/** Token index range of a condition clause ("if Russia invades"), when there is one. */
export interface ConditionClause {
  start: number;
  end: number;
}

export function findConditionClauses(tokens: Token[]): ConditionClause[] {
  const clauses: ConditionClause[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const isCondition =
      CONDITION_STARTS.has(t.lower) ||
      // "on condition that ..." binds an act; "on condition of anonymity" only a source's name.
      (t.lower === 'on' && tokens[i + 1]?.lower === 'condition' && tokens[i + 2]?.lower !== 'of') ||
      (t.lower === 'as' && tokens[i + 1]?.lower === 'long' && tokens[i + 2]?.lower === 'as');
    // "if" after "whether"/"even" or "as if" is not a condition on an act.
    if (!isCondition || tokens[i - 1]?.lower === 'as') continue;
    let end = i + 1;
    while (end < tokens.length && ![',', ';', '.'].includes(tokens[end]!.lower)) end++;
    clauses.push({ start: i, end: end - 1 });
  }
  return clauses;
}

export function insideCondition(clauses: ConditionClause[], index: number): boolean {
  return clauses.some((c) => index > c.start && index <= c.end);
}

/**
 * Flags for the trigger at `anchor`, looking back to `clauseStart`. `claimedByFrame` is set by the
 * caller when the act sits inside an accusation ("accused X of attacking").
 */
export function modalityOf(
  tokens: Token[],
  anchor: number,
  clauseStart: number,
  conditions: ConditionClause[],
  sentenceText: string,
): TriggerModality {
  let negated = false;
  let future = false;
  let claimed = false;
  const from = Math.max(clauseStart, anchor - 5);
  for (let i = anchor - 1; i >= from; i--) {
    const t = tokens[i]!;
    // "Serbia, which does not recognise Kosovo, protested ...": a clause set off by commas
    // keeps its own negation.
    if (t.lower === ',') break;
    // "not only ... but also" and "no doubt" assert rather than deny.
    // "would not hesitate to use force", "will not fail to respond": a negated reluctance
    // asserts the act (class `reluctance-verbs`).
    const notOnly =
      (t.lower === 'not' && ['only', 'merely', 'just'].includes(tokens[i + 1]?.lower ?? '')) ||
      (NEGATORS.has(t.lower) && reluctance(tokens[i + 1]));
    if (NEGATORS.has(t.lower) && i >= anchor - 4 && !notOnly) negated = true;
    if (MODALS.has(t.lower) && i >= anchor - 4) future = true;
    if (POSSIBLE.has(t.text) && t.pos === 'AUX' && i >= anchor - 4) future = true;
    if (classWords('hedge-words').has(t.lower)) claimed = true;
    if (t.lower === 'to' && i === anchor - 1) {
      // "plans to attack", "is ready to talk", "declined to meet", "has no plans to attack"
      const gov = tokens[i - 1];
      if (gov && classWords('intent-words').has(gov.lemma)) future = true;
      if (gov && classWords('intent-words').has(gov.lower)) future = true;
      if (gov && classWords('abstention-verbs').has(gov.lemma)) negated = true;
    }
  }
  // "refrained from attacking"
  if (
    tokens[anchor - 1]?.lower === 'from' &&
    classWords('abstention-verbs').has(tokens[anchor - 2]?.lemma ?? '')
  ) {
    negated = true;
  }
  if (!future && FUTURE_TIME.some((re) => re.test(sentenceText))) future = true;
  const conditional = conditions.length > 0 && !insideCondition(conditions, anchor);
  return { negated, future, conditional, claimed };
}

/**
 * A threat happens when it is uttered: "warned that it would retaliate if India struck again",
 * "said they would shoot down any aircraft" are threats made (test/gold/README.md: not
 * conditional), whose "if" and "would" belong to the act threatened. So is a threat verb's own
 * object ("threatened to cut off gas unless ..."). A coercive act merely narrated as to come
 * ("the EU will adopt sanctions in the coming days") stays future, and "only if" (a promise of
 * restraint: "would return fire only if attacked") stays conditional.
 */
export function threatUttered(
  tokens: Token[],
  anchor: number,
  patternType: string,
  speechVerbs: ReadonlySet<string>,
): boolean {
  if (patternType === 'THREATEN') return true;
  for (let i = 0; i < anchor; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && speechVerbs.has(t.lemma)) return true;
  }
  return false;
}

/** "only if": a condition that restricts, kept even on a threat. */
export function restrictiveCondition(tokens: Token[], conditions: ConditionClause[]): boolean {
  return conditions.some((c) => tokens[c.start - 1]?.lower === 'only');
}

/** "hesitate", "fail": a verb whose negation asserts the act it governs. */
function reluctance(t: Token | undefined): boolean {
  return t !== undefined && classWords('reluctance-verbs').has(t.lemma);
}

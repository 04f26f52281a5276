// The short adjuncts wire copy puts between a verb of intent and its infinitive: "vowed on
// Tuesday to retaliate", "threatened last week to", "agreed in principle to impose", "pledged
// again on Friday to send", "said in a statement ... to". Skipping them lets the promised act be
// read as the verb's complement, as it is when the infinitive follows at once (issue 15).
import type { Token } from '../nlp/analyse.js';
import { isMonthName } from '../nlp/dates.js';
import { classWords } from './word-classes.js';

/** Prepositions that open a time or a venue adjunct ("on Tuesday", "in a statement"). */
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'earlier']);
/** Words between the preposition and the head of a time ("last week", "earlier this month"). */
const TIME_MODIFIERS = new Set(['the', 'last', 'this', 'next', 'that', 'earlier', 'late', 'early']);
/** Words of a venue's noun phrase before its head ("a televised address", "a joint statement"). */
const VENUE_MODIFIER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Adverbs that deny or doubt: "vowed never to", "not" is no adjunct of the promise. */
const NEGATIVE_ADVERBS = new Set(['not', "n't", 'never', 'no']);
/** The longest run of adjuncts skipped: a longer one is more than a time or a venue. */
const MAX_ADJUNCT_WORDS = 8;

/**
 * The index after a time whose head is at `i` ("Tuesday", "week", "March 3", "March 3 2024"), or
 * -1 when no time starts there.
 */
export function timeEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (classWords('bare-times').has(t.lower)) return i + 1;
  if (isMonthName(t.text)) {
    let j = i + 1;
    while (j < i + 3 && /^\d{1,4}$/.test(tokens[j]?.text ?? '')) j++;
    return j;
  }
  if (/^\d{1,2}$/.test(t.text) && isMonthName(tokens[i + 1]?.text ?? '')) return i + 2;
  return -1;
}

/**
 * The index after one adjunct starting at `k`, or `k` when none starts there: an adverb
 * ("again"), a time with or without its preposition ("on Friday", "last week", "Tuesday",
 * "earlier this month", "on March 3") or a venue of speech or decision ("in principle", "in a
 * statement", "at a news conference": heads in word class announcement-venues).
 */
export function adjunctEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return k;
  if (t.pos === 'ADV' && !NEGATIVE_ADVERBS.has(t.lower) && t.lower !== 'to') return k + 1;
  let i = k;
  while (i < k + 2 && ADJUNCT_PREPOSITIONS.has(tokens[i]?.lower ?? '')) i++;
  const prepositions = i - k;
  let j = i;
  while (j < i + 2 && TIME_MODIFIERS.has(tokens[j]?.lower ?? '')) j++;
  const time = timeEnd(tokens, j);
  // A bare noun of time needs its preposition or modifier ("last week"), not alone ("week").
  if (
    time > 0 &&
    (j > k || !classWords('bare-times').has(tokens[j]!.lower) || /day$/.test(tokens[j]!.lower))
  )
    return time;
  if (prepositions === 0) return k;
  const venues = classWords('announcement-venues');
  for (let h = i; h < i + 4 && tokens[h]; h++) {
    if (venues.has(tokens[h]!.lower)) return h + 1;
    // "a televised address": a participle the tagger reads as a verb modifies the venue too.
    const participle = tokens[h]!.pos === 'VERB' && tokens[h]!.lower.endsWith('ed');
    if (!VENUE_MODIFIER_POS.has(tokens[h]!.pos) && !participle) break;
  }
  return k;
}

/**
 * The index after the run of adjuncts starting at `k` ("again on Friday", "in principle on
 * Monday", ", in a statement,"), or `k`. A comma opens a run only when another closes it.
 */
export function pastAdjuncts(tokens: readonly Token[], k: number): number {
  let i = k;
  const commaOpened = tokens[i]?.lower === ',';
  if (commaOpened) i++;
  for (;;) {
    const next = adjunctEnd(tokens, i);
    if (next === i || next - k > MAX_ADJUNCT_WORDS) break;
    i = next;
  }
  if (commaOpened) return i > k + 1 && tokens[i]?.lower === ',' ? i + 1 : k;
  return i;
}

/**
 * Whether an infinitive opens at `k` once the adjuncts there are passed: the position of its
 * "to", or -1. The word after "to" must be a verb, so "agreed on Tuesday to the plan" is not one.
 */
export function infinitiveAfterAdjuncts(tokens: readonly Token[], k: number): number {
  const to = pastAdjuncts(tokens, k);
  if (to === k || tokens[to]?.lower !== 'to') return -1;
  let v = to + 1;
  if (tokens[v]?.pos === 'ADV' && !NEGATIVE_ADVERBS.has(tokens[v]!.lower)) v++;
  return tokens[v]?.pos === 'VERB' || tokens[v]?.pos === 'AUX' ? to : -1;
}

// Positions: each demand (a REQUEST event) with the replies that answer it, and its status.
// CAMEO's parallel families are the model: "demand X" (10x) is answered by "yield to / accede to
// demands for X" (08x) or "reject demands for X" (12x). A reply answers a demand when it goes the
// other way along the dyad, comes within the rules' window after it, and shares a topic word
// with the demanded act or refers to demands in general ("the written responses to Russia's
// security demands").
import type { EventSummary } from '../store/aggregates.js';
import { toDayNumber } from './dates.js';
import type { PositionRules } from './position-rules.js';

export type PositionStatus = 'open' | 'rejected' | 'conceded' | 'partly';

export interface Reply {
  date: string | null;
  source: string;
  type: string;
  event: string;
  /** reject, concede or offer (a negated concession or offer rejects). */
  means: 'reject' | 'concede' | 'offer';
  /** How it was linked: `topic:WORD` or the id of the reference rule that matched. */
  linked_by: string;
  text: string;
}

/** One line of `spiral positions --format jsonl`. */
export interface Position {
  id: string;
  date: string | null;
  source: string;
  target: string;
  /** The demanded act, in the text's words. */
  demand: string;
  /** Evidence: the demand's event ids. */
  events: string[];
  replies: Reply[];
  status: PositionStatus;
}

const MAX_DEMAND = 160;

/**
 * The demanded act: the sentence after the trigger, from the infinitive when one follows soon
 * ("called on the American side to stop the pumping of weapons" → "stop the pumping of weapons").
 */
export function demandPhrase(text: string, trigger: { start: number; end: number } | null): string {
  let rest = (trigger ? text.slice(trigger.end) : text).trim();
  const to = /\bto\s/.exec(rest);
  if (to && rest.slice(0, to.index).split(/\s+/).filter(Boolean).length <= 8) {
    // "urged Moscow not to take the step": the demand is not to take it.
    const negated = /\bnot\s*$/i.test(rest.slice(0, to.index));
    rest = `${negated ? 'not ' : ''}${rest.slice(to.index + 3)}`;
  }
  rest = rest
    .replace(/\s+/g, ' ')
    .replace(/[.;:,"”’\s]+$/, '')
    .trim();
  if (rest.length <= MAX_DEMAND) return rest || text.trim();
  const cut = rest.lastIndexOf(' ', MAX_DEMAND);
  return `${rest.slice(0, cut > 40 ? cut : MAX_DEMAND)}…`;
}

/** Lower-case content words: proper names (capitalised) and the rules' ignored words left out. */
export function topicWords(text: string, rules: PositionRules): Set<string> {
  const ignore = new Set(rules.topic.ignore);
  const words = new Set<string>();
  for (const match of text.matchAll(/[\p{L}][\p{L}'-]*/gu)) {
    const word = match[0];
    if (/^\p{Lu}/u.test(word)) continue;
    if (word.length < rules.topic.min_length || ignore.has(word)) continue;
    words.add(stem(word));
  }
  return words;
}

/** A crude English stem, enough to meet "weapons" with "weapon" and "withdrawal" with "withdraw". */
function stem(word: string): string {
  return word.replace(/(?:ing|als?|ed|es|s)$/, '') || word;
}

function statusOf(replies: Reply[]): PositionStatus {
  const reject = replies.some((r) => r.means === 'reject');
  const concede = replies.some((r) => r.means === 'concede');
  const offer = replies.some((r) => r.means === 'offer');
  if (reject && (concede || offer)) return 'partly';
  if (reject) return 'rejected';
  if (concede) return 'conceded';
  if (offer) return 'partly';
  return 'open';
}

/** A REQUEST event that is a demand: asserted (not negated), both sides known, dated. */
export const isDemand = (d: EventSummary): boolean =>
  d.type === 'REQUEST' && !d.negated && d.source !== '' && d.target !== '' && d.date !== null;

/** Pairs demands with the replies that answer them. Both lists come from the store, by date. */
export function pairPositions(
  demands: EventSummary[],
  candidates: EventSummary[],
  rules: PositionRules,
): Position[] {
  const replyRule = new Map(rules.replies.map((r) => [r.type as string, r]));
  const references = rules.references.map((r) => ({ id: r.id, re: new RegExp(r.pattern, 'i') }));
  // Candidates by directed dyad in date order, with day numbers and topic words computed once.
  const byDyad = new Map<string, Array<{ c: EventSummary; day: number }>>();
  for (const c of candidates) {
    if (!c.date || !replyRule.has(c.type)) continue;
    const key = `${c.source}\u0000${c.target}`;
    let list = byDyad.get(key);
    if (!list) byDyad.set(key, (list = []));
    list.push({ c, day: toDayNumber(c.date) });
  }
  for (const list of byDyad.values()) list.sort((a, b) => a.day - b.day);
  const wordsOf = new Map<string, Set<string>>();
  const topicOf = (c: EventSummary): Set<string> => {
    let words = wordsOf.get(c.id);
    if (!words) wordsOf.set(c.id, (words = topicWords(c.text, rules)));
    return words;
  };
  const sharedWord = (words: Set<string>, topic: Set<string>): string | undefined => {
    for (const w of words) if (topic.has(w)) return w;
    return undefined;
  };
  return demands.filter(isDemand).map((d) => {
    const demand = demandPhrase(d.text, d.trigger);
    const topic = topicWords(demand, rules);
    const replies: Reply[] = [];
    const list = byDyad.get(`${d.target}\u0000${d.source}`) ?? [];
    const first = toDayNumber(d.date!);
    // Binary search for the first candidate on or after the demand's day.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.day < first) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length && list[k]!.day - first <= rules.window_days; k++) {
      const c = list[k]!.c;
      const rule = replyRule.get(c.type)!;
      // A reply told in the same sentence as the demand is part of the demand, not an answer.
      if (c.id === d.id || c.text === d.text) continue;
      if (rule.means === 'reject' && c.negated) continue;
      const shared = sharedWord(topicOf(c), topic);
      const reference = shared ? undefined : references.find((r) => r.re.test(c.text));
      if (!shared && !reference) continue;
      replies.push({
        date: c.date,
        source: c.source,
        type: c.type,
        event: c.id,
        means: c.negated ? 'reject' : rule.means,
        linked_by: shared ? `topic:${shared}` : reference!.id,
        text: c.text,
      });
    }
    return {
      id: d.id,
      date: d.date,
      source: d.source,
      target: d.target,
      demand,
      events: [d.id],
      replies,
      status: statusOf(replies),
    };
  });
}

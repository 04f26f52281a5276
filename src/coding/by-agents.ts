// The doer named in a "by" phrase of a passive or a named act ("was detained by the FSB", "the
// raid by Israeli forces"). Wires often name a body through its people ("by officers of the FSB",
// "by members of Hamas"): the body after "of" is then the doer (word class `body-members`).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/** How far after "by" (or after "of") the doer's mention may open ("by the Israeli army"). */
const AGENT_REACH = 3;

/**
 * The doer named after "by" at `by`: the mention opening within reach, else the body after
 * "officers of", "members of" ... when those people open the phrase. `rooted` asks for a mention
 * with a known actor.
 */
export function agentAfterBy(
  tokens: Token[],
  mentions: ActorMention[],
  by: number,
  rooted = false,
): ActorMention | null {
  const near = (from: number): ActorMention | null =>
    mentions.find(
      (m) => m.first > from && m.first <= from + AGENT_REACH && (!rooted || m.actor.root),
    ) ?? null;
  // "by soldiers of the 47th Brigade": the people may be a mention of their own, the body is
  // the one that acts.
  const of = bodyMembersOf(tokens, by + 1);
  const body =
    of < 0
      ? null
      : mentions.find((m) => m.actor.root && m.first > of && m.first <= of + AGENT_REACH);
  return body ?? near(by);
}

/**
 * The index of "of" when the noun phrase from `start` is people of a body ("officers of",
 * "the Israeli members of"): a word of class `body-members` after determiners and adjectives,
 * then "of"; -1 otherwise.
 */
export function bodyMembersOf(tokens: Token[], start: number): number {
  let k = start;
  while (k < start + AGENT_REACH && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k++;
  if (!classWords('body-members').has(tokens[k]?.lower ?? '')) return -1;
  return tokens[k + 1]?.lower === 'of' ? k + 1 : -1;
}

/** Words that may stand between the doer and the verb: its phrase's tail, adverbs, auxiliaries. */
const BETWEEN_POS: ReadonlySet<string> = new Set([
  'ADP',
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'ADV',
  'AUX',
]);

/** Words of the noun phrase that opens a clause before its "by" phrase ("The Israeli air raid"). */
const OPENING_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Whether `m` is the doer named by "by" inside the noun phrase that opens the clause at
 * `floor` and is the subject of the verb at `verb`: "The raid by Israeli forces killed ...",
 * "The strike, carried out by Russian forces, hit ..." (a participle of a verb of doing, word
 * class `doing-verbs`, set off by commas or not). The act's doer is then the verb's subject; a thing
 * the doer made or sent ("drones supplied by Iran struck ...") is not, so no other participle.
 */
export function doerInOpeningPhrase(
  tokens: Token[],
  m: ActorMention,
  floor: number,
  verb: number,
): boolean {
  // Between the doer and the verb only the rest of the phrase ("on Sunday", "in Jenin"), a
  // closing comma, an adverb or an auxiliary.
  for (let k = m.last + 1; k < verb; k++) {
    if (tokens[k]!.lower !== ',' && !BETWEEN_POS.has(tokens[k]!.pos)) return false;
  }
  let by = m.first - 1;
  while (by > floor && (tokens[by]!.pos === 'DET' || tokens[by]!.pos === 'ADJ')) by--;
  // "by officers of the FSB": the people of the body stand between "by" and the body.
  if (tokens[by]?.lower === 'of' && classWords('body-members').has(tokens[by - 1]?.lower ?? '')) {
    by -= 2;
    while (by > floor && (tokens[by]!.pos === 'DET' || tokens[by]!.pos === 'ADJ')) by--;
  }
  if (tokens[by]?.lower !== 'by') return false;
  let head = by - 1;
  if (tokens[head]?.lower === 'out') head--;
  const participle = tokens[head];
  if (
    participle?.pos === 'VERB' &&
    participle.lower !== participle.lemma &&
    classWords('doing-verbs').has(participle.lemma)
  )
    head -= tokens[head - 1]?.lower === ',' ? 2 : 1;
  if (tokens[head]?.pos !== 'NOUN') return false;
  for (let k = head - 1; k >= floor; k--) if (!OPENING_POS.has(tokens[k]!.pos)) return false;
  return true;
}

// "Mali's junta told France to withdraw its troops", "China ordered the Philippines to remove
// its vessel", "Ankara wants Stockholm to extradite the militants": a side that tells, orders,
// pushes or wants another state to act asks that of it (CAMEO 10, a demand; PLOVER REQUEST).
// What it is told to do is the content of the demand, not an act done: before, the infinitive's
// act was coded as done by the one addressed ("France withdrew from Mali"), and no REQUEST at all.
import type { Token } from '../nlp/analyse.js';
import type { MustDemand } from './demands.js';
import type { ActorMention } from './mentions.js';
import type { TriggerMatch } from './triggers.js';
import { classWords } from './word-classes.js';

/** A demand read from a verb of directing ("told France to ..."): the pattern id it is coded by. */
export const DIRECTED_REQUEST = 'request.directed';

/**
 * Sectors of an addressee whose being told to act is coercion of it, not a request: "ordered the
 * BBC to close its office", "told travel agencies to stop selling tours", "told pilgrims to
 * leave" (the sets code these COERCE or SANCTION, by the patterns of the act).
 */
const COERCED_SECTORS: ReadonlySet<string> = new Set(['MED', 'JRN', 'BUS', 'CVL', 'REF']);
/** How far the speaker may stand before the verb ("Mali's junta on Monday told"). */
const SPEAKER_REACH = 4;
/** Words between the verb and the addressee: "told the French government", "ordered Niger's". */
const OBJECT_REACH = 3;
/** Words that end the content of a demand: what follows is the speaker's own act again. */
const CONTENT_ENDS: ReadonlySet<string> = new Set([
  ';',
  '.',
  ':',
  'but',
  'while',
  'after',
  'before',
  'as',
  'because',
  'saying',
]);

/**
 * The demands made by a verb of directing (word class `directive-verbs`) with another named
 * state, organisation or state body for object and a "to" infinitive after it. Not when a
 * pattern of its own reads the verb ("ordered Iran to close its consulates" is a SANCTION,
 * "pressed Hamas to" a REQUEST already), nor when the one addressed is the speaker's own side
 * ("Egypt ordered its army to close the border": the order role makes that Egypt's act), a
 * pronoun, or a sector whose being told is coercion (`COERCED_SECTORS`).
 */
export function directedRequests(
  tokens: Token[],
  mentions: ActorMention[],
  triggers: readonly TriggerMatch[],
): MustDemand[] {
  const out: MustDemand[] = [];
  const read = new Set(triggers.filter((t) => t.pattern.role !== 'order').map((t) => t.anchor));
  tokens.forEach((verb, i) => {
    if (!directive(verb) || read.has(i)) return;
    const addressees = addresseesAfter(tokens, mentions, i);
    if (addressees.length === 0) return;
    const to = pastTime(tokens, addressees[addressees.length - 1]!.last + 1);
    const act = infinitiveAt(tokens, to);
    if (act < 0) return;
    // "ordered the Red Cross to close its offices and leave": an organisation made to go is
    // expelled (COERCE, SANCTION by the act's own patterns), not asked.
    if (
      addressees.some((m) => m.kind === 'organisation') &&
      classWords('departure-verbs').has(tokens[act]!.lemma)
    )
      return;
    const speaker = [...mentions]
      .reverse()
      .find(
        (m) =>
          m.last < i && m.last >= i - SPEAKER_REACH && !m.locative && m.actor.root && !m.modifier,
      );
    if (!speaker) return;
    const targets = addressees.filter(
      (m) =>
        m.actor.root &&
        !m.pronoun &&
        !m.locative &&
        m.actor.root !== speaker.actor.root &&
        !COERCED_SECTORS.has(m.actor.sector),
    );
    if (targets.length !== addressees.length) return;
    out.push({
      speaker,
      targets,
      range: [to, contentEnd(tokens, to)],
      word: i,
      pattern: DIRECTED_REQUEST,
    });
  });
  return out;
}

/** A verb of the class, or one the tagger took for an adjective ("Egypt pressured Hamas to"). */
function directive(t: Token): boolean {
  if (!classWords('directive-verbs').has(t.lemma)) return false;
  return t.pos === 'VERB' || (t.pos === 'ADJ' && t.lower !== t.lemma);
}

/**
 * The actors the verb at `i` addresses: the first mention within `OBJECT_REACH` words (past
 * determiners only), with the mentions joined to it by "and" or commas ("the leaders of Serbia
 * and Kosovo" is not read: "leaders of" is no determiner).
 */
function addresseesAfter(tokens: Token[], mentions: ActorMention[], i: number): ActorMention[] {
  const first = mentions.find((m) => m.first > i && m.first <= i + OBJECT_REACH);
  if (!first) return [];
  const between = tokens.slice(i + 1, first.first);
  if (!between.every((t) => t.pos === 'DET')) return [];
  const out = [first];
  for (;;) {
    const last = out[out.length - 1]!;
    const next = mentions.find((m) => m.first > last.last);
    if (!next) break;
    const gap = tokens.slice(last.last + 1, next.first);
    const joined =
      gap.length > 0 &&
      gap.length <= 2 &&
      gap.every((t) => t.lower === 'and' || t.lower === ',' || t.pos === 'DET');
    if (!joined) break;
    out.push(next);
  }
  return out;
}

/** The word after a bare time at `k` ("ordered Manila on Monday to"), else `k`. */
function pastTime(tokens: Token[], k: number): number {
  const on = tokens[k]?.lower === 'on' ? k + 1 : k;
  return classWords('bare-times').has(tokens[on]?.lower ?? '') ? on + 1 : k;
}

/**
 * The verb of the infinitive whose "to" is at `k` (an adverb may split them), or -1 when `k`
 * holds no infinitive's "to" ("pushed troops to the border").
 */
function infinitiveAt(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'to' || tokens[k]!.pos !== 'PART') return -1;
  const verb = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
  return tokens[verb]?.pos === 'VERB' ? verb : -1;
}

/**
 * Where the demand's content ends: a clause break, or a comma before a participle or a finite
 * verb ("told France to leave, accusing it of ...", "..., and expelled its ambassador"): the
 * speaker's own acts after it are done, not demanded.
 */
function contentEnd(tokens: Token[], from: number): number {
  let k = from + 1;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (CONTENT_ENDS.has(t.lower)) break;
    if (t.lower === ',' || t.lower === 'and') {
      const next = tokens[k + 1];
      const after = next?.lower === 'and' ? tokens[k + 2] : next;
      if (after?.pos === 'VERB' && after.lower !== after.lemma) break;
    }
  }
  return k;
}

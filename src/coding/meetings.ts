// Meetings told in an adjunct ("walked out of his summit with Kim", "after talks between their
// army chiefs", "said after talks with Taliban leaders"): the meeting is a fact the sentence
// takes as known, and its parties are the clause's subject (or the possessive that owns the
// meeting) and whoever the noun phrase names with "with", "between" or "to".
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { conjunctsAfter } from './roles.js';
import { otherSideAtHome, sideAtHome } from './groups.js';

/**
 * Prepositions before a meeting noun that take the meeting as held: after, during, at ... (not
 * "for", "to", "on", "about": talks called for, agreed to or argued about are not held; not
 * "in": "mediation in the final status talks" names the talks a mediation is in).
 */
const HELD_PREPS: ReadonlySet<string> = new Set([
  'after',
  'following',
  'during',
  'at',
  'from',
  'since',
]);
/**
 * Verbs whose object meeting took place: begun, ended or made ("began a visit to", "concluded
 * talks with", "had finished talks with", "resumed talks with"); not "cancelled", "proposed", "sought", whose meeting may never happen.
 */
const MADE_VERBS: ReadonlySet<string> = new Set([
  'begin',
  'start',
  'open',
  'end',
  'conclude',
  'complete',
  'finish',
  'resume',
  'wrap',
  'undertake',
  'continue',
]);
/** Nouns of a call, which "in" holds as made ("in a phone call", "in a conversation"). */
const CALLS: ReadonlySet<string> = new Set(['call', 'conversation']);
/** Leaving a meeting in progress ("walked / stormed out of the talks"): it was held. */
const WALKED_OUT: ReadonlySet<string> = new Set(['walk', 'storm']);
/** A participle after the meeting noun that puts it in the future. */
const SCHEDULED: ReadonlySet<string> = new Set(['scheduled', 'planned', 'due', 'set', 'slated']);
/** Words of a noun phrase before its head ("his second", "two days of", "the three-hour"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our']);
/** How far after the meeting noun its partner's "with"/"between"/"to" may stand ("talks in Doha with"). */
const PARTNER_REACH = 4;
/** Prepositions a clause's subject never follows (as `mainSubject` in clauses.ts). */
const OBLIQUE: ReadonlySet<string> = new Set([
  'of',
  'to',
  'with',
  'by',
  'in',
  'on',
  'for',
  'from',
  'at',
  'against',
  'between',
  'after',
  'during',
  'following',
  'since',
]);

export interface MeetingParties {
  sources: ActorMention[];
  targets: ActorMention[];
}

/**
 * The parties of the meeting named by the noun at `noun`, when its phrase is governed by a
 * preposition that takes it as held (HELD_PREPS, or "out of": "walked out of the meeting");
 * null when it is not so governed or names no two parties.
 */
export function meetingInAdjunct(
  tokens: Token[],
  mentions: ActorMention[],
  noun: number,
): MeetingParties | null {
  const start = phraseStart(tokens, noun);
  const gov = tokens[start - 1];
  if (!gov) return null;
  // "walked out of the talks" was there; "pulled out of talks" withdrew before they were held.
  // "told Blinken in a phone call": "in" holds a call (not talks: "mediation in the talks").
  const call = tokens.slice(noun, noun + 2).some((t) => CALLS.has(t.lower));
  // "began a two-day visit to Pyongyang": a verb that starts, ends or makes the meeting.
  // Not in the infinitive: "agreed to resume talks" promises them (an AGREE), they were not held.
  const made = gov.pos === 'VERB' && MADE_VERBS.has(gov.lemma) && tokens[start - 2]?.lower !== 'to';
  const held =
    made ||
    HELD_PREPS.has(gov.lower) ||
    (gov.lower === 'in' && call) ||
    (gov.lower === 'of' &&
      tokens[start - 2]?.lower === 'out' &&
      WALKED_OUT.has(tokens[start - 3]?.lemma ?? ''));
  if (!held) return null;
  // "talks with X scheduled for Thursday": a meeting still to come.
  if (SCHEDULED.has(tokens[noun + 1]?.lower ?? '')) return null;
  const governor = gov.lower === 'of' ? start - 2 : start - 1;
  const named = (m: ActorMention): boolean => m.actor.root !== '' && !m.locative;
  // Whose meeting it is: a possessive inside the phrase ("Erdogan's talks", "his summit").
  const owner = mentions.find((m) => m.first >= start && m.last < noun && named(m));
  const possessive = tokens.slice(start, noun).some((t) => POSSESSIVES.has(t.lower));
  const from = made ? verbClause(tokens, governor) : 0;
  const subject = clauseSubject(tokens, mentions, governor, named, from);
  const doers: ActorMention[] = owner ? [owner] : possessive || subject.length > 0 ? subject : [];
  const partners = partnersAfter(tokens, mentions, noun, named);
  if (partners === 'their') {
    // "after talks between their army chiefs": the parties are the subject's members.
    return doers.length > 1 ? { sources: doers.slice(0, 1), targets: doers.slice(1) } : null;
  }
  // "After talks between Chad and Niger, the envoys left": talks that open the sentence with
  // no one of its clause among them set the scene (the team gold's background).
  const opening = !mentions.some((m) => m.last < governor && m.actor.root);
  if (
    partners.length > 1 &&
    !opening &&
    tokens.slice(noun, partners[0]!.first).some((t) => t.lower === 'between')
  )
    return { sources: partners.slice(0, 1), targets: partners.slice(1) };
  const others = partners.filter((p) => !doers.some((d) => d.actor.root === p.actor.root));
  if (doers.length === 0) return null;
  if (others.length > 0) return { sources: doers, targets: others };
  if (partners.length > 0) return null;
  // "Thailand and Cambodia agreed to a ceasefire at talks in Putrajaya": with no partner named,
  // the subject's members met one another.
  // Not an adjunct that opens the sentence ("After talks in Ankara, Turkey and Russia agreed"):
  // talks told before their parties may have had others.
  // "Yemen's government and the Houthi rebels agreed ... at talks in Stockholm": a state's organ
  // and the rebels or opposition it faces at home are two sides of one country.
  if (distinctSides(doers) && doers[0]!.last < governor)
    return { sources: doers.slice(0, 1), targets: doers.slice(1) };
  // "Wang Yi told Blinken in a phone call", "asked Washington during his visit": the one the
  // clause's verb addresses is the one met.
  const object = objectBetween(tokens, mentions, doers[doers.length - 1]!.last, governor, named);
  return object && object.actor.root !== doers[0]!.actor.root
    ? { sources: doers, targets: [object] }
    : null;
}

/** The first word of the noun phrase the noun at `noun` heads, "of" of a measure included. */
function phraseStart(tokens: Token[], noun: number): number {
  let k = noun - 1;
  for (; k >= 0; k--) {
    const t = tokens[k]!;
    if (PHRASE_POS.has(t.pos) || POSSESSIVES.has(t.lower) || t.text === '-') continue;
    // "two days of talks", "a round of talks": the measure's "of" stays inside the phrase.
    if (t.lower === 'of' && ['NOUN', 'NUM'].includes(tokens[k - 1]?.pos ?? '')) continue;
    break;
  }
  return k + 1;
}

/** Words that open a clause of time or cause ("an hour after Guterres had finished talks"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'when',
  'while',
  'once',
  'because',
]);

/**
 * Where the clause of the verb at `verb` that makes a meeting begins: after the last
 * subordinator before it, so the meeting is its own subject's ("Missiles struck Kyiv an hour
 * after Guterres had finished talks with Zelensky": Guterres's talks); 0 when none stands there.
 */
function verbClause(tokens: Token[], verb: number): number {
  for (let i = verb - 1; i >= 0; i--) if (SUBORDINATORS.has(tokens[i]!.lower)) return i + 1;
  return 0;
}

/**
 * The subject of the clause the adjunct at `governor` belongs to: the first named actor before
 * it that no preposition governs ("Trump walked out of ..."), with its conjuncts; for an adjunct
 * opening the sentence ("After talks with X, the Omani minister flew home"), the first one after
 * its comma.
 */
function clauseSubject(
  tokens: Token[],
  mentions: ActorMention[],
  governor: number,
  named: (m: ActorMention) => boolean = (m) => m.actor.root !== '' && !m.locative,
  from = 0,
): ActorMention[] {
  // A subordinator opening the clause is no preposition over its subject.
  const free = (m: ActorMention): boolean =>
    named(m) && !m.pronoun && (m.first === from || !OBLIQUE.has(tokens[m.first - 1]?.lower ?? ''));
  let subject = mentions.find((m) => m.first >= from && m.last < governor && free(m));
  if (!subject) {
    const comma = tokens.findIndex((t, i) => i > governor && t.lower === ',');
    if (comma < 0) return [];
    subject = mentions.find((m) => m.first > comma && m.first <= comma + 4 && free(m));
    if (!subject) return [];
  }
  // "South Sudan's government and rebels loyal to Machar": rebels with no country of their own
  // joined to a state's organ are that state's (groups.ts).
  const group = [subject, ...conjunctsAfter(tokens, mentions, subject)];
  return [
    subject,
    ...group
      .slice(1)
      .map((m) => otherSideAtHome(m, group, m))
      .filter(named),
  ];
}

/**
 * Whether the subject's members are more than one side: of two countries, or a state's organ
 * and the rebels or opposition of the same country.
 */
function distinctSides(doers: ActorMention[]): boolean {
  const side = (d: ActorMention): string => `${d.actor.root}|${sideAtHome(d.actor.sector)}`;
  return new Set(doers.map(side)).size > 1;
}

/**
 * The object of the verb between the subject (ending at `after`) and the adjunct: the first
 * named actor after a verb there that no preposition governs.
 */
function objectBetween(
  tokens: Token[],
  mentions: ActorMention[],
  after: number,
  governor: number,
  named: (m: ActorMention) => boolean,
): ActorMention | undefined {
  const verb = tokens.findIndex((t, i) => i > after && i < governor && t.pos === 'VERB');
  if (verb < 0) return undefined;
  return mentions.find(
    (m) =>
      m.first > verb &&
      m.last < governor &&
      named(m) &&
      !m.pronoun &&
      !OBLIQUE.has(tokens[m.first - 1]?.lower ?? ''),
  );
}

/**
 * The subject of the clause after an adjunct that opens the sentence ("After talks with X, the
 * Omani minister flew home", "Speaking after talks with X, Putin said ..."): none when a named
 * actor stands before the adjunct (the clause's subject is then that one's, found by the roles).
 */
export function frontedSubject(
  tokens: Token[],
  mentions: ActorMention[],
  governor: number,
): ActorMention[] {
  if (mentions.some((m) => m.first < governor && m.actor.root)) return [];
  return clauseSubject(tokens, mentions, governor);
}

/**
 * The parties the meeting noun names after it: those after "with" or "to" (and their
 * conjuncts), or after "between"; 'their' when "between" is followed by a possessive.
 */
function partnersAfter(
  tokens: Token[],
  mentions: ActorMention[],
  noun: number,
  named: (m: ActorMention) => boolean,
): ActorMention[] | 'their' {
  for (let i = noun + 1; i <= noun + PARTNER_REACH && i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w === ',' || w === ';' || tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') break;
    if (w !== 'with' && w !== 'between' && w !== 'to') continue;
    if (w === 'between' && tokens[i + 1]?.lower === 'their') return 'their';
    let k = i + 1;
    while (tokens[k] && ['DET', 'ADJ', 'NUM'].includes(tokens[k]!.pos) && !mentionAt(mentions, k))
      k++;
    // "a visit to Pyongyang": the capital visited stands for its state.
    const party = (m: ActorMention): boolean => named(m) || (w === 'to' && m.actor.root !== '');
    const first = mentions.find((m) => m.first <= k && k <= m.last && party(m));
    if (!first) return [];
    return [first, ...conjunctsAfter(tokens, mentions, first).filter(named)];
  }
  return [];
}

function mentionAt(mentions: ActorMention[], i: number): boolean {
  return mentions.some((m) => m.first <= i && i <= m.last);
}

// Acts named by a noun ("an attack by X on Y", "X's sanctions against Y", "talks between X and
// Y"): the roles sit in the possessive and the prepositions of the noun phrase, not around a verb.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { agentAfterBy } from './by-agents.js';
import { conjunctsAfter } from './roles.js';
import { classWords } from './word-classes.js';

/** Words a noun phrase may hold before its head noun ("A rocket attack", "Russia's renewed"). */
export const PREFIX_POS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'PART',
]);
/** Words between the head noun and the clause's verb: its prepositional phrases, coordinated. */
const TAIL_POS: ReadonlySet<string> = new Set([
  'ADP',
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'PART',
  'CCONJ',
  'ADV',
]);
/** Prepositions after the noun that name the one acted on ("on", "against", "of", "to"). */
const TARGET_PREPS = new Set([
  'on',
  'against',
  'of',
  'to',
  'into',
  'at',
  'with',
  'for',
  'toward',
  'towards',
]);

const MODALS = new Set(['would', 'could', 'might', 'may', 'will', 'can', 'should', 'must', "'d"]);

export interface NominalRoles {
  sources: ActorMention[];
  targets: ActorMention[];
  /** The verb whose subject the act is: it says what the act did, and is no act of its own. */
  verb: number;
  /**
   * A meeting told in an adjunct ("after talks with X", meetings.ts): no verb has the act for
   * its subject (`verb` is the noun itself), and the clause's own verb is still an act.
   */
  adjunct?: boolean;
  /** For an act named in an adjunct, the end of its phrase: its object and place lie before it. */
  end?: number;
  /**
   * For an act whose phrase names its doer and no one struck, the end of the clause its verb
   * heads: the place there is where it struck ("A Russian air strike wrecked a theatre in
   * Kharkiv"), when the verb is no act of its own.
   */
  reach?: number;
  /** The act is told as someone's charge ("an attack Baghdad blamed on ..."), not as done. */
  claimed?: boolean;
}

/**
 * The preposition that governs a mention (skipping its determiner and adjectives), if it comes
 * after the noun at `floor`.
 */
function governingWord(tokens: Token[], m: ActorMention, floor: number): string | null {
  for (let i = m.first - 1; i > floor; i--) {
    const t = tokens[i]!;
    // "a raid by members of Hamas": the body its people are "of" is governed as they are.
    if (t.lower === 'of' && classWords('body-members').has(tokens[i - 1]?.lower ?? '')) {
      i--;
      continue;
    }
    if (t.pos === 'ADP' || t.pos === 'CCONJ') return t.lower;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return null;
  }
  return null;
}

/**
 * The roles of an act named by the noun at `anchor` (its pattern ending at `last`), when the noun
 * phrase is the subject of the sentence's first verb, which asserts the act ("An attack by X on Y
 * killed four soldiers", "Talks between X and Y ended without agreement"). Null when the noun is
 * not such a subject: as an object or under a preposition ("condemned the attack", "after the
 * talks") a named act is background, not reported (team-gold conventions, "Nouns and background").
 */
export function nominalRoles(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  last: number,
  cargo = false,
): NominalRoles | null {
  const head = tokens[anchor]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !isHeadAdjective(tokens, anchor)) return null;
  // "Arab League ministers meeting in Doha called on ...": an "-ing" word right after the actor
  // it follows is that actor doing something (a participle the tagger read as a noun), not an
  // act named by a noun heading the subject.
  if (head.lower.endsWith('ing') && mentions.some((m) => m.last === anchor - 1 && !m.adjectiveOnly))
    return null;
  // The phrase opens the sentence, or the complement of a verb of saying ("saying Moscow's
  // invasion of Ukraine had made the pact untenable"): its subject, whose verb asserts the act.
  const open = reportedClauseStart(tokens, anchor);
  if (open < 0) return null;
  let verb = last + 1;
  for (; verb < tokens.length; verb++) {
    const t = tokens[verb]!;
    // "Turkey's call for Sweden to extradite militants drew ...": an infinitive after the noun
    // is what is called for, inside the phrase.
    if (t.lower === 'to' && tokens[verb + 1]?.pos === 'VERB') verb++;
    // "trucks of food sent by Jordan entered Gaza", "a convoy carrying tents reached ...": what
    // a vehicle carries, and who sent it, are told by participles inside its phrase.
    else if (cargo && reducedParticiple(tokens, verb)) continue;
    // "The raid, conducted by Israeli forces, killed ...": the doer told between commas is in
    // the phrase; its verb comes after the closing comma.
    else if (t.lower === ',' && setOffDoer(tokens, verb) > 0) verb = setOffDoer(tokens, verb);
    // "An airstrike carried out by Myanmar's military on Tuesday killed ...": the same, unset.
    else if (verb === last + 1 && doingBy(tokens, verb) > 0) verb = doingBy(tokens, verb) - 1;
    else if (!TAIL_POS.has(t.pos)) break;
  }
  const v = tokens[verb];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return null;
  // "A Russian invasion would trigger sanctions", "the attack is unlikely": a modal or a
  // predicate about the act (not a passive verb: "sanctions were extended") does not assert it.
  if (MODALS.has(v.lower)) return null;
  if (v.lemma === 'be' && tokens[verb + 1]?.pos !== 'VERB') return null;
  // "Talks between X and Y were cancelled", "the summit was called off": the verb says the act
  // did not take place (word class `called-off`; "call" only with "off").
  const told = v.pos === 'AUX' ? tokens[verb + 1] : v;
  if (told && calledOff(told, tokens[told === v ? verb + 1 : verb + 2])) return null;
  const inPhrase = mentions.filter(
    (m) => m.actor.root && m.first >= open && m.last < verb && !m.pronoun,
  );
  const before = inPhrase.filter((m) => m.last < anchor || (m.first < anchor && m.last >= anchor));
  const after = inPhrase.filter((m) => m.first > last);
  let between = tokens.findIndex((t, i) => i > last && i < verb && t.lower === 'between');
  // "A meeting took place between X and Y", "Talks were held in Geneva between X and Y": the
  // parties may follow the verb that says the meeting happened.
  if (between < 0 && before.length === 0 && after.length === 0)
    between = betweenAfter(tokens, verb);
  if (between >= 0) {
    // "talks between Serbia and Kosovo": each party acts with the others (one event between the
    // first and each other, as for a compound subject).
    const parties =
      between < verb
        ? [...before, ...after.filter((m) => m.first > between)]
        : partiesAfter(tokens, mentions, between);
    return parties.length > 1
      ? { sources: parties.slice(0, 1), targets: parties.slice(1), verb }
      : null;
  }
  // A cargo's sender may be where it comes from ("a plane carrying supplies from the UAE").
  const agents = after.filter((m) => {
    const word = governingWord(tokens, m, anchor);
    return word === 'by' || (cargo && word === 'from');
  });
  // "The strike on the hospital was carried out by Israeli aircraft": the doer of a passive verb
  // of doing (word class `doing-verbs`) is the act's doer.
  if (agents.length === 0) agents.push(...passiveDoers(tokens, mentions, verb));
  // "A convoy of 30 UN trucks carrying aid": whose the vehicles are, when no one sent them.
  if (agents.length === 0 && cargo && before.length === 0)
    agents.push(...after.filter((m) => governingWord(tokens, m, anchor) === 'of').slice(0, 1));
  const sources = agents.length > 0 ? agents : coordinatedBefore(tokens, before);
  // "on Kyiv and Kharkiv": a conjunct is governed as the mention before it.
  let previous: string | null = null;
  const targets = after.filter((m) => {
    let word = governingWord(tokens, m, anchor);
    if (word === 'and' || word === 'or') word = previous;
    previous = word;
    return word !== null && TARGET_PREPS.has(word);
  });
  if (
    sources.length === 0 &&
    targets.length > 1 &&
    governingWord(tokens, targets[0]!, anchor) === 'of'
  )
    // "a meeting of the Egyptian and Sudanese ministers": those of whom it is are its parties.
    return { sources: targets.slice(0, 1), targets: targets.slice(1), verb };
  return { sources, targets, verb };
}

/**
 * Where the noun phrase of the noun at `anchor` opens when it is a clause's subject: 0 when it
 * opens the sentence; right after a verb of saying (word class `saying-verbs`), or after its
 * "that"; -1 otherwise.
 */
function reportedClauseStart(tokens: Token[], anchor: number): number {
  let open = anchor;
  while (
    open > 0 &&
    (PREFIX_POS.has(tokens[open - 1]!.pos) ||
      inCompound(tokens, open - 1) ||
      coordinatedModifier(tokens, open - 1))
  )
    open--;
  if (open === 0) return 0;
  let k = open - 1;
  if (tokens[k]!.lower === 'that') k--;
  const verb = tokens[k];
  return verb && verb.pos === 'VERB' && classWords('saying-verbs').has(verb.lemma) ? open : -1;
}

/**
 * Whether the "and", "or" or comma at `i` joins two modifiers of one head ("Egyptian and
 * Jordanian aid trucks", "US, British and French warplanes"): a name or an adjective on each
 * side, so the phrase goes on before it.
 */
function coordinatedModifier(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'and' && t.lower !== 'or' && t.lower !== ',') return false;
  const modifier = (x: Token | undefined): boolean => x?.pos === 'PROPN' || x?.pos === 'ADJ';
  return modifier(tokens[i - 1]) && modifier(tokens[i + 1]);
}

/**
 * The doers named before the head: the last, and those joined to it by "and", "or" or commas
 * alone ("Egyptian and Jordanian aid trucks" are both states' trucks).
 */
function coordinatedBefore(tokens: Token[], before: ActorMention[]): ActorMention[] {
  const last = before[before.length - 1];
  if (!last) return [];
  const group = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const m = before[k]!;
    const gap = tokens.slice(m.last + 1, group[0]!.first);
    if (gap.length === 0 || !gap.every((t) => ['and', 'or', ','].includes(t.lower))) break;
    group.unshift(m);
  }
  return group;
}

/** The first named actor right after "between" at `between`, and its conjuncts. */
function partiesAfter(tokens: Token[], mentions: ActorMention[], between: number): ActorMention[] {
  const first = mentions.find(
    (m) => m.actor.root && !m.pronoun && m.first > between && m.first <= between + 3,
  );
  return first
    ? [first, ...conjunctsAfter(tokens, mentions, first).filter((m) => m.actor.root)]
    : [];
}

/** How far after the verb "between" may stand ("were held in Geneva on Monday between"). */
const BETWEEN_REACH = 7;

/**
 * The index of "between" after the verb at `verb` that says a meeting happened ("took place
 * between", "were held in Geneva between"), within its clause; -1 when there is none.
 */
function betweenAfter(tokens: Token[], verb: number): number {
  for (let i = verb + 1; i < tokens.length && i <= verb + BETWEEN_REACH; i++) {
    const t = tokens[i]!;
    if (t.lower === 'between') return i;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PRON') break;
  }
  return -1;
}

/**
 * The actors after "by" when the verb at `verb` is "was/were/has been" and a participle of a verb
 * of doing ("carried out by", "was claimed by", "were conducted by"), with what joins them.
 */
function passiveDoers(tokens: Token[], mentions: ActorMention[], verb: number): ActorMention[] {
  let k = verb;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k++;
  const participle = tokens[k];
  if (k === verb || !participle || !classWords('doing-verbs').has(participle.lemma)) return [];
  k++;
  if (tokens[k]?.lower === 'out') k++;
  // "was launched from Iraq": where an attack was launched from is its side.
  const from = tokens[k]?.lower === 'from' && ['launch', 'fire'].includes(participle.lemma);
  if (tokens[k]?.lower !== 'by' && !from) return [];
  const first = agentAfterBy(tokens, mentions, k, true);
  if (!first) return [];
  // "by American and British warplanes": every conjunct acts.
  const out = [first];
  for (let last = first.last; ;) {
    const next = mentions.find(
      (m) => m.actor.root && m.first === last + 2 && tokens[last + 1]!.lower === 'and',
    );
    if (!next) break;
    out.push(next);
    last = next.last;
  }
  return out;
}

/** How many words a doer set off by commas may run to (", carried out by the Israeli army,"). */
const SET_OFF_REACH = 9;

/**
 * The closing comma of a participle of a verb of doing (word class `doing-verbs`) and its "by"
 * phrase set off after the comma at `comma` (", conducted by Israeli forces,", ", claimed by
 * al-Shabaab,"); -1 when there is none.
 */
function setOffDoer(tokens: Token[], comma: number): number {
  const k = doingBy(tokens, comma + 1);
  if (k < 0) return -1;
  for (let i = k + 1; i < tokens.length && i <= k + SET_OFF_REACH; i++) {
    if (tokens[i]!.lower === ',') return i;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * The index of "by" after a past participle of a verb of doing at `at` (word class
 * `doing-verbs`: "carried out by", "claimed by"); -1 when `at` opens no such phrase.
 */
export function doingBy(tokens: Token[], at: number): number {
  const participle = tokens[at];
  if (participle?.pos !== 'VERB' || participle.lower === participle.lemma) return -1;
  if (!classWords('doing-verbs').has(participle.lemma)) return -1;
  let k = at + 1;
  if (tokens[k]?.lower === 'out') k++;
  return tokens[k]?.lower === 'by' ? k : -1;
}

/** A participle that opens a reduced relative clause: "sent by", "loaded with", "carrying tents". */
function reducedParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos !== 'VERB' || !next) return false;
  if (t.lower.endsWith('ing')) return ['NOUN', 'DET', 'NUM', 'ADJ'].includes(next.pos);
  // Only before "by" or "with": "landed in Port Sudan" is the clause's verb, not a participle.
  return (next.lower === 'by' || next.lower === 'with') && t.lemma !== t.lower;
}

/**
 * A word of a hyphenated modifier written without spaces ("the Saudi-led coalition's", "a
 * Kremlin-backed offensive"): the hyphen and the word after it modify the noun, whatever their tag.
 */
export function inCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.text === '-') return prev?.end === t.start && next?.start === t.end;
  // "A closed-door meeting": the word before the hyphen too, whatever its tag.
  if (next?.text === '-' && next.start === t.end && tokens[i + 2]?.start === next.end) return true;
  return prev?.text === '-' && prev.end === t.start && tokens[i - 2]?.end === prev.start;
}

/**
 * A noun the tagger read as an adjective ("A Turkish offensive against Kurdish fighters"): after
 * a determiner, a name or an adjective, and before a preposition, it heads the phrase.
 */
export function isHeadAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    t.pos === 'ADJ' &&
    next?.pos === 'ADP' &&
    prev !== undefined &&
    (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'PROPN' || prev.pos === 'PART')
  );
}

function calledOff(t: Token, next: Token | undefined): boolean {
  const calledOffWords = classWords('called-off');
  if (!calledOffWords.has(t.lower) && !calledOffWords.has(t.lemma)) return false;
  return t.lemma !== 'call' || next?.lower === 'off';
}

/** Possessive pronouns that may own an act named by a noun ("its bombardment of the south"). */
export const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);
/** Prepositions of time or cause before an act that take it as done ("after the raid"). */
const DONE_PREPS: ReadonlySet<string> = new Set([
  'after',
  'following',
  'since',
  'during',
  'amid',
  'at',
]);
/** Words before "for" that answer an act, taken as done ("in retaliation for the attacks"). */
const ANSWERS: ReadonlySet<string> = new Set(['retaliation', 'revenge', 'reprisal', 'response']);
/** How many words after the noun its phrase may run ("the killing of a teenager by Israeli troops near Jenin"). */
export const PHRASE_REACH = 12;

/**
 * The first token after the phrase of a noun whose pattern ends at `last`: its prepositional
 * phrases and coordinated words, at most `PHRASE_REACH` of them.
 */
export function phraseEnd(tokens: Token[], last: number): number {
  let end = last + 1;
  while (end < tokens.length && end <= last + PHRASE_REACH && TAIL_POS.has(tokens[end]!.pos)) end++;
  return end;
}

export interface PhraseAct {
  sources: ActorMention[];
  targets: ActorMention[];
  /** The first token after the noun phrase: the act's roles and place are looked for before it. */
  end: number;
}

/**
 * The parties of an act named by the noun at `anchor` (its pattern ending at `last`) anywhere
 * but as the subject, when its own phrase names its doer: by a name or an adjective before the
 * noun ("the Indian air raid on Balakot", "Russia's invasion of Ukraine"), a possessive pronoun
 * ("its bombardment of the south"), a "by" phrase ("the killing of a teenager by Israeli
 * troops"), or as the one blamed for it ("blamed Iran for the drone attacks"). Null when the
 * phrase names no doer: "after the attack" stays background.
 */
export function actInPhrase(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  last: number,
): PhraseAct | null {
  const head = tokens[anchor]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  const start = phraseStart(tokens, anchor);
  // Only an act a preposition of time or cause takes as done ("a day after the raid", "in
  // protest at the killing"), or one laid on someone: as an object ("condemned Venezuela's
  // incursion"), after "of" ("the risk of a Russian attack") or "against" it is no report.
  const gov = tokens[start - 1]?.lower ?? '';
  const answered = gov === 'for' && ANSWERS.has(tokens[start - 2]?.lower ?? '');
  if (!DONE_PREPS.has(gov) && gov !== 'for') return null;
  const end = phraseEnd(tokens, last);
  const inside = mentions.filter((m) => m.actor.root && !m.locative && m.first >= start);
  const blame = gov === 'for' ? blamed(tokens, mentions, start) : [];
  // "for" only after a verb of blame or a word of answer ("in retaliation for").
  if (gov === 'for' && blame.length === 0 && !answered) return null;
  const own = phraseDoers(tokens, inside, anchor, last, end);
  const sources = own.length > 0 ? own : blame;
  if (sources.length === 0) return null;
  return { sources, targets: phraseTargets(tokens, inside, anchor, last, end), end };
}

/**
 * Where the noun phrase of the noun at `anchor` starts: its determiners, adjectives, names,
 * hyphenated modifiers and owning pronouns ("its bombardment", "the Saudi-led coalition's raid").
 */
export function phraseStart(tokens: Token[], anchor: number): number {
  let start = anchor;
  while (start > 0) {
    const t = tokens[start - 1]!;
    if (!PREFIX_POS.has(t.pos) && !inCompound(tokens, start - 1) && !OWNING_PRONOUNS.has(t.lower))
      break;
    start--;
  }
  return start;
}

/**
 * The doers the phrase of the act named at `anchor` (its pattern ending at `last`, its phrase
 * ending before `end`) names itself, among `inside` (named, non-locative mentions from the
 * phrase's start on): the actors after "by" ("the killing of a teenager by Israeli troops"),
 * else the last owner before the noun (a name, an adjective or a possessive: "the Indian air
 * raid", "Russia's invasion", "its bombardment"). Empty when the phrase names none.
 */
export function phraseDoers(
  tokens: Token[],
  inside: ActorMention[],
  anchor: number,
  last: number,
  end: number,
): ActorMention[] {
  const agents = inside.filter(
    (m) => m.first > last && m.last < end && governingWord(tokens, m, anchor) === 'by',
  );
  if (agents.length > 0) return agents;
  const owners = inside.filter(
    // "the Azerbaijani drone strike": an adjective with hardware is one mention up to the noun.
    (m) =>
      m.first < anchor &&
      m.last <= last &&
      (!m.pronoun || OWNING_PRONOUNS.has(tokens[m.first]!.lower)),
  );
  return owners.slice(-1);
}

/**
 * The ones acted on that the phrase of the act named at `anchor` (its pattern ending at `last`,
 * its phrase at `end`) names after a preposition of the one acted on ("on Kyiv and Kharkiv").
 */
export function phraseTargets(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  last: number,
  end: number,
): ActorMention[] {
  let previous: string | null = null;
  return mentions.filter((m) => {
    if (m.first <= last || m.last >= end || m.pronoun) return false;
    let word = governingWord(tokens, m, anchor);
    if (word === 'and' || word === 'or') word = previous;
    previous = word;
    return word !== null && word !== 'by' && TARGET_PREPS.has(word);
  });
}

/**
 * "blamed Iran for the drone attacks", "blaming Kigali for an offensive": the one a verb of blame
 * (word class `blame-verbs`) holds responsible for the act named after "for".
 */
function blamed(tokens: Token[], mentions: ActorMention[], start: number): ActorMention[] {
  if (tokens[start - 1]?.lower !== 'for') return [];
  // "blamed the separatists for ...": a group named by its sector alone is placed later.
  const m = mentions.find(
    (x) => x.last === start - 2 && (x.actor.root || x.actor.sector) && !x.locative,
  );
  if (!m) return [];
  let k = m.first - 1;
  while (k >= 0 && ['DET', 'ADJ'].includes(tokens[k]!.pos)) k--;
  const verb = tokens[k];
  return verb && classWords('blame-verbs').has(verb.lemma) ? [m] : [];
}

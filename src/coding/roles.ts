// Who acts and who is acted on: the subject of the trigger verb and its object, read from word
// order, prepositions, voice and clause boundaries (the English model has no dependency parser).
import { absoluteWith } from './absolute-with.js';
import { agentAfterBy, doerInOpeningPhrase } from './by-agents.js';
import { unboundObject } from './bound-pronouns.js';
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { OWN_APPARATUS } from './defaults.js';
import { namedMembers, suchAsMembers } from './named-members.js';
import { classWords } from './word-classes.js';
import { withRoot, withSector } from '../actors/actor-record.js';
import { mentionWith } from './mention-record.js';

/** Prepositions after which a noun phrase is not the subject of the next verb. */
const PREPOSITIONS = new Set([
  'of',
  'to',
  'with',
  'against',
  'by',
  'from',
  'in',
  'on',
  'for',
  'at',
  'into',
  'near',
  'toward',
  'towards',
  'between',
  'about',
  'over',
  'under',
  'after',
  'before',
  'without',
  'among',
  'across',
  'than',
  'like',
  'unlike',
  'via',
  'inside',
  'outside',
  'through',
  'amid',
  'despite',
  'including',
  'upon',
]);
/** "X-led", "X-flagged": the country named leads or owns the thing, so it is the party. */
const OWNER_PARTICIPLES: ReadonlySet<string> = new Set([
  'led',
  'flagged',
  'owned',
  'registered',
  'operated',
]);
/** Words that close the clause a subject is searched in, going left from the verb. */
const LEFT_BARRIERS = new Set([
  ';',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'while',
  'because',
  'although',
  'whereas',
  'but',
]);
/**
 * Between the subordinator at `i` (SUBORDINATORS) and the verb: a noun and no comma. "after a fire
 * destroyed the depot": the clause has its own subject, no actor, and borrows none from the main
 * clause ("after weeks of fighting, the army took ..." is a phrase set off by a comma).
 */
function ownSubjectAfter(tokens: Token[], i: number, anchor: number): boolean {
  const between = tokens.slice(i + 1, anchor);
  return (
    between.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') &&
    !between.some((t) => t.lower === ',')
  );
}

/** Words that close the clause an object is searched in, going right from the verb. */
const RIGHT_BARRIERS = new Set([
  ';',
  'after',
  'before',
  'because',
  'while',
  'although',
  'despite',
  'following',
  'when',
  'since',
  'but',
  'amid',
  'who',
  'which',
  'whose',
  'whereas',
  'saying',
  'said',
  'says',
  'say',
  'told',
  'according',
  'if',
  'unless',
  'as',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', 'get', 'got', "'s", "'re"]);
const MAX_OBJECT_DISTANCE = 22;
const NO_PREPS: ReadonlySet<string> = new Set();
const PLACE_NOUNS = new Set([
  'border',
  'borders',
  'frontier',
  'coast',
  'waters',
  'airspace',
  'territory',
  'soil',
  'side',
]);
const POSSESSIVE_WORDS = new Set(['his', 'her', 'its', 'their']);
const PARTNER_PREPS: ReadonlySet<string> = new Set(['with', 'to']);

export interface Roles {
  sources: ActorMention[];
  targets: ActorMention[];
  passive: boolean;
  /** Token index where the trigger's clause starts (for modality). */
  clauseStart: number;
}

function mentionEndingAt(mentions: ActorMention[], i: number): ActorMention | undefined {
  return mentions.find((m) => i >= m.first && i <= m.last);
}

function precededBy(tokens: Token[], m: ActorMention, words: ReadonlySet<string>): boolean {
  const before = tokens[m.first - 1];
  return before !== undefined && words.has(before.lower);
}

/**
 * Verbs that, like "be" and "get" (in BE), make a past participle passive: "Rwanda stands accused
 * of ...", "remained detained" (the subject is the one acted on).
 */
const PASSIVE_LINKS: ReadonlySet<string> = new Set([
  'stand',
  'stands',
  'stood',
  'remain',
  'remains',
  'remained',
]);

/** Whether the verb at `anchor` is passive ("was quoted", "is cited", ", backed by Iran,"). */
export function isPassive(tokens: Token[], anchor: number): boolean {
  const verb = tokens[anchor]!;
  if (verb.lower.endsWith('ing')) return false;
  // "Hamas fighters, backed by Iran, fired ...": a participle set off after its noun, with its
  // agent, is passive without "be".
  if (
    tokens[anchor - 1]?.lower === ',' &&
    tokens[anchor + 1]?.lower === 'by' &&
    verb.lower !== verb.lemma &&
    /(?:ed|en|wn)$/.test(verb.lower)
  )
    return true;
  for (let i = anchor - 1; i >= Math.max(0, anchor - 3); i--) {
    const t = tokens[i]!;
    // "was hit by Russian missiles": a participle equal to its lemma is passive after "be" too.
    if (BE.has(t.lower) || PASSIVE_LINKS.has(t.lower))
      return verb.lower !== verb.lemma || classWords('unchanged-participles').has(verb.lower);
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Where the word joining `k` (inclusive, going left) to an earlier conjunct begins: "and", ",",
 * "as well as", "along with", "together with"; -1 when `k` is no joiner.
 */
function joinerStart(tokens: Token[], k: number): number {
  const w = tokens[k]?.lower;
  if (w === 'and' || w === ',') return k;
  if (w === 'as' && tokens[k - 1]?.lower === 'well' && tokens[k - 2]?.lower === 'as') return k - 2;
  if (w === 'with' && ['along', 'together'].includes(tokens[k - 1]?.lower ?? '')) {
    // ", along with China,": the comma before belongs to the joiner.
    return tokens[k - 2]?.lower === ',' ? k - 2 : k - 1;
  }
  return -1;
}

/**
 * The mentions joined to `m` by "and"/","/"as well as" just before it ("the United States and
 * Jordan", "Egypt as well as the Gulf states"): each is a subject of its own.
 */
export function conjunctsBefore(
  tokens: Token[],
  mentions: ActorMention[],
  m: ActorMention,
): ActorMention[] {
  const out: ActorMention[] = [];
  let cur = m;
  for (;;) {
    let k = cur.first - 1;
    // "Sudan's army and the paramilitary RSF": an article's adjectives before the name.
    const adjectives = describingAdjectives(tokens, k, -1);
    if (ARTICLES.has(tokens[k - adjectives]?.lower ?? '')) k -= adjectives;
    // "Lavrov and his French counterpart", "Russia and the United States": a possessive or an
    // article may follow the joiner.
    if (POSSESSIVE_WORDS.has(tokens[k]?.lower ?? '') || ARTICLES.has(tokens[k]?.lower ?? '')) k--;
    const start = joinerStart(tokens, k);
    if (start < 0) break;
    const prev = mentionEndingAt(mentions, start - 1);
    if (!prev || prev.last !== start - 1) break;
    // "After talks in Ankara, Turkey and Russia agreed": a place under a preposition, before
    // the comma, is no member of the subject.
    // "a week after India and China held talks": a subordinate clause's subject is no place.
    if (
      prev.locative ||
      (precededBy(tokens, prev, PREPOSITIONS) && !subordinateSubject(tokens, mentions, prev))
    )
      break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** How many adjectives may stand between an article and a name ("the paramilitary"). */
const ADJECTIVE_REACH = 2;

/**
 * How many lowercase adjectives run from `k` in direction `step` (1: forwards, -1: backwards),
 * at most ADJECTIVE_REACH: the words describing a named party after its article.
 */
function describingAdjectives(tokens: Token[], k: number, step: 1 | -1): number {
  let n = 0;
  while (n < ADJECTIVE_REACH) {
    const t = tokens[k + n * step];
    if (!t || t.pos !== 'ADJ' || !/^[a-z]/.test(t.text)) break;
    n++;
  }
  return n;
}

export function conjunctsAfter(
  tokens: Token[],
  mentions: ActorMention[],
  m: ActorMention,
): ActorMention[] {
  const out: ActorMention[] = [];
  let cur = m;
  for (;;) {
    let i = cur.last + 1;
    const w = tokens[i]?.lower;
    if (w !== 'and' && w !== ',' && w !== 'or') break;
    i++;
    if (w === ',' && (tokens[i]?.lower === 'and' || tokens[i]?.lower === 'or')) i++;
    if (
      tokens[i]?.lower === 'as' &&
      tokens[i + 1]?.lower === 'well' &&
      tokens[i + 2]?.lower === 'as'
    )
      i += 3;
    // "between Israeli officials and the PLO": an article may open the next conjunct, and
    // adjectives of the article's may stand before the name ("and the paramilitary RSF").
    if (ARTICLES.has(tokens[i]?.lower ?? '') && !mentions.some((x) => x.first === i)) {
      i++;
      const adjectives = describingAdjectives(tokens, i, 1);
      if (mentions.some((x) => x.first === i + adjectives)) i += adjectives;
    }
    const next = mentions.find((x) => x.first === i);
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/**
 * "French and British warships", "Egyptian, Jordanian and Saudi officials": coordinated
 * adjectives share the noun after the last one, so each takes its sector.
 */
export function shareSector(group: ActorMention[]): ActorMention[] {
  const last = group[group.length - 1];
  if (!last || group.length < 2 || !last.actor.sector) return group;
  return Array.from(group, (m) =>
    m !== last && m.adjectiveOnly && !m.actor.sector
      ? mentionWith(m, { actor: withSector(m.actor, last.actor.sector) })
      : m,
  );
}

/** Nearest subject-like mention left of `anchor`, and where its clause starts. */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);
/**
 * Words opening a relative clause set off by commas, which the subject search passes over:
 * the pronouns, and "where" after a state ("Britain, where he had lived for years, summoned").
 */
const RELATIVE_OPENERS = new Set([...RELATIVE_PRONOUNS, 'where']);
/** A relative clause between commas is no longer than this. */
const MAX_RELATIVE = 25;

/**
 * The comma that opens a relative clause closed by the comma at `close` (", which ... ,",
 * ", who ... ,"), or null. Nothing that ends a clause may come between.
 */
function relativeClauseOpening(tokens: Token[], close: number, floor: number): number | null {
  for (let o = close - 1; o >= Math.max(floor, close - MAX_RELATIVE); o--) {
    const t = tokens[o]!.lower;
    if (t === ';' || t === '.') return null;
    if (t === ',') return RELATIVE_OPENERS.has(tokens[o + 1]?.lower ?? '') ? o : null;
  }
  return null;
}

function subjectBefore(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  lowerBound: number,
  acceptObliques: boolean,
): { subject: ActorMention | null; clauseStart: number; appositive?: boolean } {
  for (let i = anchor - 1; i >= lowerBound; i--) {
    const t = tokens[i]!;
    if (RELATIVE_PRONOUNS.has(t.lower)) {
      // "The United States, which has sent aid to Kyiv, ...": the relative clause's subject is
      // the noun it follows.
      const antecedent = tokens[i - 1]?.lower === ',' ? mentionEndingAt(mentions, i - 2) : null;
      if (antecedent?.actor.root) return { subject: antecedent, clauseStart: i + 1 };
    }
    if (LEFT_BARRIERS.has(t.lower)) return { subject: null, clauseStart: i + 1 };
    if (SUBORDINATORS.has(t.lower) && ownSubjectAfter(tokens, i, anchor))
      return { subject: null, clauseStart: i + 1 };
    if (t.lower === ',') {
      // "Israeli forces, who entered the town at dawn, arrested ...": the verb's subject is
      // before the relative clause the comma closes.
      const opened = relativeClauseOpening(tokens, i, lowerBound);
      if (opened !== null) {
        i = opened;
        continue;
      }
      // "Hamas, the group that runs Gaza, fired ...": an appositive after a named head is passed
      // over whole; its relative clause is no barrier to the head.
      const described = describedHeadComma(tokens, mentions, i, lowerBound);
      if (described !== null) {
        i = described;
        continue;
      }
    }
    const found = mentionEndingAt(mentions, i);
    if (!found) continue;
    const m = ownerByWhose(tokens, mentions, found);
    if (
      !acceptObliques &&
      inAppositive(tokens, m, anchor, (c) => mentions.some((x) => x.last === c - 1))
    ) {
      // "Kenzo Oshima, the United Nations relief coordinator, urged ...": a person's appositive
      // names the office he acts for now, which a dictionary of people may not know (or know
      // from an earlier post). A state or group described ("Pakistan, a key U.S. ally,") keeps
      // its name.
      const head = mentionEndingAt(mentions, appositiveComma(tokens, m) - 1);
      if (
        head?.kind === 'person' &&
        m.actor.root &&
        (m.kind === 'organisation' || m.kind === 'state')
      ) {
        return { subject: m, clauseStart: Math.max(lowerBound, head.first - 1), appositive: true };
      }
      i = m.first;
      continue;
    }
    // "after Ecuadorian police forced their way in and arrested ...": after a subordinator, an
    // actor with its own verb right after it is that clause's subject, also for a verb the
    // clause coordinates later.
    const clauseSubject =
      subordinateSubject(tokens, mentions, m, anchor) || headOfPartitive(tokens, m);
    // "Allies including Poland and Lithuania pledged ...": the last member named of a group
    // that is the subject stands for the group (its "including" is no preposition).
    if (!acceptObliques && namedMembers(tokens, mentions, m).length > 0)
      return { subject: m, clauseStart: Math.max(lowerBound, m.first - 1) };
    if (!acceptObliques && conjunctOfOblique(tokens, m, mentions, anchor)) {
      i = m.first;
      continue;
    }
    if (
      acceptObliques
        ? Boolean(m.actor.root)
        : (clauseSubject ||
            !precededBy(tokens, m, PREPOSITIONS) ||
            doerInOpeningPhrase(tokens, m, lowerBound, anchor)) &&
          !m.locative &&
          !isModifier(tokens, m)
    ) {
      return { subject: m, clauseStart: Math.max(lowerBound, m.first - 1) };
    }
    i = m.first;
  }
  return { subject: null, clauseStart: lowerBound };
}

/**
 * "Taiwan, whose foreign minister accused Beijing ...": an office or body named with no country
 * after "whose" is the antecedent's, as "Taiwan's foreign minister" would be.
 */
function ownerByWhose(tokens: Token[], mentions: ActorMention[], m: ActorMention): ActorMention {
  if (m.actor.root || m.pronoun || tokens[m.first - 1]?.lower !== 'whose') return m;
  if (tokens[m.first - 2]?.lower !== ',') return m;
  const owner = mentionEndingAt(mentions, m.first - 3);
  if (!owner?.actor.root || owner.pronoun) return m;
  return mentionWith(m, { actor: withRoot(m.actor, owner.actor.root) });
}

/** A target that is the source itself or its own apparatus ("Russia ... its troops"). */
function isSelf(m: ActorMention, sources: ActorMention[]): boolean {
  // The same actor, or a state and its own apparatus ("Russia ... its troops"). Two different
  // branches of one state ("the Duma asked Putin") are two actors.
  return sources.some(
    (s) =>
      s.actor.root === m.actor.root &&
      (s.actor.sector === m.actor.sector ||
        (OWN_APPARATUS.has(m.actor.sector) && s.actor.sector === '') ||
        (m.actor.sector === '' && OWN_APPARATUS.has(s.actor.sector))),
  );
}

/**
 * "after Ecuadorian police forced their way in", "a week after India and China held talks": after
 * a subordinator, an actor (with its conjuncts) with its own verb right after it is that clause's
 * subject, also for a verb the clause coordinates later.
 */
function subordinateSubject(
  tokens: Token[],
  mentions: ActorMention[],
  m: ActorMention,
  anchor?: number,
): boolean {
  if (!precededBy(tokens, m, SUBORDINATORS)) return false;
  const end = (conjunctsAfter(tokens, mentions, m).at(-1) ?? m).last;
  const next = tokens[end + 1];
  return (
    (anchor !== undefined && onlyAuxBetween(tokens, end, anchor)) ||
    (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX'))
  );
}

/** "in Europe and Ukraine": the second member of a prepositional object is no subject either. */
function conjunctOfOblique(
  tokens: Token[],
  m: ActorMention,
  mentions: ActorMention[],
  anchor: number,
): boolean {
  const joiner = tokens[m.first - 1]?.lower;
  if (joiner !== 'and' && joiner !== 'or') return false;
  // "On Thursday Biden and Putin held": the first member is an actor of its own, not governed.
  const first = mentionEndingAt(mentions, m.first - 2);
  if (first)
    return (
      precededBy(tokens, first, PREPOSITIONS) &&
      !subordinateSubject(tokens, mentions, first, anchor)
    );
  for (let k = m.first - 2; k >= Math.max(0, m.first - 6); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === ',') return false;
    if (PREPOSITIONS.has(t.lower)) return true;
  }
  return false;
}

export function headOfPartitive(tokens: Token[], m: ActorMention): boolean {
  // "Thousands of angry demonstrators", "hundreds of Kurdish students": the group's adjectives
  // stand between "of" and the noun the actor finder took.
  let of = m.first - 1;
  while (of > 0 && tokens[of]!.pos === 'ADJ') of--;
  if (tokens[of]?.lower !== 'of') return false;
  const head = tokens[of - 1];
  const officeHeads = classWords('office-heads');
  // "The head of Sudan's army rejected ...": the one at the head of a body acts for it.
  if (!head || !(classWords('partitive-heads').has(head.lower) || officeHeads.has(head.lower)))
    return false;
  // Only at the start of the clause: "the withdrawal of thousands of troops" is no subject.
  const before = tokens[of - 2];
  return (
    !before ||
    before.pos === 'PUNCT' ||
    before.pos === 'DET' ||
    before.pos === 'ADJ' ||
    before.pos === 'NUM' ||
    before.pos === 'ADV' ||
    before.lower === 'of'
  );
}

/** Words that open a clause of time or cause when a subject and its verb follow ("after Iran fired"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'as',
  'because',
  'when',
  'once',
]);

function onlyAuxBetween(tokens: Token[], from: number, anchor: number): boolean {
  for (let i = from + 1; i < anchor; i++) {
    const p = tokens[i]!.pos;
    if (p !== 'AUX' && p !== 'ADV' && p !== 'PART') return false;
  }
  return true;
}

/** How far back from its closing comma an appositive's opening comma is looked for. */
const APPOSITIVE_REACH = 12;

/**
 * The opening comma of an appositive ", a/an/the ... that ..." that the comma at `close` ends,
 * when a named actor stands right before it ("Hamas, the group that runs Gaza,"); else null.
 */
function describedHeadComma(
  tokens: Token[],
  mentions: ActorMention[],
  close: number,
  lowerBound: number,
): number | null {
  for (let k = close - 1; k >= Math.max(lowerBound, close - APPOSITIVE_REACH); k--) {
    if (tokens[k]!.lower !== ',') continue;
    if (!['a', 'an', 'the'].includes(tokens[k + 1]?.lower ?? '')) return null;
    // Only an appositive holding a relative clause: others the mention walk passes already.
    const relative = tokens
      .slice(k + 2, close)
      .some((t) => RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'that');
    return relative && mentionEndingAt(mentions, k - 1)?.actor.root ? k : null;
  }
  return null;
}

/** "Pakistan, a key U.S. ally in the war, has refused": a mention inside ", a/an/the ... ," before the verb. */
/** The comma that opens the appositive `m` stands in (see `inAppositive`). */
function appositiveComma(tokens: Token[], m: ActorMention): number {
  let open = m.first - 1;
  while (open >= 0 && tokens[open]!.lower !== ',' && m.first - open < 6) open--;
  return open;
}

function inAppositive(
  tokens: Token[],
  m: ActorMention,
  anchor: number,
  mentionsBefore: (comma: number) => boolean,
): boolean {
  const open = appositiveComma(tokens, m);
  if (
    open < 0 ||
    tokens[open]!.lower !== ',' ||
    !['a', 'an', 'the'].includes(tokens[open + 1]?.lower ?? '')
  )
    return false;
  // Only when the appositive describes a named head ("Pakistan, a key U.S. ally, ..."); with an
  // unknown head ("Kenzo Oshima, the UN relief coordinator, ...") it is all we know of the subject.
  if (!mentionsBefore(open)) return false;
  for (let close = m.last + 1; close < anchor; close++)
    if (tokens[close]!.lower === ',') return true;
  return false;
}

/** "Indian" in "an Indian proposal": an adjective before a noun names no actor of the clause. */
function isModifier(tokens: Token[], m: ActorMention): boolean {
  if (!m.adjectiveOnly) return false;
  const next = tokens[m.last + 1];
  return next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
}

/** "backed by Russia", "joined by Italian vessels": the agent of a participle is not our object. */
function agentOfParticiple(tokens: Token[], m: ActorMention): boolean {
  if (tokens[m.first - 1]?.lower !== 'by') return false;
  const verb = tokens[m.first - 2];
  return verb !== undefined && verb.lower !== verb.lemma && /(?:ed|en|wn)$/.test(verb.lower);
}

/**
 * The conjuncts of an object, up to a name followed by its verb: "sanctions on Iran, and China
 * criticised the move" (China opens a clause of its own).
 */
function objectConjuncts(
  tokens: Token[],
  mentions: ActorMention[],
  m: ActorMention,
): ActorMention[] {
  const all = conjunctsAfter(tokens, mentions, m);
  const clause = all.findIndex((x) => {
    const after = tokens[x.last + 1];
    return after?.pos === 'VERB' || after?.pos === 'AUX';
  });
  return clause < 0 ? all : all.slice(0, clause);
}

/** Words that join a second clause: "..., and Hezbollah fired", "while Egypt warned". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

/** Whether a subject named at `at` (after its determiners) is followed by its verb. */
function opensClause(tokens: Token[], mentions: ActorMention[], at: number): boolean {
  let k = at;
  while (tokens[k]?.pos === 'DET') k++;
  const subject = mentions.find((x) => x.first === k && !x.pronoun);
  if (!subject) return false;
  // "and Ukrainian air defences shot down": the nouns a name modifies belong to the subject.
  let v = subject.last + 1;
  while (v < subject.last + 4 && tokens[v]?.pos === 'NOUN' && !/(?:ing|ed)$/.test(tokens[v]!.lower))
    v++;
  const verb = tokens[v];
  if (verb === undefined) return false;
  if (/(?:ing|ed)$/.test(verb.lower)) return verbAfterParticiple(tokens, v);
  return verb.pos === 'VERB' || verb.pos === 'AUX';
}

/**
 * Where a second clause with its own subject opens after `from` ("..., and G7 leaders meeting in
 * Bavaria denounced ..."), or `ceiling`: the act's object and place lie before it.
 */
export function nextClauseStart(
  tokens: Token[],
  mentions: ActorMention[],
  from: number,
  ceiling: number,
): number {
  for (let i = from + 1; i < ceiling; i++)
    if (CLAUSE_JOINERS.has(tokens[i]!.lower) && opensClause(tokens, mentions, i + 1)) return i;
  return ceiling;
}

/**
 * Where the clause holding `before` opens: just past the last joiner before it that opens a
 * clause with its own subject ("..., and the Security Council met"), or past a semicolon; 0
 * when the sentence's first clause holds it.
 */
export function clauseOpeningBefore(
  tokens: Token[],
  mentions: ActorMention[],
  before: number,
): number {
  for (let i = before - 1; i > 0; i--) {
    if (tokens[i]!.lower === ';') return i + 1;
    if (CLAUSE_JOINERS.has(tokens[i]!.lower) && opensClause(tokens, mentions, i + 1)) return i + 1;
  }
  return 0;
}

/** How far past a subject's participle ("G7 leaders meeting in Bavaria") its own verb may be. */
const PARTICIPLE_REACH = 6;

/**
 * Whether the word at `p`, after a subject, is its verb or opens a phrase describing it with the
 * clause's verb after ("and G7 leaders meeting in Bavaria denounced ..."). A past form the tagger
 * reads as a verb is the verb ("and Ugandan troops crossed into Kenya").
 */
function verbAfterParticiple(tokens: Token[], p: number): boolean {
  if (tokens[p]!.pos === 'VERB' && !/ing$/.test(tokens[p]!.lower)) return true;
  for (let k = p + 1; k < Math.min(tokens.length, p + 1 + PARTICIPLE_REACH); k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower)) return true;
  }
  return false;
}

function objectsAfter(
  tokens: Token[],
  mentions: ActorMention[],
  from: number,
  exclude: ActorMention[],
  ceiling: number,
  preferPreps: ReadonlySet<string> = NO_PREPS,
  thatUntil: number = from + 1,
  onlyPreferred = false,
  stopAtPurpose = false,
  aimed = false,
): ActorMention[] {
  const end = Math.min(tokens.length, from + MAX_OBJECT_DISTANCE, ceiling);
  let rootless: ActorMention | null = null;
  const skipped = new Set<ActorMention>();
  if (preferPreps.size > 0) {
    // "extradited a Russian citizen to the United States": the recipient is the target. A
    // trigger that ends in the preposition ("worked alongside UN peacekeepers ... the ceasefire
    // with Israel") names its partner right after it, before any later one.
    const start = preferPreps.has(tokens[from - 1]?.lower ?? '') ? from - 1 : from;
    for (let i = start; i < end; i++) {
      if (RIGHT_BARRIERS.has(tokens[i]!.lower) || absoluteWith(tokens, i)) break;
      if (!preferPreps.has(tokens[i]!.lower)) continue;
      // "with his Lithuanian counterpart": determiners and possessives may come between.
      let k = i + 1;
      while (
        k < i + 4 &&
        ['DET', 'PRON', 'NUM'].includes(tokens[k]?.pos ?? '') &&
        !mentions.some((x) => x.first === k)
      )
        k++;
      let m = mentions.find((x) => x.first === k);
      if (m && (!m.actor.root || isSelf(m, exclude))) {
        // "with Minister for Europe and Foreign Affairs of France Jean-Yves Le Drian": a bare
        // title takes the named actor that completes it.
        const named = mentions.find(
          (x) =>
            x.first > m!.last &&
            x.first <= m!.last + 10 &&
            x.actor.root &&
            !x.pronoun &&
            !isSelf(x, exclude),
        );
        const gap = named ? tokens.slice(m.last + 1, named.first) : [];
        if (
          named &&
          !gap.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || RIGHT_BARRIERS.has(t.lower))
        )
          m = named;
      }
      if (
        m &&
        !(m.actor.root && isSelf(m, exclude)) &&
        !(m.pronoun && exclude.some((x) => x.actor.root === m!.actor.root))
      ) {
        return [
          m,
          ...objectConjuncts(tokens, mentions, m).filter(
            (x) => x.actor.root && !isSelf(x, exclude),
          ),
        ];
      }
    }
    if (onlyPreferred) return [];
  }
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    // "demanded that the US ..." : "that" right after the verb opens its object clause. The
    // "as" of "countries such as Iran" opens the group's members, no clause.
    if (RIGHT_BARRIERS.has(t.lower) && !suchAsMembers(tokens, i)) break;
    if (t.lower === 'that' && i > Math.max(from + 1, thatUntil)) break;
    // "met in Helsinki to discuss NATO enlargement": for talks and agreements a purpose
    // infinitive names the topic, not a party.
    if (stopAtPurpose && t.lower === 'to' && i > from && tokens[i + 1]?.pos === 'VERB') break;
    // "... and has urged its citizens": a second predicate ends the object.
    if (t.lower === 'and' && (tokens[i + 1]?.pos === 'AUX' || tokens[i + 1]?.pos === 'VERB')) break;
    // "seized a ship, and the United States imposed sanctions": a second clause with its own
    // subject ends the object too.
    if (CLAUSE_JOINERS.has(t.lower) && opensClause(tokens, mentions, i + 1)) break;
    const m = mentions.find((x) => x.first === i);
    if (!m) continue;
    // "lashed out at Lithuania", "voiced dismay at Serbia's troop build-up": an act aimed at
    // someone names them with "at" right after its words; elsewhere "at X" is a place.
    const aimedAt = aimed && tokens[m.first - 1]?.lower === 'at' && m.first - 1 <= from;
    // "spoke with Putin, urging him to ...": "him" read as the doer is the other one.
    const unbound = unboundObject(tokens, mentions, m, exclude, from);
    if (unbound === 'unknown') return [];
    if (unbound) return [unbound];
    if (
      skipped.has(m) ||
      exclude.includes(m) ||
      (m.locative && !aimedAt) ||
      (m.pronoun && exclude.some((x) => x.actor.root === m.actor.root)) ||
      agentOfParticiple(tokens, m)
    ) {
      if (agentOfParticiple(tokens, m))
        conjunctsAfter(tokens, mentions, m).forEach((x) => skipped.add(x));
      i = m.last;
      continue;
    }
    if (
      tokens[m.last + 1]?.lower === '-' &&
      /^[a-z]+(?:ed|en|de|lt|ilt)$/.test(tokens[m.last + 2]?.lower ?? '') &&
      !OWNER_PARTICIPLES.has(tokens[m.last + 2]?.lower ?? '')
    ) {
      // "Russian-made rockets", "U.S.-drafted resolution": a maker is no target; the leader of
      // "the US-led coalition" or the owner of "a British-flagged tanker" is its party.
      i = m.last;
      continue;
    }
    if (m.adjectiveOnly && PLACE_NOUNS.has(tokens[m.last + 1]?.lower ?? '')) {
      // "on the Thai border", "in Russian airspace": a place, not a party.
      i = m.last;
      continue;
    }
    if (!m.actor.root) {
      rootless ??= m;
      i = m.last;
      continue;
    }
    if (isSelf(m, exclude)) {
      i = m.last;
      continue;
    }
    return [
      m,
      ...objectConjuncts(tokens, mentions, m).filter((x) => x.actor.root && !isSelf(x, exclude)),
    ];
  }
  // A sector noun with no country ("accepted demands from rebels"): the coder gives it a root.
  return rootless ? [rootless] : [];
}

/** Words right before a joint act's third party: "supported Kyiv", "support for Kyiv". */
const RECIPIENT_OF_JOINT: ReadonlySet<string> = new Set(['for', 'to', 'against']);

/** The mention at `first` is a verb's object or follows RECIPIENT_OF_JOINT ("the" between). */
export function recipientOfJoint(tokens: Token[], first: number): boolean {
  const k = tokens[first - 1]?.pos === 'DET' ? first - 2 : first - 1;
  const t = tokens[k];
  return !!t && (t.pos === 'VERB' || RECIPIENT_OF_JOINT.has(t.lower));
}

/**
 * "Denmark and the Netherlands pledged on Sunday to give Ukraine F-16 jets", "agreed to send
 * troops to Mali": the only verb between the act and the party is a verb of class `giving-verbs`
 * right after "to", so the party is the one the promised thing goes to, each member's target;
 * any other verb ("met to discuss NATO") makes it the topic of a purpose. With `rightAfter`,
 * the party must follow the verb at once ("to give Ukraine jets").
 */
function givenInComplement(
  tokens: Token[],
  triggerEnd: number,
  first: number,
  rightAfter = false,
): boolean {
  const verbs: number[] = [];
  for (let k = triggerEnd + 1; k < first; k++) if (tokens[k]!.pos === 'VERB') verbs.push(k);
  if (verbs.length !== 1) return false;
  const v = verbs[0]!;
  if (rightAfter && v !== first - 1) return false;
  return tokens[v - 1]?.lower === 'to' && classWords('giving-verbs').has(tokens[v]!.lemma);
}

/**
 * The objects of the active verb whose trigger ends at `last`, its doers being `doers` (an object
 * that is a doer or its own apparatus is passed over): what `rolesOf` finds after the verb, asked
 * again when the doers turn out to be others than the words left of the verb.
 */
export function verbObjects(
  tokens: Token[],
  mentions: ActorMention[],
  last: number,
  doers: ActorMention[],
  ceiling: number = tokens.length,
  jointActs = false,
  preferPreps: ReadonlySet<string> = NO_PREPS,
  triggerEnd: number = last,
  partnerOnly = false,
): ActorMention[] {
  return partnerOnly
    ? objectsAfter(tokens, mentions, last + 1, doers, ceiling, PARTNER_PREPS, triggerEnd + 2, true)
    : objectsAfter(
        tokens,
        mentions,
        last + 1,
        doers,
        ceiling,
        preferPreps,
        triggerEnd + 2,
        false,
        false,
        !jointActs,
      );
}

/** Prepositions after a passive participle that name the one a thing was aimed at. */
const PASSIVE_AIMS: ReadonlySet<string> = new Set(['on', 'against']);

/**
 * Source(s) and target(s) of the trigger spanning tokens `anchor`..`last`. `clauseFloor` is the
 * first token the subject may be searched from (the start of the sentence, or of a quoted clause).
 */
export function rolesOf(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  last: number,
  clauseFloor: number,
  ceiling: number = tokens.length,
  jointActs = false,
  preferPreps: ReadonlySet<string> = NO_PREPS,
  triggerEnd: number = last,
  partnerOnly = false,
): Roles {
  if (isPassive(tokens, anchor)) {
    // "X was attacked by Y": Y acts on X.
    const { subject: patient, clauseStart } = subjectBefore(
      tokens,
      mentions,
      anchor,
      clauseFloor,
      true,
    );
    let agent: ActorMention | null = null;
    // "Sanctions were imposed on Iran by the EU": with a thing for subject, the one it falls on
    // is named after "on" or "against" before the agent.
    let aimed: ActorMention | null = null;
    for (let i = last + 1; i < Math.min(ceiling, last + 8); i++) {
      if (RIGHT_BARRIERS.has(tokens[i]!.lower)) break;
      if (!patient && !aimed && PASSIVE_AIMS.has(tokens[i]!.lower))
        aimed = mentions.find((m) => m.first > i && m.first <= i + 3 && m.actor.root) ?? null;
      if (tokens[i]!.lower === 'by') {
        agent = agentAfterBy(tokens, mentions, i);
        break;
      }
    }
    const struck = patient
      ? [...conjunctsBefore(tokens, mentions, patient), patient]
      : aimed && agent
        ? [aimed, ...conjunctsAfter(tokens, mentions, aimed)]
        : [];
    return {
      sources: agent ? [agent, ...conjunctsAfter(tokens, mentions, agent)] : [],
      targets: struck,
      passive: true,
      clauseStart,
    };
  }
  const { subject, clauseStart, appositive } = subjectBefore(
    tokens,
    mentions,
    anchor,
    clauseFloor,
    false,
  );
  let sources: ActorMention[] = [];
  // The person an appositive describes is no second subject beside it.
  if (subject && appositive) sources = [subject];
  else if (subject) sources = shareSector([...conjunctsBefore(tokens, mentions, subject), subject]);
  // "Western partners including the United States, Britain and France": each member named acts.
  const members = subject ? namedMembers(tokens, mentions, subject) : [];
  if (members.length > 0) sources = members;
  if (subject?.partner) sources = [subject, subject.partner];
  let targets = verbObjects(
    tokens,
    mentions,
    last,
    sources,
    ceiling,
    jointActs,
    preferPreps,
    triggerEnd,
    partnerOnly,
  );
  // "The United States and Jordan agreed ...", "A and B signed a treaty": a joint subject of a
  // joint act (or with no object) is one event between the two (the gold marks these symmetric).
  const partnerObject = targets[0] !== undefined && tokens[targets[0].first - 1]?.lower === 'with';
  // "France, Germany and Italy voiced support for Ukraine": a third party named as the object
  // is each member's target, as for any other act ("recognised a Palestinian state" too). Only
  // a state or body right after the verb or after "for", "to" or "against", in the act's own
  // clause: a place ("at a hotel in Singapore"), one after another preposition ("data on North
  // Korean launches"), an owner ("to the North's tests"), a city before a noun ("the Pretoria
  // agreement") or the topic of a purpose ("met to discuss NATO") tells where or what, not whom.
  const thirdParty =
    targets.length > 0 &&
    targets.every(
      (m) =>
        m.actor.root &&
        !m.locative &&
        !m.pronoun &&
        // "to give Ukraine F-16 jets": after a verb of giving, a state before a noun is the one
        // given to, not a modifier of the noun nor the owner of the jets.
        (givenInComplement(tokens, triggerEnd, m.first, true) ||
          ((!m.modifier || m.adjectiveOnly) &&
            (m.kind === 'state' || m.kind === 'organisation'))) &&
        recipientOfJoint(tokens, m.first) &&
        (tokens[m.last + 1]?.lower !== "'s" || ownsAnAct(tokens, m.last + 2)) &&
        (!tokens.slice(triggerEnd + 1, m.first).some((t) => t.pos === 'VERB') ||
          givenInComplement(tokens, triggerEnd, m.first)) &&
        !sources.some((x) => x.actor.root === m.actor.root),
    );
  if (sources.length >= 2 && jointActs && !partnerObject && !thirdParty) {
    targets = sources.slice(1);
    sources = sources.slice(0, 1);
  }
  return { sources, targets, passive: false, clauseStart };
}

/**
 * Whether the noun phrase from `k` (after an owner's "'s") is an act of the owner taken up by a
 * word of the class `back-references` ("support for Rabat's operation", "backed Kyiv's bid"):
 * backing the act backs its owner, unlike "to the North's tests", which tells what about.
 */
function ownsAnAct(tokens: Token[], k: number): boolean {
  while (tokens[k]?.pos === 'ADJ') k++;
  return classWords('back-references').has(tokens[k]?.lower ?? '');
}

/** A verb that credits what the sentence says to a source (", officials said", ", according to"). */
function attributionVerb(t: Token): boolean {
  const verbs = classWords('attribution-verbs');
  return verbs.has(t.lemma) || verbs.has(t.lower);
}

/**
 * Where a trailing attribution starts (", the White House announced Tuesday", ", according to
 * officials"): objects are not searched past it. Returns `tokens.length` when there is none.
 */
export function attributionStart(tokens: Token[]): number {
  // A headline's credit: "Lavrov and Le Drian hold phone talks - TASS".
  const n = tokens.length;
  for (let d = Math.max(0, n - 5); d < n - 1; d++) {
    if (
      tokens[d]!.lower === '-' &&
      tokens
        .slice(d + 1)
        .every((t) => t.pos === 'PROPN' || t.pos === 'PUNCT' || /^[A-Z]/.test(t.text))
    ) {
      return d;
    }
  }
  for (let c = 0; c < tokens.length; c++) {
    if (tokens[c]!.lower !== ',') continue;
    for (let k = c + 1; k < Math.min(tokens.length, c + 10); k++) {
      const t = tokens[k]!;
      if (t.lower === ',' || t.lower === ';') break;
      if (attributionVerb(t)) {
        if (t.lower === 'according' || t.pos === 'VERB') {
          // The attribution must run to the end of the sentence (or its next comma-free stretch).
          return c;
        }
      }
    }
  }
  return tokens.length;
}

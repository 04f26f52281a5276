// Finding the words that report an act ("shelled", "imposed new sanctions on", "held talks").
import type { Token } from '../nlp/analyse.js';
import { expandAnchor, type CompiledPattern, type PatternIndex } from './patterns.js';
import { classWords } from './word-classes.js';
import { isHeadAdjective } from './nominal.js';
import { chosenGerund } from './chosen-acts.js';
import { meansGerundNoun } from './means-gerunds.js';
import { accusedGerund } from './accused-gerunds.js';
import type { DoerSectors } from './doer-sectors.js';
import { infinitiveAfterAdjuncts, timeEnd } from './intent-adjuncts.js';

export interface TriggerMatch {
  pattern: CompiledPattern;
  /** Index of the anchor token (the verb). */
  anchor: number;
  /** Last token the pattern consumed. */
  last: number;
  /** Every token the pattern named (gaps excluded). */
  tokens: number[];
}

const MAX_GAP = 7;
/**
 * Imported patterns name the head of the object ("rush * relief"), which stands within a few
 * words of the verb; a longer reach finds the word in another phrase ("remove any doubts Iraq
 * still possesses weapons").
 */
const MAX_IMPORTED_GAP = 4;
const DETERMINER_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my', 'whose']);
/** Words the tagger reads as adjectives that open an object of number: "beheaded several villagers". */
const OBJECT_QUANTIFIERS = new Set([
  'several',
  'many',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
]);
const GAP_STOPS = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '(',
  ')',
  '"',
  'that',
  'which',
  'who',
  'but',
  // Conjunctions that open a clause of their own: "flew to Madrid after Spain granted him
  // asylum" is no "fly ... grants".
  'after',
  'before',
  'while',
  'when',
  'because',
  'although',
  'unless',
  'whereas',
]);

/**
 * The forms a pattern word may meet: the lemma, the word as written, and plain suffix strips,
 * because the tagger's lemmas slip on some verbs ("staged" → "stag").
 */
/** Irregular past forms the tagger sometimes reads as nouns ("forces shot down a jet"). */
const IRREGULAR_PAST: Record<string, string> = {
  shot: 'shoot',
  struck: 'strike',
  fought: 'fight',
  held: 'hold',
  met: 'meet',
  sent: 'send',
  took: 'take',
  gave: 'give',
  led: 'lead',
  began: 'begin',
  spoke: 'speak',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  retook: 'retake',
  retaken: 'retake',
  overran: 'overrun',
  seized: 'seize',
  beat: 'beat',
  hit: 'hit',
  froze: 'freeze',
  frozen: 'freeze',
  drove: 'drive',
  threw: 'throw',
  brought: 'bring',
  kept: 'keep',
  stood: 'stand',
  broke: 'break',
  broken: 'break',
  cut: 'cut',
  shut: 'shut',
  sought: 'seek',
  bombed: 'bomb',
  shelled: 'shell',
};

export function formsOf(t: Token): string[] {
  const w = t.lower;
  const forms = [t.lemma, w];
  const irregular = IRREGULAR_PAST[w];
  if (irregular) forms.push(irregular);
  if (w.endsWith('ied')) forms.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('ed')) forms.push(w.slice(0, -1), w.slice(0, -2));
  if (w.endsWith('ing')) forms.push(w.slice(0, -3), w.slice(0, -3) + 'e');
  // A doubled final consonant the lemmatiser left in place: "unbanned", "unbanning" (unban).
  const doubled = /([bdfglmnprtz])\1(?:ed|ing)$/.exec(w);
  if (doubled) forms.push(w.slice(0, doubled.index + 1));
  if (w.endsWith('ies')) forms.push(w.slice(0, -3) + 'y');
  else if (w.endsWith('es')) forms.push(w.slice(0, -1), w.slice(0, -2));
  else if (w.endsWith('s')) forms.push(w.slice(0, -1));
  return forms;
}

function wordAt(tokens: Token[], i: number, word: string): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.lemma === word || t.lower === word) return true;
  return (
    word.length > 3 && t.lower.startsWith(word.slice(0, 3)) && wordForms(t).forms.includes(word)
  );
}

/** Length in tokens of `alt` matched at `i`, or 0. */
function matchAlternative(tokens: Token[], i: number, alt: string[]): number {
  for (let k = 0; k < alt.length; k++) if (!wordAt(tokens, i + k, alt[k]!)) return 0;
  return alt.length;
}

/**
 * Quantifiers floated after a subject ("Eritrea and Ethiopia each accused ...", "both sides
 * agreed"): the word after them is the verb, not a participle used as an adjective.
 */
const FLOATING_QUANTIFIERS = new Set(['each', 'both', 'all']);

/** A plural noun or a collective one ("gunmen", "police"): a subject a verb may follow. */
const PLURAL_SUBJECT = /(?:[^s]s|men|police|militia)$/;

/** Words after which a word is a noun: "Albania's help", "its support", "their protest". */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'our', 'my', 'your']);

function isVerbal(token: Token, prev: Token | undefined, next?: Token, prev2?: Token): boolean {
  // "to allow wounded Palestinians to leave", "the detained journalists": a past form between a
  // verb (or a determiner) and the noun it modifies is an adjective of the object.
  if (
    token.lower.endsWith('ed') &&
    prev !== undefined &&
    (isMainVerb(prev) || prev.pos === 'DET') &&
    (next?.pos === 'NOUN' || next?.pos === 'PROPN')
  )
    return false;
  // The tagger reads some nouns after a possessive as verbs ("with Albania's help").
  if (
    prev !== undefined &&
    ((prev.pos === 'PART' && (prev.lower === "'s" || prev.lower === '’s')) ||
      POSSESSIVE_DETERMINERS.has(prev.lower))
  )
    return false;
  if (token.pos === 'VERB') return true;
  // "NATO launches drills near ...", "Hungary orders oil shipments": a headline or lead in the
  // present tense; the tagger reads the verb's -s form after a name opening the sentence as a
  // plural noun. Before a word that opens its object it is the verb.
  if (
    token.pos === 'NOUN' &&
    /[^s]s$/.test(token.lower) &&
    prev?.pos === 'PROPN' &&
    (prev2 === undefined || prev2.pos === 'PROPN' || prev2.pos === 'DET') &&
    next !== undefined &&
    ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(next.pos)
  )
    return true;
  // "Macron had a phone conversation with Putin": the tagger reads every "have" as an auxiliary;
  // before a determiner (not a participle) it is the main verb.
  if (token.pos === 'AUX' && token.lemma === 'have' && next?.pos === 'DET') return true;
  // "Ukrainian forces shot down a jet", "had shot down", "forces shot dead two protesters": a
  // past form between a subject (or an auxiliary) and an object.
  if (
    token.lower in IRREGULAR_PAST &&
    prev !== undefined &&
    ['NOUN', 'PROPN', 'PRON', 'AUX'].includes(prev.pos) &&
    next !== undefined &&
    (['DET', 'ADP', 'PROPN', 'PRON', 'NUM'].includes(next.pos) || next.lower === 'dead')
  )
    return true;
  // "the government relaxed the curfew", "Pakistan alleged that ...", "Nigeria abducted 80": the
  // tagger reads some past forms as adjectives; between a subject and a determiner or number
  // that opens its object, or the "that" that opens its clause, a past form is the verb.
  if (
    (token.pos === 'ADJ' || token.pos === 'NOUN') &&
    token.lower.endsWith('ed') &&
    prev !== undefined &&
    (['NOUN', 'PROPN', 'PRON'].includes(prev.pos) || FLOATING_QUANTIFIERS.has(prev.lower)) &&
    next !== undefined &&
    (next.pos === 'DET' ||
      next.pos === 'NUM' ||
      DETERMINER_PRONOUNS.has(next.lower) ||
      OBJECT_QUANTIFIERS.has(next.lower) ||
      next.lower === 'that')
  )
    return true;
  // "Gunmen abducted dozens of villagers", "soldiers looted shops", "police rounded up dozens",
  // "troops encircled El Fasher": between a plural subject and a noun or name that opens the
  // object, or a verb's particle, likewise.
  if (
    (token.pos === 'ADJ' || token.pos === 'NOUN') &&
    token.lower.endsWith('ed') &&
    prev !== undefined &&
    (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    PLURAL_SUBJECT.test(prev.lower) &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || PARTICLES.has(next.lower))
  )
    return true;
  // "Qatar mediated between ...", "Kenya's president mediated between": after a name or a
  // singular head noun, before a preposition, likewise; "Turkey mediated talks": after a name
  // opening the sentence, before a noun.
  if (
    (token.pos === 'ADJ' || token.pos === 'NOUN') &&
    token.lower.endsWith('ed') &&
    ((prev?.pos === 'PROPN' && (next?.pos === 'ADP' || (next?.pos === 'NOUN' && !prev2))) ||
      (prev?.pos === 'NOUN' && prev2?.pos === 'PART' && next?.pos === 'ADP'))
  )
    return true;
  // "the attorney general accused Russia", "the UN secretary general urged both sides": the
  // tagger reads a title's postpositive "general" as an adjective and the verb after it as the
  // noun it qualifies ("the accused"); the title is the subject and the past form its verb.
  if (
    (token.pos === 'ADJ' || token.pos === 'NOUN') &&
    token.lower.endsWith('ed') &&
    prev?.lower === 'general' &&
    prev2?.pos === 'NOUN' &&
    next !== undefined &&
    ['DET', 'NUM', 'PROPN', 'PRON', 'NOUN', 'ADJ'].includes(next.pos)
  )
    return true;
  // The tagger sometimes reads participles as adjectives ("were wounded", "had been shelled"):
  // after an auxiliary, a participle ending is verb enough. "fierce fighting" stays a noun.
  return (
    (token.pos === 'ADJ' || token.pos === 'NOUN') &&
    /(?:ed|ing)$/.test(token.lower) &&
    prev !== undefined &&
    (prev.pos === 'AUX' || prev.pos === 'PART')
  );
}

/**
 * Whether the word at `k` ends a pattern's gap. A comma between two names is a list's ("accused
 * Russia, Belarus and Iran of ...", "ordered the diplomats of Argentina, Chile and Peru to
 * leave"), not the end of the phrase.
 */
function gapStop(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!GAP_STOPS.has(t.lower)) return false;
  if (t.lower === '"') return !quotedNounPhrase(tokens, k);
  if (t.lower !== ',') return true;
  if (tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN') return false;
  return !nounListComma(tokens, k);
}

/** Parts of speech a short quoted noun phrase is made of ("strong dissatisfaction"). */
const QUOTED_PHRASE_POS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NOUN',
  'PROPN',
  'NUM',
  'ADV',
  'CCONJ',
]);
/** The most words a quoted phrase inside a gap may hold. */
const QUOTED_PHRASE_MAX = 5;

/**
 * Whether the straight quotation mark at `k` opens or closes a short quoted noun phrase: 'expressed
 * "strong dissatisfaction" with Japan' is the act with its words quoted, as diplomatic reports
 * put them, not a quotation that ends the phrase. Quoted speech (a verb inside, or longer) still
 * stops the gap.
 */
function quotedNounPhrase(tokens: readonly Token[], k: number): boolean {
  const inside = (from: number, to: number): boolean => {
    if (to - from < 1 || to - from > QUOTED_PHRASE_MAX) return false;
    if (quotedSlogan(tokens, from)) return true;
    for (let i = from; i < to; i++) if (!QUOTED_PHRASE_POS.has(tokens[i]!.pos)) return false;
    return true;
  };
  // Straight quotes do not say which way they face: an even number before this one opens.
  let before = 0;
  for (let i = 0; i < k; i++) if (tokens[i]!.lower === '"') before++;
  if (before % 2 === 0) {
    for (let j = k + 2; j <= k + QUOTED_PHRASE_MAX + 1 && j < tokens.length; j++)
      if (tokens[j]!.lower === '"') return inside(k + 1, j);
  } else {
    for (let j = k - 2; j >= k - QUOTED_PHRASE_MAX - 1 && j >= 0; j--)
      if (tokens[j]!.lower === '"') return inside(j + 1, k);
  }
  return false;
}

/**
 * Whether a quoted phrase opening at `from` is a crowd's slogan ("death to America", "down with
 * France": word class `slogan-openers`). Chanted or shouted, it is what the crowd said against
 * someone, as short as a quoted noun phrase though its preposition is no word of one; so a gap
 * of 'chanted "death to America"' reaches the slogan's party (`protest.slogan-against`).
 */
function quotedSlogan(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from]?.lower;
  const second = tokens[from + 1]?.lower;
  if (first === undefined || second === undefined) return false;
  return classWords('slogan-openers').has(`${first}_${second}`);
}

/** Auxiliaries that only a finite clause holds ("had", "will"; not "be" or "been"). */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'did',
  'does',
]);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they']);

/**
 * Whether the gap word at `k` is the finite verb of a clause of its own: "after the Irish
 * president had finished talks with Zelensky" is no "after ... talks with" phrase of the main
 * clause's subject. A finite auxiliary, or an inflected verb right after a name or a subject
 * pronoun ("after Martin finished talks with"); a participle after a common noun ("troops
 * stationed in") is no clause.
 */
function finiteVerbInGap(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'AUX') return FINITE_AUXILIARIES.has(t.lower);
  if (t.pos !== 'VERB' || t.lower === t.lemma || t.lower.endsWith('ing')) return false;
  const prev = tokens[k - 1];
  return prev !== undefined && (prev.pos === 'PROPN' || SUBJECT_PRONOUNS.has(prev.lower));
}

/**
 * Whether the gap word at `k` opens an infinitive clause ("to" and a verb): "moved on Tuesday to
 * punish Tehran for shipping missiles" is a step taken, not missiles moved, so "move * @forces"
 * does not reach over "to punish". The infinitive's verb has its own patterns. A pattern whose
 * next word is that verb ("ordered the monitors to leave") still matches it.
 */
function infinitiveInGap(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lower === 'to' && tokens[k]!.pos === 'PART' && tokens[k + 1]?.pos === 'VERB';
}

/** Whether one of the step's alternatives matches at `k`. */
function stepMatchesAt(
  tokens: Token[],
  step: CompiledPattern['steps'][number],
  k: number,
): boolean {
  return step.alternatives.some((alt) => matchAlternative(tokens, k, alt) > 0);
}

/** Word classes that may stand in an item of a list of things ("medical personnel"). */
const LIST_ITEM_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM']);

/**
 * Whether the comma at `k` separates items of a list of common nouns closed by "and" ("sending
 * 150 engineers, medical personnel and aid workers to Turkey"): a noun before it, and items of
 * nouns, adjectives and numbers after it up to the "and" (or a further comma of the list).
 */
function nounListComma(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.pos !== 'NOUN') return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    const t = tokens[j]!;
    if (t.lower === 'and') return j > k + 1 && tokens[j - 1]!.pos === 'NOUN';
    if (t.lower === ',') return j > k + 1 && tokens[j - 1]!.pos === 'NOUN';
    if (!LIST_ITEM_POS.has(t.pos)) return false;
  }
  return false;
}

function matchPattern(
  tokens: Token[],
  anchor: number,
  pattern: CompiledPattern,
): TriggerMatch | null {
  const used: number[] = [];
  const end = matchSteps(tokens, pattern, 0, anchor, used);
  return end < 0 ? null : { pattern, anchor, last: end - 1, tokens: used };
}

/**
 * Matches the pattern's steps from step `s` at token `pos`, pushing the tokens named onto
 * `used`; the position after the last step, or -1. A step's gap is searched leftmost first, as
 * before; where several of its alternatives match there ("out of" and "out" in "pull * out_of|out
 * * of * @memberships"), each is tried with the steps after it, so a longer alternative that
 * leaves the next step nothing to match does not sink the pattern.
 */
function matchSteps(
  tokens: Token[],
  pattern: CompiledPattern,
  s: number,
  pos: number,
  used: number[],
): number {
  if (s === pattern.steps.length) return pos;
  const step = pattern.steps[s]!;
  const maxSkip =
    s === 0 ? 0 : step.gapBefore ? (pattern.imported ? MAX_IMPORTED_GAP : MAX_GAP) : 0;
  let at = pos;
  // "vowed on Tuesday to retaliate", "agreed in principle to impose": the infinitive's "to"
  // that a verb's pattern names next may stand after a time, an adverb or a venue.
  if (s === 1 && !step.gapBefore && infinitiveStep(step) && tokens[pos]?.lower !== 'to') {
    const to = infinitiveAfterAdjuncts(tokens, pos);
    if (to >= 0) at = to;
  }
  // Whether the gap has just passed over an apposition (its closing comma is no stop).
  let passed = false;
  for (let skip = 0; skip <= maxSkip; skip++) {
    const t = tokens[at];
    if (!t) return -1;
    if (skip > 0 && !passed && gapStop(tokens, at - 1) && at - 1 >= pos) return -1;
    // The first alternative matching here is tried at once (no list is built on the common
    // path); another of a new length only if the steps after the first fail.
    let tried = 0;
    let more: number[] | undefined;
    for (const alt of step.alternatives) {
      const matched = matchAlternative(tokens, at, alt);
      if (matched === 0) continue;
      // "called Greek Foreign Minister Nikos Dendias on Tuesday": a preposition that a date or
      // a day follows is the time of the act, not the pattern's "call ... on" (or "impose ...
      // on") reached over a gap.
      if (
        skip > 0 &&
        s === pattern.steps.length - 1 &&
        tokens[at + matched - 1]!.pos === 'ADP' &&
        timeFollows(tokens, at + matched)
      )
        continue;
      if (matched === tried || more?.includes(matched)) continue;
      if (tried === 0) tried = matched;
      else (more ??= []).push(matched);
      const mark = used.length;
      for (let k = 0; k < matched; k++) used.push(at + k);
      const end = matchSteps(tokens, pattern, s + 1, at + matched, used);
      if (end >= 0) return end;
      used.length = mark;
    }
    if (tried > 0) return -1;
    // "placed Prince Hamzah, a half-brother of the king, under house arrest": an apposition
    // after a name counts as one word of the gap.
    const close = skip < maxSkip ? appositionClose(tokens, at) : -1;
    if (close > 0) {
      at = close + 1;
      passed = true;
      continue;
    }
    if (gapStop(tokens, at) || finiteVerbInGap(tokens, at)) return -1;
    if (infinitiveInGap(tokens, at) && !stepMatchesAt(tokens, step, at + 1)) return -1;
    // "launched its biggest-ever ground operation": an imported pattern's short gap reaches the
    // head of its object, and a word joined by hyphens is one word of that noun phrase, not
    // three. (The hand-kept gaps are long enough already; counting there too let "adopt" reach
    // over "far-reaching" to a package it did not adopt.)
    if (pattern.imported && inHyphenCompound(tokens, at)) skip--;
    at++;
    passed = false;
  }
  return -1;
}

/**
 * Whether the token at `k` is a hyphen joined to the words on both sides, or the word right
 * after one: the pieces of a compound ("biggest-ever", "Russian-backed") that a gap does not
 * count beside its first word.
 */
function inHyphenCompound(tokens: readonly Token[], k: number): boolean {
  // The hyphen at `h`, glued to the word after it (`joinedToHyphen`) and to the word before.
  const joined = (h: number): boolean =>
    h + 1 < tokens.length &&
    joinedToHyphen(tokens, h + 1) &&
    tokens[h - 1]?.end === tokens[h]!.start;
  return tokens[k]!.lower === '-' ? joined(k) : joined(k - 1);
}

/** How far an apposition inside a gap may run. */
const APPOSITION_REACH = 14;
/** Word classes that may open an apposition ("a half-brother", "the ousted leader", "former"). */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
/** Word classes an apposition may hold: a noun phrase, with its prepositions and names. */
const APPOSITION_POS: ReadonlySet<string> = new Set([
  'DET',
  'ADJ',
  'NUM',
  'NOUN',
  'PROPN',
  'ADP',
  'CCONJ',
  'PART',
  'PUNCT',
]);

/**
 * The index of the comma closing an apposition opened by the comma at `k`, or -1: a name, a
 * comma, a noun phrase opened by a determiner, an adjective or a number, and a closing comma
 * ("Prince Hamzah, a half-brother of King Abdullah and former crown prince, under ..."). A
 * relative clause (", who ..."), a list of names (", Chile and Peru") or a phrase with a verb
 * is no apposition.
 */
export function appositionClose(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== ',' || tokens[k - 1]?.pos !== 'PROPN') return -1;
  if (!APPOSITION_OPENERS.has(tokens[k + 1]?.pos ?? '')) return -1;
  for (let j = k + 2; j < Math.min(tokens.length, k + APPOSITION_REACH); j++) {
    const t = tokens[j]!;
    if (t.lower === ',') return j;
    if (t.pos === 'PUNCT' && t.lower !== '-') return -1;
    if (!APPOSITION_POS.has(t.pos)) return -1;
  }
  return -1;
}

/** Whether a step names only "to" (the infinitive marker, or the preposition). */
function infinitiveStep(step: CompiledPattern['steps'][number]): boolean {
  return step.alternatives.length === 1 && step.alternatives[0]!.join(' ') === 'to';
}

/** A day, a date or a month at `at` ("Tuesday", "March 3", "3 March", "the weekend"). */
function timeFollows(tokens: Token[], at: number): boolean {
  return timeEnd(tokens, tokens[at]?.lower === 'the' ? at + 1 : at) >= 0;
}

/** Parts of speech of the words of an act named by a noun ("drone strike", "call for"). */
const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PUNCT', 'ADP']);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/**
 * In the passive the object a pattern names has moved before the verb ("Dozens of detainees were
 * freed by ..."): a two-step pattern also matches when its second step is in the few words
 * before "was/were".
 */
function matchPassive(
  tokens: Token[],
  anchor: number,
  pattern: CompiledPattern,
): TriggerMatch | null {
  if (pattern.steps.length !== 2 || pattern.steps[0]!.alternatives.some((a) => a.length > 1))
    return null;
  // "jets, which had been flying over the valley": a progressive is no passive.
  if (tokens[anchor]!.lower.endsWith('ing')) return null;
  let be = anchor - 1;
  while (be >= 0 && tokens[be]!.pos === 'ADV') be--;
  if (be < 0 || !BE_FORMS.has(tokens[be]!.lower)) return null;
  const step = pattern.steps[1]!;
  for (let i = be - 1; i >= Math.max(0, be - 6); i--) {
    for (const alt of step.alternatives) {
      if (alt.length === 1 && matchAlternative(tokens, i, alt)) {
        return { pattern, anchor, last: anchor, tokens: [anchor] };
      }
    }
  }
  return null;
}

/** Parts of speech that open a direct object: a noun phrase ("its resolve", "a missile"). */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words that open a clause as object ("demonstrated that ...", "showed how ..."). */
const CLAUSE_OBJECTS = new Set(['that', 'how', 'what', 'why', 'whether']);
/** Determiners of a bare time phrase ("last week", "every Friday"), no object. */
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'every', 'each', 'all', 'later']);

/**
 * Whether the verb at `last` takes a direct object: the next word opens a noun phrase or an
 * object clause (a pattern's verb is its first word: "killed twelve soldiers in an ambush" has
 * one, "were killed in an ambush" has none). A preposition, an adverb, punctuation, a conjunction, the
 * sentence's end or a bare time ("demonstrated Friday", "marched last week"; the word class
 * `bare-times`) leave it without one.
 */
export function takesObject(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  if (CLAUSE_OBJECTS.has(next.lower)) return true;
  if (!OBJECT_OPENERS.has(next.pos)) return false;
  const bareTimes = classWords('bare-times');
  if (bareTimes.has(next.lower)) return false;
  const after = tokens[last + 2];
  return !(TIME_DETERMINERS.has(next.lower) && after && bareTimes.has(after.lower));
}

const NONE: CompiledPattern[] = [];

/**
 * Patterns whose first word this token can be (remembered: most words recur on every page).
 * `word` is the token's `wordForms`, which findTriggers has looked up once for the sentence.
 */
function anchorCandidates(token: Token, word: WordForms, index: PatternIndex): CompiledPattern[] {
  if (word.index !== index) {
    word.candidates = lookUpCandidates(token, index);
    word.index = index;
  }
  return word.candidates;
}

/** The cheap lookups first, suffix forms only if needed. */
function lookUpCandidates(token: Token, index: PatternIndex): CompiledPattern[] {
  if (index.pending.size > 0) for (const form of formsOf(token)) expandAnchor(index, form);
  // "shot" read as a noun has the lemma "shot", which some pattern may name: the verb it is a
  // past form of is looked up too.
  const base = IRREGULAR_PAST[token.lower];
  const byBase = base !== undefined && base !== token.lemma ? index.byAnchor.get(base) : undefined;
  const byLemma = index.byAnchor.get(token.lemma);
  const byWord = token.lower !== token.lemma ? index.byAnchor.get(token.lower) : undefined;
  if (byBase)
    return byPriority([...new Set([...(byLemma ?? NONE), ...(byWord ?? NONE), ...byBase])]);
  if (byLemma && !byWord) return withoutShadowed(byLemma);
  if (byWord && !byLemma) return withoutShadowed(byWord);
  if (byLemma && byWord) return byPriority([...new Set([...byLemma, ...byWord])]);
  if (!/(?:ed|ing|s)$/.test(token.lower) && !(token.lower in IRREGULAR_PAST)) return NONE;
  const found = new Set<CompiledPattern>();
  for (const form of formsOf(token)) for (const p of index.byAnchor.get(form) ?? NONE) found.add(p);
  return found.size ? byPriority([...found]) : NONE;
}

/** Every pattern on any of the token's forms (a gerund the tagger left as its own lemma). */
function gerundCandidates(token: Token, word: WordForms, index: PatternIndex): CompiledPattern[] {
  const found = new Set<CompiledPattern>(anchorCandidates(token, word, index));
  for (const form of formsOf(token)) for (const p of index.byAnchor.get(form) ?? NONE) found.add(p);
  return byPriority([...found]);
}

/** Hand-kept patterns before imported ones, each longest first (the order findTriggers needs). */
function byPriority(list: CompiledPattern[]): CompiledPattern[] {
  return withoutShadowed(
    list.sort((a, b) => Number(a.imported) - Number(b.imported) || b.weight - a.weight),
  );
}

/**
 * A hand-kept pattern of one word matches wherever an imported pattern on that word could, and
 * findTriggers then tries no imported one: they are left out of the list at once.
 */
function withoutShadowed(list: CompiledPattern[]): CompiledPattern[] {
  const oneWord = list.some(
    (p) =>
      !p.imported && p.steps.length === 1 && p.steps[0]!.alternatives.every((a) => a.length === 1),
  );
  return oneWord && list.some((p) => p.imported) ? list.filter((p) => !p.imported) : list;
}

/**
 * Forms are compared as small numbers: a sentence's forms are marked in a typed array (no Set
 * built per sentence) and a pattern's cue words are looked up there. Numbers are given to every
 * form and cue word met; past `FORM_ID_LIMIT` all are forgotten and given again.
 */
const FORM_IDS = new Map<string, number>();
const FORM_ID_LIMIT = 1_000_000;
/** Bumped whenever the numbers are forgotten, so patterns' cue numbers are taken again. */
let formEpoch = 0;
/** `marks[id] === mark` when form `id` is in the sentence being read. */
let marks = new Int32Array(1 << 16);
let mark = 0;

function formId(form: string): number {
  let id = FORM_IDS.get(form);
  if (id === undefined) {
    id = FORM_IDS.size;
    FORM_IDS.set(form, id);
    if (id >= marks.length) {
      const grown = new Int32Array(marks.length * 2);
      grown.set(marks);
      marks = grown;
    }
  }
  return id;
}

/** What a word (with its lemma) brings to the search, remembered: most words recur on every page. */
interface WordForms {
  /** `formsOf` the word, and their numbers. */
  forms: string[];
  ids: Int32Array;
  /** Its anchor candidates in pattern index `index` (one index at a time: most runs have one). */
  index: PatternIndex | null;
  candidates: CompiledPattern[];
}

/** A word's entries by lemma; the usual lemma, the word itself, needs no second map. */
interface WordEntry {
  same: WordForms | undefined;
  byLemma: Map<string, WordForms> | undefined;
}

/**
 * Words by their lower case: one lookup per token gives both its forms and its candidates (no key
 * string is built per lookup). A news vocabulary is some tens of thousands of words; the limit
 * only guards against unbounded input.
 */
const WORDS = new Map<string, WordEntry>();
const WORDS_LIMIT = 200_000;
let wordsKept = 0;

function wordForms(t: Token): WordForms {
  let entry = WORDS.get(t.lower);
  const same = t.lemma === t.lower;
  let word = entry === undefined ? undefined : same ? entry.same : entry.byLemma?.get(t.lemma);
  if (word === undefined) {
    if (wordsKept >= WORDS_LIMIT) {
      WORDS.clear();
      wordsKept = 0;
      entry = undefined;
    }
    const forms = formsOf(t);
    word = { forms, ids: Int32Array.from(forms, formId), index: null, candidates: NONE };
    if (!entry) WORDS.set(t.lower, (entry = { same: undefined, byLemma: undefined }));
    if (same) entry.same = word;
    else (entry.byLemma ??= new Map()).set(t.lemma, word);
    wordsKept += 1;
  }
  return word;
}

/**
 * Marks every form `wordAt` can accept somewhere in the sentence (see `cuesPresent`). `words`
 * holds the tokens' `wordForms` looked up so far in this sentence (by findTriggers, up to the
 * token it is at); the others are looked up here and kept there, so that each token's forms are
 * looked up once a sentence (that lookup was the search's most sampled line, twice a token).
 */
function markSentenceForms(tokens: Token[], words: Array<WordForms | undefined>): void {
  if (FORM_IDS.size >= FORM_ID_LIMIT) {
    // Between sentences, so no number of this sentence is from before; the forms looked up so
    // far hold numbers from before, and are looked up again.
    FORM_IDS.clear();
    WORDS.clear();
    wordsKept = 0;
    formEpoch += 1;
    marks.fill(0);
    mark = 0;
    words.fill(undefined);
  }
  if (mark === 0x7fffffff) {
    marks.fill(0);
    mark = 0;
  }
  mark += 1;
  for (let i = 0; i < tokens.length; i++) {
    const ids = (words[i] ??= wordForms(tokens[i]!)).ids;
    for (let k = 0; k < ids.length; k++) marks[ids[k]!] = mark;
  }
}

/** Each pattern's cue words as form numbers, with the epoch they were taken in. */
const CUE_IDS = new WeakMap<CompiledPattern, { epoch: number; ids: Int32Array[] }>();

/**
 * Whether each later step of the pattern has one of its words in the sentence last marked: a
 * necessary condition, so the gapped search runs only where it can succeed (the imported
 * dictionary has thousands of two- and three-step patterns on common verbs).
 */
function cuesPresent(pattern: CompiledPattern): boolean {
  let cues = CUE_IDS.get(pattern);
  if (!cues || cues.epoch !== formEpoch) {
    cues = { epoch: formEpoch, ids: pattern.cues.map((words) => Int32Array.from(words, formId)) };
    CUE_IDS.set(pattern, cues);
  }
  for (const ids of cues.ids) {
    let found = false;
    for (let k = 0; k < ids.length; k++) {
      if (marks[ids[k]!] === mark) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Particles that make a verb another verb ("call off", "call up", "back down"). */
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'back', 'away']);

/** A verb and its particle, adjacent: "call off", "pull out". */
function isPhrasal(p: CompiledPattern): boolean {
  const second = p.steps[1];
  return (
    second !== undefined &&
    !second.gapBefore &&
    second.alternatives.every((a) => a.length === 1 && PARTICLES.has(a[0]!))
  );
}

/**
 * Of two patterns matching at one word, the one naming more words; of two naming as many, the
 * one that skips fewer: "called up reservists on Monday" is "call up" (MOBILIZE), not "call ...
 * on" (REQUEST) reaching over the object to a date's preposition.
 */
function better(m: TriggerMatch, best: TriggerMatch): boolean {
  // "called off the general strike" is "call off", not "call * strike" reaching over "off": a
  // verb with its particle is another verb, which a longer pattern may not skip.
  if (isPhrasal(m.pattern) && !best.tokens.includes(m.anchor + 1)) return true;
  if (isPhrasal(best.pattern) && !m.tokens.includes(best.anchor + 1)) return false;
  if (m.pattern.weight !== best.pattern.weight) return m.pattern.weight > best.pattern.weight;
  return m.last - m.anchor < best.last - best.anchor;
}

/** Two matches neither of which `better` prefers: as long, over as many words. */
function tie(m: TriggerMatch, best: TriggerMatch): boolean {
  return m.pattern.weight === best.pattern.weight && m.last - m.anchor === best.last - best.anchor;
}

/**
 * Whether the verb's doer is one the pattern takes: true or false when the pattern names its
 * doers and the doer's sector is known, else null (no say in the choice; the coder still filters
 * the doers it finds later).
 */
function doerFits(
  pattern: CompiledPattern,
  anchor: number,
  doerSectors: DoerSectors | undefined,
): boolean | null {
  if (!pattern.doers || !doerSectors) return null;
  const sectors = doerSectors(anchor);
  if (!sectors) return null;
  for (const s of sectors) if (pattern.doers.has(s)) return true;
  return false;
}

/**
 * Prepositions whose object a past participle may describe ("the collapse of a truce agreed hours
 * earlier", "under a deal reached in Beijing"). Not the words that open a clause of time ("after
 * the rebels attacked"): there the noun is a subject and its verb an act.
 */
const OBJECT_OF_PREPOSITION: ReadonlySet<string> = new Set([
  'of',
  'for',
  'under',
  'with',
  'on',
  'to',
  'in',
  'at',
  'by',
  'from',
  'against',
  'over',
  'into',
  'about',
]);

/**
 * Whether the past form at `i` ends a noun phrase that is an object, as a participle describing
 * it: "blamed each other for the collapse of a truce agreed hours earlier", "rejected the plan
 * proposed by Cairo". A noun phrase after a verb or a preposition is that word's object, and an
 * object is followed by no verb of its own; a participle there tells what was done to the thing
 * before (background), not an act of this sentence. Followed by a determiner or a pronoun, the
 * word opens an object of its own and is left a verb.
 */
export function reducedRelative(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!token.lower.endsWith('ed')) return false;
  const next = tokens[i + 1];
  if (next && (next.pos === 'DET' || next.pos === 'PRON' || DETERMINER_PRONOUNS.has(next.lower)))
    return false;
  let k = i - 1;
  if (tokens[k]?.pos !== 'NOUN') return false;
  while (k > 0 && ['NOUN', 'ADJ', 'NUM'].includes(tokens[k - 1]!.pos)) k--;
  const det = tokens[k - 1];
  if (!det || RELATIVE_DETERMINERS.has(det.lower)) return false;
  if (det.pos !== 'DET' && !DETERMINER_PRONOUNS.has(det.lower)) return false;
  const head = tokens[k - 2];
  if (!head || !(isMainVerb(head) || OBJECT_OF_PREPOSITION.has(head.lower))) return false;
  // "Supporters of the coup gathered outside": a phrase after a preposition may still be part of
  // the subject; it is an object only when a verb came before it in its clause.
  for (let j = k - 2; j >= 0; j--) {
    const t = tokens[j]!;
    if (CLAUSE_OPENERS.has(t.lower)) return false;
    if (isMainVerb(t)) return true;
  }
  return false;
}

/** Determiners that open a relative clause: "a day in which security forces killed two". */
const RELATIVE_DETERMINERS: ReadonlySet<string> = new Set(['which', 'whose', 'what', 'whatever']);
/** Words that end the clause a participle's phrase could be the object in. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  'that',
  'which',
  'who',
  'whom',
  'and',
  'but',
  'after',
  'before',
  'while',
  'when',
  'because',
  'as',
  'since',
  'until',
  'if',
]);

function isMainVerb(t: Token): boolean {
  return t.pos === 'VERB' && t.lemma !== 'be' && t.lemma !== 'have';
}

/** Whether the token at `i` follows a hyphen with no space between ("Iran-backed", "quake-hit"). */
export function joinedToHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  return hyphen !== undefined && hyphen.lower === '-' && hyphen.end === tokens[i]!.start;
}

/** Every trigger in a sentence; overlapping matches keep the longer pattern. */
export function findTriggers(
  tokens: Token[],
  index: PatternIndex,
  doerSectors?: DoerSectors,
): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  let marked = false;
  // Each token's forms, looked up once whether the anchor search or the marking asks first.
  const words: Array<WordForms | undefined> = new Array<WordForms | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = (words[i] ??= wordForms(token));
    // "took the step of expelling", "responded by expelling three envoys": the tagger's noun
    // keeps "expelling" for its lemma, under which only imported inflected forms are kept; the
    // verb's own patterns are looked up too (chosen-acts.ts, means-gerunds.ts); so for "accused
    // Rwanda of firing shells" (accused-gerunds.ts).
    const chosen =
      chosenGerund(tokens, i) || meansGerundNoun(tokens, i) || accusedGerund(tokens, i);
    const candidates = chosen
      ? gerundCandidates(token, word, index)
      : anchorCandidates(token, word, index);
    if (candidates.length === 0) continue;
    let best: TriggerMatch | null = null;
    // Whether the best pattern names doers and the verb's doer is one of them.
    let bestFitsDoer = false;
    // "the proposed deal", "its besieged town": a participle after a determiner is an adjective.
    const prev = tokens[i - 1];
    // "dozens of jailed activists", "two wounded soldiers": so is a past form between a
    // preposition or a number and the noun it describes.
    const next = tokens[i + 1];
    const adjectival =
      prev !== undefined &&
      !FLOATING_QUANTIFIERS.has(prev.lower) &&
      (prev.pos === 'DET' ||
        DETERMINER_PRONOUNS.has(prev.lower) ||
        ((prev.pos === 'ADP' || prev.pos === 'NUM') &&
          token.lower.endsWith('ed') &&
          (next?.pos === 'NOUN' || next?.pos === 'PROPN')));
    // "quake-hit Turkey", "war-torn", "cease-fire": a word joined by a hyphen to the one before
    // it ends a compound modifier or noun, and is no verb of its own.
    const before = tokens[i - 2];
    const compound =
      (joinedToHyphen(tokens, i) && before !== undefined && prev!.start === before.end) ||
      reducedRelative(tokens, i) ||
      termOfAccord(tokens, i) ||
      passiveModifier(tokens, i);
    // "Asked whether Seoul would send shells, ...": an act in a question is none.
    if (insideQuestion(tokens, i)) continue;
    // Whether the token reads as a verb here: asked once, for the first pattern that needs it.
    let verbal: boolean | undefined;
    // Hand-kept patterns come first: once one matches here, no imported pattern is tried.
    // ", allowing families to cross": asked once, for the first pattern that forbids it.
    let result: boolean | undefined;
    // ", killing all 96 on board" after a crash or a storm: deaths no one inflicted.
    let accident: boolean | undefined;
    for (const pattern of candidates) {
      if ((adjectival || compound) && pattern.verbAnchor) continue;
      if (!pattern.asResult && (result ??= resultParticiple(tokens, i))) continue;
      if ((accident ??= accidentResult(tokens, i))) continue;
      if (
        best &&
        (pattern.imported || (pattern.weight < best.pattern.weight && !isPhrasal(pattern)))
      )
        continue;
      if (pattern.verbAnchor) {
        verbal ??=
          isVerbal(token, prev, tokens[i + 1], tokens[i - 2]) ||
          (token.pos === 'AUX' && token.lemma === 'be') ||
          chosen;
        if (!verbal) continue;
      }
      if (pattern.cues.length > 0) {
        if (!marked) {
          markSentenceForms(tokens, words);
          marked = true;
        }
        if (!cuesPresent(pattern)) continue;
      }
      const m = matchPattern(tokens, i, pattern) ?? matchPassive(tokens, i, pattern);
      // "Russian missiles struck ...": a named act is nouns only ("a missile strike").
      if (
        m &&
        pattern.nominal &&
        m.tokens.some((k) => !NOMINAL_POS.has(tokens[k]!.pos) && !isHeadAdjective(tokens, k))
      )
        continue;
      if (m && pattern.intransitive && takesObject(tokens, m.anchor)) continue;
      if (!m) continue;
      // "teachers will not strike" is a walkout, "troops began to strike deep into Russia" an
      // attack: a pattern naming the doers it takes is passed over for a doer of another sector
      // (when the doer's sector is known), so the verb's other sense is chosen instead. Asked
      // only of a match, as the doer may need the parse.
      const fitsDoer = doerFits(pattern, i, doerSectors);
      if (fitsDoer === false) continue;
      if (!best || better(m, best) || (fitsDoer === true && !bestFitsDoer && tie(m, best))) {
        best = m;
        bestFitsDoer = fitsDoer === true;
      }
    }
    if (best) found.push(best);
  }
  // Hand-kept matches first, then longer ones; a match overlapping one kept before is dropped.
  // An act named by a noun gives way to any verb's pattern over the same words ("refused to
  // attend the OSCE meeting" is an attendance refused, not a meeting reported).
  found.sort(
    (a, b) =>
      Number(a.pattern.nominal) - Number(b.pattern.nominal) ||
      Number(a.pattern.imported) - Number(b.pattern.imported) ||
      b.pattern.weight - a.pattern.weight ||
      a.anchor - b.anchor,
  );
  const taken = new Set<number>();
  const kept: TriggerMatch[] = [];
  for (const m of found) {
    if (m.tokens.some((t) => taken.has(t))) continue;
    m.tokens.forEach((t) => taken.add(t));
    kept.push(m);
  }
  return kept.sort((a, b) => a.anchor - b.anchor);
}

/**
 * Whether the token at `i` is a present participle opening a clause right after a comma, with a
 * finite verb before the comma: "reopened two crossing points, allowing families to cross",
 * "connected their payment systems, allowing banks to trade". Such a clause tells what the act
 * before it made possible; a pattern with `result: false` codes nothing there.
 */
export function resultParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.lower.endsWith('ing') || tokens[i - 1]?.lower !== ',') return false;
  for (let k = i - 2; k >= 0; k--) {
    const w = tokens[k]!;
    if (w.pos === 'VERB' && !w.lower.endsWith('ing')) return true;
  }
  return false;
}

/**
 * Whether the token at `i` opens a result clause (`resultParticiple`) after a clause that tells an
 * accident or a disaster: its last finite verb is one of the word class `accident-verbs` ("a
 * ferry capsized off Lesbos, killing 40") or a hazard (word class `hazards`) stands before that
 * verb in the clause ("an earthquake struck the south, killing 300"). The deaths told by the
 * participle were inflicted by no one.
 */
export function accidentResult(tokens: readonly Token[], i: number): boolean {
  const start = resultStart(tokens, i);
  if (start < 0) return false;
  const accidents = classWords('accident-verbs');
  const hazards = classWords('hazards');
  let k = start - 2;
  while (k >= 0 && !(tokens[k]!.pos === 'VERB' && !tokens[k]!.lower.endsWith('ing'))) k--;
  if (k < 0) return false;
  if (accidents.has(tokens[k]!.lower) || accidents.has(tokens[k]!.lemma)) return true;
  for (let j = k - 1; j >= 0; j--) {
    const w = tokens[j]!;
    if (w.lower === ';' || w.pos === 'VERB') break;
    if (hazards.has(w.lower)) return true;
  }
  return false;
}

/**
 * The first participle of the result clause the participle at `i` belongs to, or -1: itself, or
 * the one it is joined to by "and" ("..., flattening homes and cutting power").
 */
function resultStart(tokens: readonly Token[], i: number): number {
  if (resultParticiple(tokens, i)) return i;
  const t = tokens[i]!;
  if (!t.lower.endsWith('ing') || !['and', 'or'].includes(tokens[i - 1]?.lower ?? '')) return -1;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    const w = tokens[k]!;
    if (w.pos === 'VERB' && !w.lower.endsWith('ing')) return -1;
    if (w.lower.endsWith('ing') && resultParticiple(tokens, k)) return k;
  }
  return -1;
}

/** Determiners that open an appositive naming an act: ", a move ...", ", this step ...". */
const APPOSITIVE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that']);
/** Parts of speech of a relative clause's subject: "Israel's foreign minister", "EU officials". */
const SUBJECT_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PART', 'DET', 'ADJ', 'CCONJ']);
/** How far before the verb the appositive's comma is looked for. */
const APPOSITIVE_REACH = 14;

/**
 * Whether the verb at `anchor` is the verb of an object relative clause in an appositive that
 * names the sentence's act by a back-reference noun (word class `back-references`): "..., a move
 * Seoul called economic retaliation", "..., a decision that Britain and France regretted",
 * "..., terms Zelensky dismissed as an ultimatum". The noun is the verb's object, so the one the
 * reaction is aimed at is the doer of the act the sentence told before it (as for "and the
 * Council condemned the decision", `backReference` in frames.ts). The clause's subject is a noun
 * phrase only ("findings the government in Bamako rejected"): a verb between the noun and this
 * one ("a move that led Russia to condemn") makes it another structure.
 */
export function appositiveBackReference(
  tokens: readonly Token[],
  anchor: number,
  subjectRelative = false,
): boolean {
  const backReferences = classWords('back-references');
  for (let c = anchor - 2; c >= Math.max(0, anchor - APPOSITIVE_REACH); c--) {
    if (tokens[c]!.lower !== ',') continue;
    let k = c + 1;
    if (APPOSITIVE_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    while (tokens[k]?.pos === 'ADJ') k++;
    // The head: the last noun of a compound ("a peace plan", "the arms embargo").
    if (tokens[k]?.pos !== 'NOUN') continue;
    while (tokens[k + 1]?.pos === 'NOUN' && k + 1 < anchor - 1) k++;
    if (!backReferences.has(tokens[k]!.lower)) continue;
    k++;
    if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') k++;
    // ", a trip that drew criticism from Kyiv": the noun is the subject of a verb whose doer
    // comes after it ("from"), so the one it is aimed at is the earlier act's doer all the same.
    if (k === anchor && subjectRelative && k > c + 2) return true;
    if (k >= anchor) continue;
    // The subject: a noun phrase, with commas only inside a list of names.
    let named = false;
    let j = k;
    for (; j < anchor; j++) {
      const t = tokens[j]!;
      if (t.pos === 'PROPN' || t.pos === 'NOUN') named = true;
      else if (!SUBJECT_POS.has(t.pos) && !(t.lower === ',' && tokens[j + 1]?.pos === 'PROPN'))
        break;
    }
    if (j === anchor && named) return true;
  }
  return false;
}

/** Parts of speech of the words between an accord and its infinitive ("with the leaders of X"). */
const ACCORD_PHRASE_POS: ReadonlySet<string> = new Set([
  'NOUN',
  'PROPN',
  'ADJ',
  'DET',
  'ADP',
  'CCONJ',
  'NUM',
  'PART',
  'PRON',
]);
/** How far before its infinitive an accord's noun is looked for. */
const ACCORD_REACH = 10;

/**
 * Whether the verb at `i` is the infinitive of an accord or a promise named by a noun: "signed
 * a deal with the leaders of Russia and Azerbaijan to end the fighting", "secured a pledge from
 * Medvedev to halt operations", "a truce to allow aid in". The act is a term of the accord, which
 * its own verb codes (as "agreed to withdraw" is one AGREE, src/coding/clauses.ts), not an act
 * done.
 */
export function termOfAccord(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'to') return false;
  const accords = classWords('accords');
  const truces = classWords('truces');
  const promises = classWords('promise-nouns');
  for (let j = k - 1; j >= Math.max(0, k - ACCORD_REACH); j--) {
    const t = tokens[j]!;
    if (!ACCORD_PHRASE_POS.has(t.pos)) return false;
    if (t.pos === 'NOUN' && (accords.has(t.lower) || truces.has(t.lower) || promises.has(t.lower)))
      return true;
  }
  return false;
}

/** Words that open an amount after "by" ("by one hour", "by about half"). */
const AMOUNT_OPENERS: ReadonlySet<string> = new Set([
  'one',
  'half',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'more',
  'up',
  'over',
  'at',
]);
/** Words that end the clause a passive modifier's noun is the subject of. */
const MODIFIER_CLAUSE_END: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but']);

/**
 * Whether the past form at `i` is a passive participle describing the noun before it: "Thai
 * troops backed by armoured vehicles stormed the camp", "Kenyan troops supported by gunships
 * crossed into Somalia". Right after a noun and before "by", with the clause's own verb still
 * to come, it tells how the thing was equipped or helped, not an act of this sentence; a past
 * form with no later verb is the clause's verb ("Rebels advanced by ten kilometres").
 */
export function passiveModifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!token.lower.endsWith('ed') || tokens[i + 1]?.lower !== 'by') return false;
  const prev = tokens[i - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  // "shortened by one hour the curfew": "by" and an amount measure the verb's act.
  const agent = tokens[i + 2];
  if (!agent || agent.pos === 'NUM' || AMOUNT_OPENERS.has(agent.lower)) return false;
  for (let k = i + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (MODIFIER_CLAUSE_END.has(t.lower)) return false;
    if (isMainVerb(t) && !t.lower.endsWith('ing')) return true;
  }
  return false;
}

/** How far back a clause opened by "whether" is looked for. */
const QUESTION_REACH = 12;
/** Marks that end the clause a "whether" opens (a comma closes "Asked whether ..., a spokesman"). */
const QUESTION_END: ReadonlySet<string> = new Set([',', ';', ':', '.', '"', '“', '”']);

/**
 * Whether the token at `i` stands in a clause opened by "whether": "Asked whether Seoul would
 * send shells to Kyiv, a spokesman declined to comment", "it was unclear whether the troops
 * would withdraw", "will decide whether to impose tariffs". A question names an act that may or
 * may not happen; nothing is coded there. The clause ends at the first punctuation mark, so the
 * act of the clause after it ("..., Iran said it would retaliate") is kept; a "whether" after the
 * act ("will attack whether or not talks resume") does not reach back.
 */
export function insideQuestion(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - QUESTION_REACH); k--) {
    const w = tokens[k]!.lower;
    if (QUESTION_END.has(w)) return false;
    if (w === 'whether') return true;
  }
  return false;
}

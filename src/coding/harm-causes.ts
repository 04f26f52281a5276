// Deaths and damage a sentence puts down to no one: "A bus crash killed 14 people in northern
// Pakistan", "a fire at a market in Lagos killed six traders", "the earthquake that struck the
// south has killed 2,000", "last year's armed conflict killed 6,500 people". The verb of harm is
// an ASSAULT pattern, and with no actor named the coder would place an unnamed attacker where it
// struck (coder.ts, "A roadside bomb near Samarra killed ..."), or take a party named inside the
// subject ("the war between the army and the RSF has killed ..."). The gold codes none of them:
// an accident or a disaster is no act, and a war as a whole is a count, not an event. Nor is a
// running toll told in the passive with no doer ("more than 35,000 people have been killed in
// Gaza since October"): the unnamed attacker is not placed for it.
//
// Three readings ask that one question, each where its sentence tells the cause:
// - `hazardBesideVerb`: a fire, flood or storm right before the verb or in its "by" phrase
//   ("after a fire destroyed a fuel depot", "homes destroyed by floods"), read from the words;
// - `causedByNoOne`: the subject the parse gives the verb, a hazard, mishap or war as a whole
//   (`mayBeCausedByNoOne` first, so that most sentences are never parsed for it);
// - `bySidelessCause`: a hazard or whole war near an act of force that names no doer, before the
//   coder places an unnamed attacker where it struck ("A roadside bomb near Samarra killed ...")
//   and so turns an earthquake into an attack by the state on its own people.
// No check set codes a disaster (k111, k117, n053, x112, y100 code nothing, or the aid sent), and
// a war's toll is a count told as background (test/gold/README.md, "Nouns and background").
import type { Token } from '../nlp/analyse.js';
import type { Parse } from '../nlp/parse/parser.js';
import { baseRelation } from '../nlp/parse/roles.js';
import { beforeVerbGroup } from './clauses.js';
import { classWords } from './word-classes.js';

/**
 * The word classes whose nouns, as the subject of a verb of harm, name no doer; fighting named
 * by a noun (`fighting-nouns`) only when its toll runs (`perfect`).
 */
const CAUSE_CLASSES = ['hazards', 'mishaps', 'whole-conflicts'] as const;

function causeWords(): ReadonlySet<string> {
  return new Set(CAUSE_CLASSES.flatMap((c) => [...classWords(c)]));
}

/**
 * Whether a word of the classes stands before the verb at `anchor` where a subject can stand
 * (not right after a preposition or a verb): the condition read before the sentence is parsed
 * (most sentences meet none; "came under fire" in every shelling report met it, and each was
 * parsed for nothing).
 */
export function mayBeCausedByNoOne(tokens: readonly Token[], anchor: number): boolean {
  const words = causeWords();
  const fighting = classWords('fighting-nouns');
  // Fighting counts only before "between" or with a perfect ("has killed"): see fightingNoDoer.
  const perfectBefore = tokens.some((t, i) => i < anchor && PERFECT.has(t.lower));
  for (let i = 0; i < anchor; i++) {
    const lower = tokens[i]!.lower;
    // "came under fire", "opened fire": the object of a preposition or a verb, no subject.
    const pos = tokens[i - 1]?.pos;
    if (pos === 'ADP' || pos === 'VERB') continue;
    if (words.has(lower)) return true;
    if (fighting.has(lower) && (perfectBefore || tokens[i + 1]?.lower === 'between')) return true;
  }
  return false;
}

/**
 * Whether the subject the parse gives the verb at `anchor` (or, for a verb joined by "and",
 * the verb it is joined to: "the war began in April and has killed ...") is headed by a noun of
 * the classes: a hazard ("fire", "earthquake"), a mishap ("crash", "stampede"), a war named
 * as a whole ("war", "conflict"), or fighting named by a noun whose toll runs ("fighting between
 * the army and the RSF has killed 15,000": a count, and the verb would take a party inside the
 * subject for the doer; fighting that "killed 12 in North Kivu on Tuesday" is one day's incident,
 * whose unnamed doer is placed where it happened, `bySidelessCause` below).
 */
export function causedByNoOne(tokens: readonly Token[], parse: Parse, anchor: number): boolean {
  const words = causeWords();
  if (openingCause(tokens, anchor, words)) return true;
  const opening = openingIndex(tokens, anchor, classWords('fighting-nouns'));
  if (opening >= 0 && fightingNoDoer(tokens, opening, anchor)) return true;
  let verb = anchor;
  for (let step = 0; step < 3 && verb >= 0; step++) {
    const subject = parse.head.findIndex(
      (h, i) => h === verb && baseRelation(parse.deprel[i]!) === 'nsubj',
    );
    if (subject >= 0)
      return words.has(tokens[subject]!.lower) || fightingNoDoer(tokens, subject, verb);
    if (baseRelation(parse.deprel[verb]!) !== 'conj') return false;
    verb = parse.head[verb]!;
  }
  return false;
}

/**
 * Whether fighting named by a noun at `noun`, the subject of the verb of harm at `verb`, leaves
 * that verb no doer: when "between" names its parties by name (the noun's own pattern codes the
 * fighting between them, and the verb would take one of them for the doer: "fighting between Kyrgyz and
 * Tajik border guards killed ten"), or when its toll runs (`perfect`). One day's clashes with no
 * side named ("clashes in Tripoli killed 27") are placed where they happened, as a bomb's unnamed
 * attacker is, and so are clashes "between the army and rebels", whose parties have no name the
 * noun's pattern could code.
 */
function fightingNoDoer(tokens: readonly Token[], noun: number, verb: number): boolean {
  if (!classWords('fighting-nouns').has(tokens[noun]!.lower)) return false;
  return (
    (tokens[noun + 1]?.lower === 'between' && namesParty(tokens, noun + 2, verb)) ||
    perfect(tokens, verb)
  );
}

/** Whether a name (a word in capitals: "Kyrgyz", "the RSF") stands from `from` to before `to`. */
function namesParty(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^\p{Lu}/u.test(tokens[k]!.text)) return true;
  return false;
}

const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * Whether the verb at `verb` is in the perfect ("has killed", "have so far left"): fighting named
 * by a noun that "has killed 15,000" counts a running toll; fighting that "killed 12 people in
 * North Kivu on Tuesday" is one day's incident, whose unnamed doer is placed where it happened.
 */
function perfect(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 3); k--) {
    const lower = tokens[k]!.lower;
    if (PERFECT.has(lower)) return true;
    if (tokens[k]!.pos !== 'ADV') return false;
  }
  return false;
}

/** Words that make a toll a running count: "since October", "so far", "to date". */
const RUNNING = new Set(['since']);
const RUNNING_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['so', 'far'],
  ['to', 'date'],
  ['this', 'year'],
];

/**
 * Whether the clause of a passive verb of harm ending at `last` counts a running toll: "since"
 * before a time or a noun, "so far", "to date" or "this year" before `ceiling` and before the
 * next verb ("were killed in Gaza since October"; not "were killed since they crossed ...",
 * whose "since" opens a clause), or a war named as a whole ("have been killed in the
 * Israel-Hamas war", word class `whole-conflicts`).
 */
export function runningToll(tokens: readonly Token[], last: number, ceiling: number): boolean {
  const wars = classWords('whole-conflicts');
  for (let k = last + 1; k < ceiling && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === ';') return false;
    if (wars.has(t.lower) && t.pos === 'NOUN') return true;
    const next = tokens[k + 1];
    if (RUNNING.has(t.lower))
      return next !== undefined && next.pos !== 'PRON' && next.pos !== 'SCONJ';
    if (RUNNING_PAIRS.some(([a, b]) => t.lower === a && next?.lower === b)) return true;
  }
  return false;
}

/** Words that may open a subject before its head ("the", "heavy", "last year's"). */
const OPENING_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PART']);

/**
 * Whether the sentence opens with a noun of the classes as the verb's subject, read from the
 * words: the tagger reads a capitalised first "Fighting" as a verb and "Clashes" as a name,
 * and the parse then loses the subject. The noun heads the opening phrase (articles and
 * adjectives before it), and no other verb but auxiliaries stands between it and `anchor`.
 */
function openingCause(
  tokens: readonly Token[],
  anchor: number,
  words: ReadonlySet<string>,
): boolean {
  return openingIndex(tokens, anchor, words) >= 0;
}

/** Where `openingCause`'s noun stands, or -1. */
function openingIndex(
  tokens: readonly Token[],
  anchor: number,
  words: ReadonlySet<string>,
): number {
  let i = 0;
  while (i < anchor && OPENING_POS.has(tokens[i]!.pos) && !words.has(tokens[i]!.lower)) i++;
  if (i >= anchor || !words.has(tokens[i]!.lower)) return -1;
  for (let k = i + 1; k < anchor; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.lower === ',' || t.lower === ';') return -1;
  }
  return i;
}

/**
 * Whether the subject right before the verb at `anchor`, or its passive "by" phrase after
 * `last`, is a fire, flood or storm (word class `hazards`): "after a fire destroyed a fuel
 * depot", "homes destroyed by floods". No one acted.
 */
export function hazardBesideVerb(tokens: readonly Token[], anchor: number, last: number): boolean {
  const hazards = classWords('hazards');
  const k = beforeVerbGroup(tokens, anchor);
  if (k >= 0 && hazards.has(tokens[k]!.lower)) return true;
  let j = last + 1;
  if (tokens[j]?.lower !== 'by') return false;
  j++;
  while (j < tokens.length && ['DET', 'ADJ', 'NUM'].includes(tokens[j]!.pos)) j++;
  return hazards.has(tokens[j]?.lower ?? '');
}

/** How far before the act (its subject: "the quake that struck ... killed") a cause is looked for. */
const BEFORE = 10;
/** How far after it ("were killed in floods", "killed in the war"). */
const AFTER = 6;

/** Words before a cause that make it a time, not a cause: "a day after the earthquake". */
const TIME_WORDS: ReadonlySet<string> = new Set(['after', 'since', 'before', 'following', 'until']);

/**
 * Whether the act of force at `anchor` is told of a cause no side is the doer of (a force of
 * nature, a whole war) standing near it: as its subject before it, or as its cause after it. A
 * cause named as a time ("since the floods", "after the war") is not the act's.
 */
export function bySidelessCause(tokens: readonly Token[], anchor: number): boolean {
  const hazards = classWords('hazards');
  const wars = classWords('whole-conflicts');
  const from = Math.max(0, anchor - BEFORE);
  const to = Math.min(tokens.length - 1, anchor + AFTER);
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (i === anchor || t.pos === 'VERB' || !(hazards.has(t.lower) || wars.has(t.lower))) continue;
    // "opened fire", "set fire to": the fire of an act, not a blaze.
    if (tokens[i - 1]?.pos === 'VERB') continue;
    if (!namedAsTime(tokens, i)) return true;
  }
  return false;
}

/** Whether the cause at `i` follows a word of time within its noun phrase ("after the deadly quake"). */
function namedAsTime(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (TIME_WORDS.has(t.lower)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NUM') return false;
  }
  return false;
}

// Acts named by a noun that another side reacts to, or that a measure answers: "Egypt condemned
// Israel's strike on Rafah", "the foreign ministry denounced the attack by Russian forces on
// Odesa", "Washington imposed sanctions on Ankara over its offensive against Kurdish forces".
// The reaction (condemning, welcoming, citing) or the cause ("over") takes the act as done, so
// the act is reported as much as the reaction is: wire copy tells most strikes, seizures and
// crackdowns of a crisis only this way, in the sentence that carries the world's answer to them.
// The noun's place in the sentence comes from the dependency parse: an object of a verb of
// reaction (word class `reaction-verbs`, with `approval-verbs`), or a phrase governed by a
// preposition of cause (word class `cause-prepositions`). Its parties come from its own phrase, as
// for an act in an adjunct (`actInPhrase`, nominal.ts): the doer as an owner or after "by", the
// one acted on after "on", "against", "of" ...
import type { Token } from '../nlp/analyse.js';
import { baseRelation, type Parse } from '../nlp/parse/index.js';
import type { ActorMention } from './mentions.js';
import {
  doingBy,
  isHeadAdjective,
  phraseDoers,
  phraseEnd,
  phraseStart,
  phraseTargets,
  type PhraseAct,
} from './nominal.js';
import { classWords } from './word-classes.js';

const base = baseRelation;
/** Tags of a phrase's head noun (the tagger reads "offensive" as an adjective). */
const NOMINAL_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A year written before the noun ("Israel's 1982 invasion", "the 2014 annexation"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * The parties of the act named by the noun at `anchor` (its pattern ending at `last`) when the
 * parse makes it the object of a verb of reaction or puts it under a preposition of cause, and
 * its own phrase names its doer. Null otherwise: "condemned the attack" (no doer named), "feared
 * a Russian attack" (no reaction to a done act), "Israel's 1982 invasion" and "a possible
 * offensive" (past background, or not done: word class `unreal-act-modifiers`).
 */
export function reactedAct(
  tokens: Token[],
  mentions: ActorMention[],
  parse: Parse,
  anchor: number,
  last: number,
): PhraseAct | null {
  const head = tokens[anchor]!;
  // "over its offensive against ...": the tagger's adjective after an owning pronoun heads too.
  const owned =
    NEUTER_OWNERS.has(tokens[anchor - 1]?.lower ?? '') && tokens[anchor + 1]?.pos === 'ADP';
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !isHeadAdjective(tokens, anchor) && !owned)
    return null;
  const noun = phraseHead(tokens, parse, anchor, last);
  const first = firstConjunct(parse, noun);
  if (!reactedTo(tokens, parse, first)) return null;
  // "Iran's drone and missile attack on Israel": the owner of the first conjunct owns them all.
  const owner = parsedOwner(parse, mentions, noun, first);
  const start = Math.min(phraseStart(tokens, anchor), owner?.first ?? anchor);
  const unreal = classWords('unreal-act-modifiers');
  for (let i = start; i < anchor; i++) {
    const t = tokens[i]!;
    if (unreal.has(t.lower) || YEAR.test(t.text)) return null;
  }
  // "the sanctions imposed by the United States on Iran", "the raids on Lebanon carried out by
  // Israel": a participle of doing and its "by" phrase belong to the noun's phrase.
  let end = phraseEnd(tokens, last);
  const by = doingBy(tokens, end);
  if (by > 0) end = phraseEnd(tokens, by);
  const inside = mentions.filter((m) => m.actor.root && !m.locative && m.first >= start);
  const own = phraseDoers(tokens, inside, anchor, last, end);
  if (own.length === 0 && owner) own.push(owner);
  const sources = own.length > 0 ? own : ownerOfPronoun(tokens, mentions, start);
  if (sources.length === 0) return null;
  return { sources, targets: phraseTargets(tokens, inside, anchor, last, end), end };
}

/** Possessive pronouns that stand for a state or body named before ("citing its attacks"). */
const NEUTER_OWNERS: ReadonlySet<string> = new Set(['its', 'their']);

/**
 * The party an unresolved "its" or "their" opening the phrase at `start` stands for: the last
 * state or body named before it ("sanctions on Turkey over its offensive", "cut ties with
 * Israel, citing its attacks on Gaza"), the one a reaction is aimed at. Empty for none.
 */
function ownerOfPronoun(tokens: Token[], mentions: ActorMention[], start: number): ActorMention[] {
  if (!NEUTER_OWNERS.has(tokens[start]?.lower ?? '')) return [];
  const before = mentions.filter(
    (m) => m.actor.root && !m.pronoun && !m.locative && m.last < start,
  );
  const last = before[before.length - 1];
  return last ? [last] : [];
}

/**
 * The noun of the span `anchor`..`last` that the parse attaches outside it: the phrase's head
 * ("strike" in "strike on", whose "on" hangs on the one struck).
 */
export function phraseHead(tokens: Token[], parse: Parse, anchor: number, last: number): number {
  for (let i = last; i >= anchor; i--) {
    const h = parse.head[i]!;
    if (NOMINAL_POS.has(tokens[i]!.pos) && (h < anchor || h > last)) return i;
  }
  return anchor;
}

/** The first of the conjuncts the word at `i` belongs to ("the strikes and the raids"). */
export function firstConjunct(parse: Parse, i: number): number {
  let at = i;
  while (base(parse.deprel[at]!) === 'conj' && parse.head[at]! >= 0) at = parse.head[at]!;
  return at;
}

/** Relations by which a name or an adjective before a noun owns it ("Iran's", "Israeli"). */
const OWNER_RELS: ReadonlySet<string> = new Set(['nmod:poss', 'amod', 'compound']);

/**
 * The named party the parse attaches before the noun at `noun`, or before the first conjunct
 * `first` it is joined to, as its owner or modifier: the last one. Null for none.
 */
function parsedOwner(
  parse: Parse,
  mentions: ActorMention[],
  noun: number,
  first: number,
): ActorMention | null {
  let found: ActorMention | null = null;
  for (const m of mentions) {
    if (!m.actor.root || m.locative || m.pronoun || m.last >= noun) continue;
    const attached = [...Array(m.last - m.first + 1).keys()].some((k) => {
      const i = m.first + k;
      const h = parse.head[i]!;
      return (h === noun || h === first) && OWNER_RELS.has(parse.deprel[i]!);
    });
    if (attached) found = m;
  }
  return found;
}

/**
 * Whether the noun at `at` is what a side reacts to or answers: the object of a verb of
 * reaction ("condemned Israel's strike"), or governed by a preposition of cause ("sanctions over
 * its offensive"). A conjunct is placed as the first ("condemned the strikes and the raids").
 */
function reactedTo(tokens: Token[], parse: Parse, at: number): boolean {
  // A preposition of its own makes it a prepositional phrase, whatever relation the parse gave
  // it ("over its offensive", where "offensive", read as an adjective, may hang as an `amod`).
  const marker = caseOf(parse, at);
  if (marker >= 0) {
    const word = tokens[marker]!.lower;
    if (classWords('cause-prepositions').has(word)) return true;
    // "protested against the Israeli strikes in Gaza", "protests against Turkey's offensive": an
    // act a side protests against (not "warned against a Russian attack").
    const gov = parse.head[at]!;
    return word === 'against' && gov >= 0 && classWords('reaction-verbs').has(tokens[gov]!.lemma);
  }
  const gov = parse.head[at]!;
  const rel = base(parse.deprel[at]!);
  // "condemned Turkey's offensive on ...": a noun the tagger read as an adjective may hang as a
  // clausal complement of the verb, in the object's place.
  const object =
    rel === 'obj' || (tokens[at]!.pos === 'ADJ' && (rel === 'ccomp' || rel === 'xcomp'));
  if (!object || gov < 0) return false;
  const verb = tokens[gov]!;
  if (verb.pos !== 'VERB') return false;
  if (reactionVerb(verb.lemma)) return true;
  // "called the attack a war crime", "described the strikes as a crime": a verb of
  // characterising with its predicate after the act (word class `characterising-verbs`); "called
  // a meeting" has none.
  return (
    classWords('characterising-verbs').has(verb.lemma) && predicateAfter(tokens, parse, gov, at)
  );
}

/** Whether the verb at `verb` has a predicate after its object at `object` (xcomp, obj or "as"). */
function predicateAfter(tokens: Token[], parse: Parse, verb: number, object: number): boolean {
  for (let j = object + 1; j < tokens.length; j++) {
    if (parse.head[j] !== verb) continue;
    const rel = base(parse.deprel[j]!);
    // "called the strike an act of aggression": the parse may make the predicate a second object.
    if (rel === 'xcomp' || rel === 'obj') return true;
    if (rel === 'obl' && tokens[caseOf(parse, j)]?.lower === 'as') return true;
  }
  return false;
}

/**
 * Whether a sentence has a word `reactedAct` can read a reaction by (a verb of reaction, approval
 * or characterising, or a preposition of cause): without one it needs no parse.
 */
export function mayReactTo(tokens: readonly Token[]): boolean {
  const cause = classWords('cause-prepositions');
  const characterising = classWords('characterising-verbs');
  return tokens.some(
    (t) => cause.has(t.lower) || reactionVerb(t.lemma) || characterising.has(t.lemma),
  );
}

function reactionVerb(lemma: string): boolean {
  return classWords('reaction-verbs').has(lemma) || classWords('approval-verbs').has(lemma);
}

/** The preposition (`case` dependent) of the word at `i`, before it; -1 for none. */
function caseOf(parse: Parse, i: number): number {
  for (let k = i - 1; k >= 0; k--)
    if (parse.head[k] === i && base(parse.deprel[k]!) === 'case') return k;
  return -1;
}

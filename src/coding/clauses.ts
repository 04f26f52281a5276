// Clause structure around a trigger: complements, denials, coordination, reduced relatives.
// What the coder asks of word order, since the English model has no dependency parser.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import type { TriggerMatch } from './triggers.js';
import { forceAt } from './forceful-help.js';
import { headOfPartitive, SUBORDINATORS } from './roles.js';
import { classWords } from './word-classes.js';

/** Tokens between two triggers that show the second is the first one's complement. */
export const COMPLEMENT_MAX = 10;

export const CLAUSE_BREAKS = new Set([
  ';',
  '.',
  'but',
  'while',
  'after',
  'before',
  'because',
  'and',
]);

export const ACCUSATION_FRAMES = new Set(['of', 'for']);

export function isPastForm(token: Token): boolean {
  return token.lower !== token.lemma && !token.lower.endsWith('ing');
}

export interface Governed {
  absorbed: boolean;
  claimed: boolean;
  negated: boolean;
  /** The act a judging verb names after "for" ("condemned X for detaining"): asserted, kept. */
  judged?: boolean;
}

/** Whether trigger `t` is the complement of an earlier trigger ("agreed to withdraw", "accused X of attacking"). */
export function governance(tokens: Token[], triggers: TriggerMatch[], t: TriggerMatch): Governed {
  const own = governedAt(tokens, triggers, t.anchor, triggers.indexOf(t) - 1);
  if (heldBack(own)) return own;
  // "demanded that Moscow punish those responsible and pay compensation": a verb coordinated
  // with a held-back complement verb is in the same complement, held back the same way.
  const verbAnchors = new Set(triggers.filter((x) => x.pattern.verbAnchor).map((x) => x.anchor));
  const head = coordinatedHead(tokens, t.anchor, verbAnchors);
  if (head === null) return own;
  let k = triggers.length - 1;
  while (k >= 0 && triggers[k]!.anchor >= head) k--;
  const inherited = governedAt(tokens, triggers, head, k);
  return heldBack(inherited) ? inherited : own;
}

function heldBack(g: Governed): boolean {
  return g.absorbed || g.claimed || g.negated;
}

/** How far back a list of coordinated verbs is followed to its first verb. */
const COORDINATION_MAX = 20;
const COORDINATORS = new Set(['and', 'or', ',']);
/** Words that open a clause of their own: a verb before them is in another clause. */
const LIST_STOPS = new Set([
  ';',
  '.',
  ':',
  'but',
  'while',
  'that',
  'who',
  'which',
  'whom',
  'whose',
  'if',
  'unless',
  ...SUBORDINATORS,
]);

type VerbForm = 'base' | 'gerund' | 'third-person' | 'past';
/** A verb's form by its spelling against its lemma ("recognise" is the base of "recognize"). */
function verbForm(token: Token): VerbForm {
  if (token.lower === token.lemma || token.lower.replace(/is(e|ed|ing)$/, 'iz$1') === token.lemma)
    return 'base';
  if (token.lower.endsWith('ing')) return 'gerund';
  return token.lower.endsWith('s') ? 'third-person' : 'past';
}

/** Index of the word before `i`, passing adverbs (and "to" of a repeated infinitive if `to`). */
function beforeModifiers(tokens: Token[], i: number, to: boolean): number {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'ADV' || (to && tokens[j]!.lower === 'to'))) j--;
  return j;
}

/**
 * The first verb of the list a verb at `anchor` is coordinated into ("return the aircraft,
 * release the crew and pay compensation" -> "return"), or null when the verb opens no list. The
 * verbs of one list share their form: "demanded that China release the crew and sent a warship"
 * joins "sent" to "demanded", not to the demanded "release".
 */
export function coordinatedHead(
  tokens: Token[],
  anchor: number,
  verbAnchors: ReadonlySet<number> = new Set(),
): number | null {
  // The tagger takes some base verbs for nouns ("that Russia return the aircraft"): a verb
  // pattern anchored on the word says it is a verb.
  // So does a bare noun with a determiner after it ("release the crew").
  const isVerb = (j: number): boolean =>
    tokens[j]!.pos === 'VERB' ||
    verbAnchors.has(j) ||
    (tokens[j]!.pos === 'NOUN' &&
      tokens[j]!.lower === tokens[j]!.lemma &&
      tokens[j + 1]?.pos === 'DET');
  const verb = tokens[anchor];
  if (!verb || !isVerb(anchor)) return null;
  const form = verbForm(verb);
  const joint = beforeModifiers(tokens, anchor, true);
  if (joint < 0 || !COORDINATORS.has(tokens[joint]!.lower)) return null;
  for (let j = joint - 1; j >= Math.max(0, joint - COORDINATION_MAX); j--) {
    const x = tokens[j]!;
    if (LIST_STOPS.has(x.lower)) return null;
    if (!isVerb(j) && x.pos !== 'AUX') continue;
    if (x.pos === 'AUX' || verbForm(x) !== form) return null;
    const prev = beforeModifiers(tokens, j, true);
    if (prev >= 0 && COORDINATORS.has(tokens[prev]!.lower)) continue;
    return j;
  }
  return null;
}

/** How a trigger anchored at `anchor` is governed by triggers up to index `from`. */
function governedAt(
  tokens: Token[],
  triggers: TriggerMatch[],
  anchor: number,
  from: number,
): Governed {
  const t = { anchor };
  for (let k = from; k >= 0; k--) {
    const gov = triggers[k]!;
    if (gov.pattern.role !== 'event') continue;
    const between = tokens.slice(gov.last + 1, t.anchor);
    if (between.length > COMPLEMENT_MAX) return { absorbed: false, claimed: false, negated: false };
    if (between.some((x) => CLAUSE_BREAKS.has(x.lower)))
      return { absorbed: false, claimed: false, negated: false };
    // "launched an offensive, prompting Armenia to appeal to Moscow": a participle set off by a
    // comma tells a consequence, whose act is asserted, not the governor's complement. Not one
    // closed by a second comma ("refused, citing security concerns, to withdraw").
    const participle = between.findIndex(
      (x, i) => x.pos === 'VERB' && x.lower.endsWith('ing') && between[i - 1]?.lower === ',',
    );
    if (participle >= 0 && !between.slice(participle).some((x) => x.lower === ','))
      return { absorbed: false, claimed: false, negated: false };
    // "accused X of attacking", "blamed X for the attack", "alleged that X attacked": the act is
    // alleged. "Condemned X for detaining", "criticised X for shooting" take the act as known:
    // "for" alleges only after a verb of blame (word class blame-verbs).
    const blame = classWords('blame-verbs').has(tokens[gov.anchor]!.lemma);
    const accusationFrame =
      gov.tokens.some((i) => tokens[i]!.lower === 'that') ||
      between.some(
        (x) =>
          (ACCUSATION_FRAMES.has(x.lower) && (x.lower !== 'for' || blame)) || x.lower === 'that',
      );
    if (gov.pattern.type === 'ACCUSE' && accusationFrame) {
      return { absorbed: false, claimed: true, negated: false };
    }
    if (gov.pattern.type === 'ACCUSE' && between.some((x) => x.lower === 'for')) {
      return { absorbed: false, claimed: false, negated: false, judged: true };
    }
    // "agreed to strictly observe the truce": an adverb may split the infinitive.
    const infinitive =
      tokens[t.anchor - 1]?.lower === 'to' ||
      (tokens[t.anchor - 1]?.pos === 'ADV' && tokens[t.anchor - 2]?.lower === 'to');
    const thatClause = between.some((x) => x.lower === 'that');
    if (infinitive && gov.pattern.complement === 'negate')
      return { absorbed: false, claimed: false, negated: true };
    if (infinitive && (gov.pattern.complement === 'keep' || gov.pattern.complement === 'yield'))
      return { absorbed: false, claimed: false, negated: false };
    // "helped to detain the tanker": the act of force is the helper's own (forceful-help.ts).
    if (infinitive && gov.pattern.complement === 'cede' && forceAt(triggers, t.anchor))
      return { absorbed: false, claimed: false, negated: false };
    if (infinitive || (thatClause && gov.pattern.type === 'REQUEST')) {
      return { absorbed: true, claimed: false, negated: false };
    }
    return { absorbed: false, claimed: false, negated: false };
  }
  return { absorbed: false, claimed: false, negated: false };
}

/** Token ranges a denial covers ("denied planning an offensive"): nothing inside is an event. */
export function denialRanges(tokens: Token[], triggers: TriggerMatch[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const t of triggers) {
    if (t.pattern.role !== 'denial') continue;
    let end = t.last + 1;
    // "denied that ... and accused Kyiv of ...": a coordinated verb starts a new assertion.
    const next = triggers.find(
      (x) => x.anchor > t.last && ['and', 'but', ','].includes(tokens[x.anchor - 1]?.lower ?? ''),
    );
    const stop = next ? next.anchor - 1 : tokens.length;
    while (end < stop && ![';', '.'].includes(tokens[end]!.lower)) end++;
    ranges.push([t.anchor, end]);
  }
  return ranges;
}

export function mainSubject(
  tokens: Token[],
  mentions: ActorMention[],
  before: number,
): ActorMention | null {
  for (const m of mentions) {
    if (m.first >= before) break;
    const prev = tokens[m.first - 1]?.lower;
    if (
      !prev ||
      !['of', 'to', 'with', 'by', 'in', 'on', 'for', 'from', 'at', 'against'].includes(prev)
    )
      return m;
  }
  return null;
}

/**
 * "Germany sent a field hospital to Ukraine but refused to ...": a verb right after "but"/"and"
 * (give or take an auxiliary) continues the clause of the first subject; a relative clause
 * ("a resolution that aims to impose") does not.
 */
/** Whether an AGREE trigger governs an infinitive ("agreed to meet", "ready to talk"). */
export function intentComplement(tokens: Token[], trigger: TriggerMatch): boolean {
  const last = tokens[trigger.last]!;
  const next = tokens[trigger.last + 1];
  const after = tokens[trigger.last + 2];
  if (last.lower === 'to') return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
  return (
    next?.lower === 'to' && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')
  );
}

/** The last token before the trigger's object: the anchor, or the pattern's fixed words right after it. */
export function objectStart(trigger: TriggerMatch): number {
  let k = trigger.anchor;
  while (trigger.tokens.includes(k + 1)) k++;
  return k;
}

/** What may stand between a subject or a conjunction and its verb ("had", "promptly", "not"). */
const VERB_GROUP_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/**
 * The index of the last token before the verb at `anchor` that is not of its verb group
 * (auxiliaries, adverbs, particles), looking back no further than `floor`: `floor - 1` when the
 * group reaches it.
 */
export function beforeVerbGroup(tokens: readonly Token[], anchor: number, floor = 0): number {
  let k = anchor - 1;
  while (k >= floor && VERB_GROUP_POS.has(tokens[k]!.pos)) k--;
  return k;
}

/** A verb right after "and"/"or" (give or take an auxiliary or adverb): a coordinated predicate. */
export function coordinated(tokens: Token[], anchor: number): boolean {
  const k = beforeVerbGroup(tokens, anchor);
  return k >= 0 && ['and', 'or'].includes(tokens[k]!.lower);
}

export function sharesSubject(tokens: Token[], from: number, anchor: number): boolean {
  const between = tokens.slice(from, anchor);
  if (between.some((t) => ['that', 'which', 'who', 'whom', 'whose', ';'].includes(t.lower)))
    return false;
  const k = beforeVerbGroup(tokens, anchor, from);
  return k >= from && ['but', 'and'].includes(tokens[k]!.lower);
}

/**
 * "the troops massed near Ukraine", "the statement condemning Russia": a participle right after
 * the object of another verb describes that object; it is not a new act.
 */
export function reducedRelative(
  tokens: Token[],
  anchor: number,
  mentions: ActorMention[],
): boolean {
  const verb = tokens[anchor]!;
  const prev = tokens[anchor - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  if (verb.lower.endsWith('ing')) {
    // "for one of its gunboats intercepting a ship": a gerund after the object of a preposition.
    let k = anchor - 2;
    while (k >= 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON'].includes(tokens[k]!.pos)) k--;
    return k >= 0 && tokens[k]!.pos === 'ADP';
  }
  if (verb.lower === verb.lemma || !/(?:ed|en|wn)$/.test(verb.lower)) return false;
  // A past participle: only when what follows is no object and the noun before is itself an object.
  const next = tokens[anchor + 1];
  if (!next || next.pos !== 'ADP') return false;
  const np = mentions.find((m) => m.last === anchor - 1);
  // "under a deal brokered by China": a participle with its agent after a plain noun describes
  // the noun (the "Qatar-brokered deal" of the hyphen rule, spelt out).
  if (!np && prev.pos === 'NOUN' && next.lower === 'by') return true;
  if (!np) return false;
  // "Thousands of Armenians protested in Yerevan": the group a count opens the clause with is
  // its subject, not an object that a participle describes.
  if (headOfPartitive(tokens, np)) return false;
  // "Arab League ministers meeting in Doha called on ...": a sentence with no finite verb before
  // the noun has its main verb still to come, and this is it.
  if (!finiteVerbBefore(tokens, np.first)) return false;
  let k = np.first - 1;
  while (
    k >= 0 &&
    (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')
  )
    k--;
  // "At least ten civilians died in ...": the count's "at least" opens the subject.
  if (['least', 'most'].includes(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'at') k -= 2;
  const head = tokens[k];
  // "Seoul said North Korean troops fired at ...": after a verb of saying the noun opens a clause
  // and is its subject, not an object.
  if (head?.pos === 'VERB' && REPORTING_VERBS.has(head.lemma)) return false;
  // "weeks after Canberra called for an inquiry": after a word that opens a clause of time or
  // cause the noun is that clause's subject, unless the participle has its own agent ("after
  // the aid sent by Jordan"). Not "as": what goes on meanwhile ("as authorities in Croatia
  // cracked down") is the scene of the main act, which PLOVER's gold leaves uncoded.
  if (
    head?.pos === 'ADP' &&
    head.lower !== 'as' &&
    SUBORDINATORS.has(head.lower) &&
    next.lower !== 'by'
  )
    return false;
  return head !== undefined && (head.pos === 'VERB' || head.pos === 'ADP' || head.pos === 'ADV');
}

/** Verbs that report a clause ("said", "claimed"), not ones that take a person as object ("told"). */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'announce',
  'confirm',
  'report',
  'add',
  'state',
  'claim',
  'insist',
  'allege',
  'note',
  'declare',
  'believe',
]);

/**
 * "Armenia and Azerbaijan accused each other", "blamed one another": a reciprocal pronoun as the
 * object (right after the pattern's words, give or take an adverb) makes every member of a compound
 * subject the target of every other.
 */
export function reciprocalObject(tokens: Token[], trigger: TriggerMatch): boolean {
  let k = objectStart(trigger) + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  const [a, b] = [tokens[k]?.lower, tokens[k + 1]?.lower];
  if ((a === 'each' && b === 'other') || (a === 'one' && b === 'another')) return true;
  // "Eritrea and Ethiopia each accused the other": "each" floated after the subject; "...
  // and each side blamed the other": "each" with a noun of the sides as the subject.
  if (a !== 'the' || b !== 'other') return false;
  const before = tokens[trigger.anchor - 1]?.lower ?? '';
  return (
    before === 'each' || (SIDE_NOUNS.has(before) && tokens[trigger.anchor - 2]?.lower === 'each')
  );
}

/** Nouns of the sides of a dispute after "each" ("each side", "each government"). */
const SIDE_NOUNS: ReadonlySet<string> = new Set(['side', 'party', 'country', 'government', 'army']);

/**
 * "India said Pakistani troops shelled its posts", "fired rockets at its cities": the object is
 * something of an owner named only by a possessive. Returns the possessive's index, or -1.
 * Prepositions between ("at its", "on their") are skipped.
 */
export function possessiveObject(tokens: Token[], trigger: TriggerMatch): number {
  // "cross into its territory": a pattern that names the object holds the possessive in its gap.
  for (let i = trigger.anchor + 1; i < trigger.last; i++)
    if (['its', 'their'].includes(tokens[i]!.lower) && tokens[i + 1]?.pos !== 'VERB') return i;
  let k = trigger.last + 1;
  for (let hops = 0; hops < 2 && tokens[k]?.pos === 'ADP'; hops++) k++;
  const word = tokens[k]?.lower;
  const next = tokens[k + 1];
  return (word === 'its' || word === 'their') && next && ['NOUN', 'ADJ'].includes(next.pos)
    ? k
    : -1;
}

const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying',
  'adding',
  'insisting',
  'claiming',
  'stating',
  'arguing',
  'explaining',
  'warning',
]);

/** "..., saying (that) it would ...": the word at `first` is the subject of a participle's report. */
export function reportingParticiple(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'that') k--;
  return REPORTING_PARTICIPLES.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === ',';
}

/** A verb or auxiliary before `end` that is no "-ing" form (a participle or gerund modifies). */
function finiteVerbBefore(tokens: Token[], end: number): boolean {
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing')) return true;
  }
  return false;
}

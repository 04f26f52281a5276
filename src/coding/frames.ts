// Frames that give an act its roles other than by subject and object: the one who came under fire,
// the parties after "between", the state entered, the owner of an attack or of a struck town, the
// party addressed, the idiom of criticism and the counted crowd (seventh round, issue 15). Pure
// functions of the sentence's tokens and actor mentions, used by the coder (coder.ts).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import type { TriggerMatch } from './triggers.js';
import { placeActor, type PlaceAt } from './places.js';
import { classWords } from './word-classes.js';
import { withSector } from '../actors/actor-record.js';
import { mentionWith } from './mention-record.js';

/** Sectors of critics: "came under fire from rights groups" is criticism, not gunfire. */
const CRITIC_SECTORS: ReadonlySet<string> = new Set([
  'OPP',
  'LEG',
  'NGO',
  'MED',
  'JRN',
  'CVL',
  'EDU',
  'REL',
  'LAB',
]);

/**
 * "The minister came under fire over the deal", "... from opposition lawmakers", "... for failing
 * to act": the idiom of criticism, told by its topic ("over", "for" a gerund) or its critics.
 */
export function criticised(
  tokens: Token[],
  last: number,
  ceiling: number,
  doer: ActorMention | undefined,
): boolean {
  if (doer && CRITIC_SECTORS.has(doer.actor.sector)) return true;
  for (let i = last + 1; i < ceiling; i++) {
    const t = tokens[i]!;
    if (t.lower === 'over') return true;
    if (t.lower === 'for' && tokens[i + 1]?.lower.endsWith('ing')) return true;
  }
  return false;
}

/**
 * A state named by its adjective or possessive before a place of the kind attacks strike (word
 * class `struck-places`: "Saudi border towns", "a Turkish border post", "the Eritrean capital",
 * "Iran's Sistan-Baluchestan province"), in
 * tokens `from` to `to`: the state whose place it is. The country alone, no sector.
 */
export function struckPlaceOwner(
  tokens: Token[],
  mentions: ActorMention[],
  from: number,
  to: number,
): ActorMention | undefined {
  const struckPlaces = classWords('struck-places');
  const m = mentions.find((x) => {
    // "Iran's Sistan-Baluchestan province", "Abu Dhabi's airport": a possessive names the owner too.
    const possessive = tokens[x.last + 1]?.lower === "'s" && !x.pronoun;
    if (!(x.adjectiveOnly || possessive) || !x.actor.root || x.first < from || x.last >= to)
      return false;
    const start = x.last + (possessive ? 2 : 1);
    // After a possessive the place may have a name of its own ("Iran's Sistan-Baluchestan
    // province"): proper nouns and their hyphens may come between.
    const reach = possessive ? 4 : 2;
    for (let k = start; k <= start + reach && k < to; k++) {
      const t = tokens[k]!;
      if (struckPlaces.has(t.lower)) return true;
      const named = possessive && (t.pos === 'PROPN' || t.lower === '-');
      if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && !named) return false;
    }
    return false;
  });
  return m && mentionWith(m, { adjectiveOnly: false, actor: withSector(m.actor, '') });
}

/**
 * The one whose attack a pattern ending in the attack's noun names inside it: "died in Saudi-led
 * air strikes", "were killed in an Israeli airstrike" (the state named between "in" and the noun).
 */
export function attackOwner(
  tokens: Token[],
  mentions: ActorMention[],
  trigger: TriggerMatch,
): ActorMention | undefined {
  let inAt = -1;
  for (let k = trigger.last - 1; k > trigger.anchor; k--) {
    if (tokens[k]!.lower === 'in') {
      inAt = k;
      break;
    }
  }
  if (inAt < 0) return undefined;
  const owners = mentions.filter(
    (m) => m.first > inAt && m.first < trigger.last && m.actor.root && !m.pronoun,
  );
  return owners.at(-1);
}

/** The country of a place named after "from" in the clause ("... fire from Tigray"). */
export function placeAfterFrom(
  tokens: Token[],
  places: PlaceAt[],
  last: number,
  ceiling: number,
): string | null {
  const p = places.find((x) => {
    if (x.first <= last || x.first >= ceiling || !x.place.country) return false;
    let k = x.first - 1;
    while (k > last && tokens[k]!.pos === 'DET') k--;
    return tokens[k]?.lower === 'from';
  });
  return p ? p.place.country : null;
}

/** Words before a noun inside its own phrase ("heavy", "the", "fresh", "Saturday's"). */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);
const MODAL_WORDS = new Set(['must', 'should', 'would', 'could', 'might', 'may', 'will', 'can']);

/**
 * Whether an act named by a noun and told by the verb after it ("fighting erupted between ...")
 * is asserted: the noun heads the subject (what comes before its phrase is the sentence's start,
 * punctuation, "that" or a reporting verb, not a verb it is the object of: "hopes to end the
 * fighting between ..."), and a verb, not a modal, stands between it and "between" ("the
 * fighting between X and Y must stop"), or, with "between" right after the noun, follows the
 * parties (`toldAfterParties`). So is fighting the casualties were taken in ("13 people were
 * killed in clashes between the army and the militia", `casualtiesBefore`).
 */
export function assertedBetween(tokens: Token[], trigger: TriggerMatch): boolean {
  const gap = tokens.slice(trigger.anchor + 1, trigger.last);
  if (gap.some((t) => MODAL_WORDS.has(t.lower))) return false;
  let i = trigger.anchor - 1;
  while (i >= 0 && NOUN_PHRASE_POS.has(tokens[i]!.pos)) i--;
  const before = tokens[i];
  if (gap.length === 0 && before?.lower === 'in' && casualtiesBefore(tokens, i)) return true;
  if (
    gap.length === 0 ? !toldAfterParties(tokens, trigger.last) : !gap.some((t) => t.pos === 'VERB')
  )
    return false;
  return (
    before === undefined ||
    before.pos === 'PUNCT' ||
    before.lower === 'that' ||
    classWords('speech-verbs').has(before.lemma)
  );
}

/** How far before the "in" of "killed on Tuesday in clashes" the casualty verb may stand. */
const CASUALTY_REACH = 5;

/**
 * Whether a verb of casualties (word class `casualty-verbs`: killed, died, wounded ...) stands
 * shortly before the "in" at `inAt`, with no punctuation between and no modal or "if" before
 * it ("could be killed in clashes between ..." is feared, not told).
 */
function casualtiesBefore(tokens: Token[], inAt: number): boolean {
  const casualties = classWords('casualty-verbs');
  for (let k = inAt - 1; k >= Math.max(0, inAt - CASUALTY_REACH); k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return false;
    if (!casualties.has(t.lower)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--)
      if (MODAL_WORDS.has(tokens[j]!.lower) || tokens[j]!.lower === 'if') return false;
    return true;
  }
  return false;
}

/** How far after "between" the verb of a subject "clashes between A and B" may stand. */
const PARTIES_REACH = 14;

/**
 * Whether "fighting/clashes between A and B" is the subject of a verb that tells the fighting
 * as done ("clashes between Israeli forces and gunmen in Jenin left five dead", "fighting between
 * the army and the RSF spread to Omdurman"): the first verb after the parties (`between` is the
 * index of "between"), with no punctuation before it, is finite and neither modal ("must stop")
 * nor perfect: "fighting between the army and the RSF has killed 12,000 people" sums up a war
 * (the gold codes such counts as no act).
 */
function toldAfterParties(tokens: Token[], between: number): boolean {
  const end = Math.min(tokens.length, between + PARTIES_REACH);
  for (let k = between + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.lower !== '-') return false;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB') return !t.lower.endsWith('ing') && tokens[k - 1]?.lower !== 'to';
  }
  return false;
}

/** How far after a verb of entering the state entered may be named ("entered the war-torn east of"). */
export const ENTERED_REACH = 5;

/**
 * Where a verb's direct object ends: at the first preposition other than "of" ("entered talks
 * with UNITA" ends before "with"; "the east of Congo" is still the object), or at `end`.
 */
export function directObjectEnd(tokens: Token[], last: number, end: number): number {
  let stop = last + 1;
  while (stop < end && (tokens[stop]!.pos !== 'ADP' || tokens[stop]!.lower === 'of')) stop++;
  return stop;
}

/**
 * Where the object of a verb of entering ends when it names the way crossed, not the state
 * reached (word class `crossed-ways`): "trucks crossed the border into Syria", "lorries crossed
 * the Moei river into Myanmar" reach the state after "into". `stop` is the end of the direct
 * object after the verb at `verb` (directObjectEnd); the "into" phrase then ends the object.
 */
export function pastCrossedWay(tokens: Token[], verb: number, stop: number, bound: number): number {
  if (tokens[stop]?.lower !== 'into') return stop;
  const ways = classWords('crossed-ways');
  if (!tokens.slice(verb + 1, stop).some((t) => ways.has(t.lower))) return stop;
  return directObjectEnd(tokens, stop, Math.min(bound, stop + 1 + ENTERED_REACH));
}

/**
 * The state a verb of entering ends in: a state named in its object, else the country of a place
 * named there ("crossed into Ituri province").
 */
export function enteredState(
  mentions: ActorMention[],
  last: number,
  stop: number,
  placeOfObject: string | null,
): ActorMention | null {
  const named = mentions.find(
    (m) => m.first > last && m.first < stop && m.kind === 'state' && m.actor.root && !m.modifier,
  );
  if (named) return named;
  return placeOfObject ? placeActor(placeOfObject) : null;
}

/**
 * A target that is another party, whose country an actor named by sector or title alone does not
 * share: a state or organisation named whole ("the minister called on the U.S. ...", "did not ask
 * Moscow for help"; "the Montenegro Assembly" is a body of a state, whose own people may address
 * it), or anyone told to act ("urged the Serbian government to ...": the addressee of a request).
 */
export function addressedParty(tokens: Token[], m: ActorMention): boolean {
  const next = tokens[m.last + 1];
  const whole = next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
  if (whole && (m.kind === 'organisation' || m.kind === 'state')) return true;
  return tokens[m.last + 1]?.lower === 'to' && tokens[m.last + 2]?.pos === 'VERB';
}

/** Counts that make a crowd: "thousands of Sri Lankans", "hundreds of students". */
const CROWD_COUNTS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'tens']);

/**
 * "Thousands of Sri Lankans stormed the president's residence": civilians counted in the
 * hundreds or thousands acting by force are a crowd, as the crowd words are.
 */
export function countedCrowd(tokens: Token[], m: ActorMention): boolean {
  // A people counted ("thousands of Sri Lankans") is its civilians, whatever the sector read.
  const people = m.kind === 'state' && !m.actor.sector && /s$/.test(tokens[m.last]?.lower ?? '');
  if (!people && !['CVL', 'EDU', 'LAB'].includes(m.actor.sector)) return false;
  const at = (k: number) => tokens[k]?.lower ?? '';
  return (
    CROWD_COUNTS.has(at(m.first)) || (at(m.first - 1) === 'of' && CROWD_COUNTS.has(at(m.first - 2)))
  );
}

/** Possessive pronouns that may name a person's following: "his supporters". */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * "Supporters of the cleric X stormed the palace", "his followers ransacked ...": one named
 * person's following, told by a plural noun before "of" the person or after the person's
 * possessive, is a crowd when it acts by force; one person does not storm a building. Armed
 * followings ("fighters of", "forces loyal to": word classes `forces`, `insurgent-words`) are not.
 */
export function personsFollowing(tokens: Token[], m: ActorMention): boolean {
  if (m.kind !== 'person') return false;
  let k = m.first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  let head: Token | undefined;
  if (tokens[k]?.lower === 'of') head = tokens[k - 1];
  else if (tokens[m.last + 1]?.lower === "'s") head = tokens[m.last + 2];
  else if (m.pronoun && POSSESSIVE_PRONOUNS.has(tokens[m.last]!.lower)) head = tokens[m.last + 1];
  // A plural common noun; the tagger reads one opening the sentence as a name ("Supporters of").
  const common = head?.pos === 'NOUN' || (head?.pos === 'PROPN' && head === tokens[0]);
  if (!head || !common || !/[^s]s$/.test(head.lower)) return false;
  return !classWords('forces').has(head.lower) && !classWords('insurgent-words').has(head.lower);
}

/** Prepositions an act's object may follow: "imposed sanctions on the group". */
const OBJECT_PREPS: ReadonlySet<string> = new Set(['on', 'against', 'at', 'to', 'with']);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);
/**
 * "welcomed their return", "condemned his arrest": a possessive points back as "the" does, in a
 * reaction to the act; not in a call for it ("ordered his arrest", "demanded their release": the
 * act asked for is a new one).
 */
const POSSESSIVES: ReadonlySet<string> = new Set(['their', 'its', 'his', 'her']);

/**
 * Whether the object after an act's words (`last`) is a definite noun phrase that points back to
 * an act or a party the sentence named before (word class `back-references`): "and the Council
 * condemned the decision", "Juba rejected the move", "imposed sanctions on the group"; with
 * `possessive`, also "welcomed their release".
 */
export function backReference(
  tokens: Token[],
  last: number,
  ceiling: number,
  possessive = false,
): boolean {
  const head = definiteObjectHead(tokens, last, ceiling, possessive);
  return head >= 0 && classWords('back-references').has(tokens[head]!.lower);
}

/**
 * The head of a definite noun phrase right after an act's words (`last`), or -1: the last noun
 * of "the military government", "the junta's decision", "on the group".
 */
export function definiteObjectHead(
  tokens: Token[],
  last: number,
  ceiling: number,
  possessive = false,
): number {
  let k = last + 1;
  if (OBJECT_PREPS.has(tokens[k]?.lower ?? '')) k++;
  const det = tokens[k]?.lower ?? '';
  if (!DEFINITE.has(det) && !(possessive && POSSESSIVES.has(det))) return -1;
  k++;
  let head = -1;
  for (; k < ceiling && k < last + 7; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') head = k;
    else if (t.pos !== 'ADJ') break;
  }
  return head;
}

/** Nouns of fighting between two sides: "in a clash with", "in fighting with", "in a gunbattle with". */
const CLASH_NOUNS: ReadonlySet<string> = new Set([
  'clash',
  'clashes',
  'fighting',
  'battle',
  'battles',
  'firefight',
  'gunbattle',
  'gunfight',
  'skirmish',
  'skirmishes',
  'confrontation',
  'shootout',
]);
/** How far after the verb the clash may be told ("were killed on Monday in a clash with"). */
const CLASH_REACH = 8;

/**
 * "Twenty soldiers were killed in a clash with Chinese troops": the other side of the fighting
 * the victims died in is the doer. The named actor after "with" following a noun of fighting
 * (CLASH_NOUNS) within the clause after the verb ending at `last`.
 */
export function clashPartner(
  tokens: Token[],
  mentions: ActorMention[],
  last: number,
  ceiling: number,
): ActorMention | undefined {
  const end = Math.min(ceiling, last + CLASH_REACH);
  for (let k = last + 1; k < end; k++) {
    const t = tokens[k]!;
    // "fighting" may be tagged a verb: the noun test comes first.
    const clash = CLASH_NOUNS.has(t.lower) && tokens[k + 1]?.lower === 'with';
    if (!clash && (t.pos === 'PUNCT' || t.pos === 'VERB')) return undefined;
    if (!clash) continue;
    return mentions.find(
      (m) => m.first > k + 1 && m.first <= k + 4 && m.actor.root !== '' && !m.pronoun,
    );
  }
  return undefined;
}

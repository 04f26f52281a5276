// Places in the coder: where a sentence's acts happen, and the countries that places and the other
// side of an event lend to actors the text names only by sector ("demonstrators", "rebels").
import type { Place } from '../records.js';
import type { AnalysedSentence, Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import type { CoderDeps, PlaceSpanLike } from './coder.js';
import { foreignRoot } from './missions-abroad.js';
import { classWords } from './word-classes.js';
import { datelineOf } from '../places/dateline.js';
import { actorRecord, withRoot } from '../actors/actor-record.js';
import { mentionRecord, mentionWith } from './mention-record.js';

/** Sectors whose members are usually of the country where they act (civilians, rebels, police...). */
const INFERABLE_SECTORS: ReadonlySet<string> = new Set([
  'CVL',
  'REB',
  'OPP',
  'REF',
  'EDU',
  'LAB',
  'CRM',
  'COP',
  'JRN',
  'MED',
  'BUS',
  'HLH',
  'REL',
  'GOV',
  'JUD',
  'LEG',
  'NGO',
]);

export type RoleMention = ActorMention & { fromPlace?: boolean };

export interface PlaceAt {
  first: number;
  last: number;
  place: Place;
}

/** Prepositions that make a state's name the place of an act ("in southeastern Serbia"). */
const LOCATIVE_PREPS = new Set([
  'in',
  'at',
  'near',
  'across',
  'throughout',
  'inside',
  'outside',
  'into',
  'around',
]);

/** A state's name after a preposition of place, with at most three words between. */
function inPhraseOfPlace(tokens: Token[], m: ActorMention): boolean {
  for (let i = m.first - 1; i >= Math.max(0, m.first - 4); i--) {
    const t = tokens[i]!;
    if (LOCATIVE_PREPS.has(t.lower)) return true;
    // "in northwest Nigeria": the tagger reads some compass words as adverbs or nouns.
    if (!['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'PUNCT'].includes(t.pos)) return false;
  }
  return false;
}

/**
 * Whether the words of a place name a state as the actor finder reads them, other than as where
 * something happens: another state ("the Somali capital" is Somalia's, not a town of Ethiopia's
 * Somali region), or a state as a party ("appealed to the United States to ...": the addressee,
 * not the place that would lend its country to "the minister").
 */
function namesOtherState(
  tokens: Token[],
  place: Place,
  mentions: ActorMention[],
  first: number,
  last: number,
) {
  return mentions.some(
    (m) =>
      m.kind === 'state' &&
      !m.pronoun &&
      m.actor.root &&
      m.first <= last &&
      m.last >= first &&
      (m.actor.root !== place.country ||
        (place.level === 'country' && !m.locative && !inPhraseOfPlace(tokens, m))),
  );
}

/**
 * The places a sentence names, less its dateline's unless the dateline may stand for where the
 * act happened: the city is where the story was filed, and where the act happened only when the
 * sentence names no other place and no state, or state's agent, but the city's own. A regional
 * desk reports its neighbours ("NAIROBI, Kenya — ... killed 20 in central Somalia"; "BANGKOK: A
 * Myanmar military airstrike on a village killed ten": neither a Kenyan nor a Thai place, nor a
 * Thai target).
 */
function sentencePlaces(
  s: AnalysedSentence,
  deps: CoderDeps,
  mentions: readonly ActorMention[],
): PlaceSpanLike[] {
  const spans = deps.findPlaces(s.text);
  const dateline = datelineOf(s.text);
  if (!dateline) return spans;
  const after = spans.filter((span) => span.start >= dateline.end);
  if (after.length > 0) return after;
  const desk = spans.find((span) => span.start < dateline.end)?.place.country;
  const foreign = mentions.some(
    (m) =>
      m.kind !== 'organisation' &&
      m.actor.root !== '' &&
      m.actor.root !== desk &&
      s.tokens[m.first]!.start - s.start >= dateline.end,
  );
  return foreign ? after : spans;
}

export function placeSpans(
  s: AnalysedSentence,
  deps: CoderDeps,
  mentions: ActorMention[] = [],
): PlaceAt[] {
  const out: PlaceAt[] = [];
  for (const span of sentencePlaces(s, deps, mentions)) {
    const start = span.start + s.start;
    const end = span.end + s.start;
    const first = s.tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last + 1 < s.tokens.length && s.tokens[last + 1]!.end <= end) last++;
    if (first >= 0 && !namesOtherState(s.tokens, span.place, mentions, first, last))
      out.push({ first, last, place: span.place });
  }
  return out;
}

/** The country of the sentence's place nearest the trigger, if any. */
export function placeCountry(s: AnalysedSentence, places: PlaceAt[], anchor: number): string {
  let best: PlaceAt | null = null;
  for (const p of places) {
    if (!p.place.country) continue;
    if (!best || Math.abs(p.first - anchor) < Math.abs(best.first - anchor)) best = p;
  }
  return best?.place.country ?? '';
}

export function objectPlace(
  s: AnalysedSentence,
  places: PlaceAt[],
  last: number,
  ceiling: number,
): string | null {
  const p = places.find(
    (x) => x.first > last && x.first < Math.min(ceiling, last + 14) && x.place.country,
  );
  return p ? p.place.country : null;
}

/** The doer of an earlier act in the sentence, as a party named by no words of this clause. */
export function doerOf(earlier: { source: { root: string; sector: string } }): RoleMention {
  return mentionWith(placeActor(earlier.source.root), {
    actor: actorRecord(earlier.source.root, earlier.source.sector, '', undefined),
    locative: false,
    fromPlace: false,
  });
}

export function placeActor(country: string): RoleMention {
  return mentionRecord({
    first: -1,
    last: -1,
    actor: actorRecord(country, '', '', undefined),
    kind: 'state',
    pronoun: false,
    adjectiveOnly: false,
    plural: false,
    locative: true,
    fromPlace: true,
  });
}

/** A place's people: the civilians of its country, as a crowd with no country named is placed. */
export function placeCrowd(country: string): RoleMention {
  return mentionWith(placeActor(country), { actor: actorRecord(country, 'CVL', '', undefined) });
}

/**
 * A sector noun with no country ("demonstrators", "gunmen") takes one from the sentence's place,
 * else from the other side of the event (most such events are within one country), else from
 * what the document's earlier sentences said (`fromContext`, see context.ts).
 */
export function withInferredRoot(
  m: ActorMention,
  placeRoot: string,
  other: ActorMention | undefined,
  fromContext: (sector: string) => string = () => '',
  atHome = false,
): RoleMention {
  // Officials, diplomats and soldiers of no named country are not placed: "the ministers
  // discussed Ukraine" says nothing of whose ministers they are.
  if (
    m.actor.root ||
    (m.kind !== 'sector' && !INFERABLE_SECTORS.has(m.actor.sector)) ||
    (m.kind === 'office' && m.plural && (m.actor.sector === 'GOV' || m.actor.sector === 'DIP'))
  )
    return m;
  // A government or ministry is placed by the other side only ("protested against the
  // government" at home), never by a place named in passing; a named office holder ("President
  // X ... in Sudan") is placed. So is one that arrests, bans or detains (`atHome`): "the junta
  // arrested protesters in Yangon" is Myanmar's, for a government coerces its own people.
  const placed = m.actor.sector !== 'GOV' || (m.kind === 'office' && !m.plural) || atHome;
  // "Protesters rallied outside the US embassy", "police detained the Russian envoy": a state's
  // embassy or envoy stands abroad (and an organisation has no people), so its root is not the
  // unnamed doer's, nor the place's when named only as the embassy's owner.
  const abroad = foreignRoot(other);
  const root =
    [placed ? placeRoot : '', other?.actor.root ?? '', fromContext(m.actor.sector)].find(
      (r) => r !== '' && r !== abroad,
    ) ?? '';
  return root ? mentionWith(m, { actor: withRoot(m.actor, root), fromPlace: true }) : m;
}

/**
 * A legislature of no named country ("lawmakers", "parliament") after one the sentence named
 * ("The House of Representatives voted ..., and Zelenskiy thanked lawmakers") is that one: the
 * chamber spoken of again, not the doer's own, which `withInferredRoot` would otherwise lend it.
 */
export function namedLegislature(m: ActorMention, mentions: readonly ActorMention[]): ActorMention {
  if (m.actor.root || m.pronoun || m.actor.sector !== 'LEG') return m;
  const named = mentions.filter(
    (x) => x.last < m.first && x.actor.root && x.actor.sector === 'LEG',
  );
  const roots = new Set(named.map((x) => x.actor.root));
  if (roots.size !== 1) return m;
  return mentionWith(m, { actor: withRoot(m.actor, [...roots][0]!) });
}

export function firstPlace(
  s: AnalysedSentence,
  mentions: ActorMention[],
  deps: CoderDeps,
): Place | null {
  for (const span of sentencePlaces(s, deps, mentions)) {
    const start = span.start + s.start;
    const overlapping = mentions.filter((m) => {
      const a = s.tokens[m.first]!.start;
      const b = s.tokens[m.last]!.end;
      return start >= a && start < b && !m.pronoun;
    });
    const other = overlapping.some(
      (m) => m.kind === 'state' && m.actor.root && m.actor.root !== span.place.country,
    );
    if (other) continue;
    if (overlapping.length === 0 || span.place.level !== 'country') return span.place;
  }
  return null;
}

/** Prepositions of where a crowd gathers or goes ("in", "through", "across" the streets of X). */
const WHERE = new Set(['in', 'through', 'across', 'throughout', 'outside', 'around', 'at', 'of']);

/**
 * A state named, by its name, capital, adjective or possessive, in a phrase of place after the
 * verb: "marched through Tunisia's capital", "took to the streets of Romanian cities". Reached
 * from the verb through a preposition of place with no verb between, and not "against" it
 * ("protested against Iran" names a target, not a venue).
 */
export function isVenue(tokens: Token[], m: ActorMention, from: number): boolean {
  if (m.first <= from || !m.actor.root || m.kind !== 'state' || m.pronoun) return false;
  let prep = false;
  for (let i = from + 1; i < m.first; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'against') return false;
    if (WHERE.has(t.lower)) prep = true;
  }
  return prep;
}

/** Prepositions before the state a diplomat is posted to or recalled from. */
const POSTED_IN: ReadonlySet<string> = new Set(['from', 'to', 'in']);

/**
 * "recalled Sudan's ambassador from Nairobi", "ordered the recall of the ambassador to Spain": a
 * state's own diplomat (or one of no named state) is not the one its recall is aimed at; the
 * state the diplomat was posted to, named or placed after the object, is. Null unless every
 * target is such a diplomat and another state is named there.
 */
export function postedState(
  tokens: Token[],
  mentions: ActorMention[],
  targets: RoleMention[],
  sources: RoleMention[],
  placeOfObject: string | null,
  ceiling: number,
): RoleMention | null {
  const own = (t: RoleMention): boolean =>
    t.actor.sector === 'DIP' &&
    (t.actor.root === '' || sources.some((x) => x.actor.root === t.actor.root));
  if (targets.length === 0 || !targets.every(own)) return null;
  const end = Math.max(...targets.map((t) => t.last));
  const other = (root: string): boolean =>
    root !== '' && !sources.some((x) => x.actor.root === root);
  const named = mentions.find(
    (m) =>
      m.first > end &&
      m.first <= end + 3 &&
      m.first < ceiling &&
      POSTED_IN.has(tokens[m.first - 1]?.lower ?? '') &&
      !m.pronoun &&
      other(m.actor.root),
  );
  if (named) return named;
  return placeOfObject && other(placeOfObject) ? placeActor(placeOfObject) : null;
}

/**
 * "Militants in northern Mali attacked an army base": a subject placed by its own words names
 * where it acts, so an unnamed object (the base) is of that country when the sentence names no
 * other place. The subject's country, or '' when its words place it nowhere.
 */
export function locatedIn(tokens: Token[], subject: RoleMention): string {
  if (subject.first < 0 || !subject.actor.root) return '';
  for (let k = subject.first + 1; k < subject.last; k++) {
    if (tokens[k]!.lower === 'in') return subject.actor.root;
  }
  return '';
}

/** How many words after the verb its object's owner word may stand ("part of a Karen guerrilla"). */
const OBJECT_REACH = 6;

/**
 * "Burmese troops captured part of a Karen guerrilla stronghold", "shelled rebel positions": an
 * object an armed group holds (a word of class `insurgent-words` soon after the verb), which a
 * state's forces strike in their own country when no other side is named.
 */
export function rebelHeld(tokens: Token[], verb: number, ceiling: number): boolean {
  const words = classWords('insurgent-words');
  const end = Math.min(ceiling, verb + 1 + OBJECT_REACH);
  for (let k = verb + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.lower === ',' || t.lower === '.') return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}

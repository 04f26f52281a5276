// Finds place names in a sentence. A capitalised word (or run of words) that names a gazetteer
// place is a candidate; in contextual mode it only counts when the text says it is a place:
// a preposition before it ("in Kyiv", "near the town of Avdiivka"), a region word after it
// ("Donetsk region"), a dateline ("KYIV, Feb 2 -"), or a list with a place already found
// ("in Kyiv, Kharkiv and Odesa"). Countries need a preposition: "Jordan said" is an actor.
import type { Place } from '../records.js';
import { gazetteer, type Candidate, type Gazetteer } from './gazetteer.js';
import { datelineOf } from './dateline.js';
import { ADMIN_SUFFIXES, ADMIN_SUFFIXES_PLURAL, placeKey } from './normalize.js';

export interface PlaceSpan {
  start: number;
  end: number;
  text: string;
  place: Place;
}

export interface FindPlacesOptions {
  /** Only names the context marks as places (default true). False: every gazetteer name. */
  contextual?: boolean;
}

interface Token {
  start: number;
  end: number;
  lower: string;
  cap: boolean;
  /** placeKey of the word, computed when first needed. */
  key?: string;
  /** Ends in 's: "Russia's". The token's end excludes the 's. */
  possessive: boolean;
}

interface RawMatch {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  candidate: Candidate;
  /** Every place of the name, best first ("Tripoli": Libya's, then Lebanon's). */
  list: Candidate[];
  explicit: boolean;
  /** Followed by "regions"/"oblasts": names before it joined by "and" are regions too. */
  plural: boolean;
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;
const UPPER = /\p{Lu}/u;

/** Words before a name that make it a place, for every kind of place. */
const PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'from',
  'of',
  'to',
  'into',
  'across',
  'around',
  'over',
  'towards',
  'toward',
  'through',
  'throughout',
  'inside',
  'within',
  'via',
  'between',
  'beyond',
  'off',
  'nearby',
]);
/**
 * Further words that make a city or region (not a country: "attacked Ukraine" is a target) a place:
 * verbs whose object is a place attacked, taken, entered or left ("pounded the Gaza Strip",
 * "stormed El Fasher"), as whole verbs with their regular forms (`verbForms`) and irregular ones.
 */
const PLACE_VERB_STEMS = [
  'shell',
  'attack',
  'bomb',
  'bombard',
  'pound',
  'hammer',
  'raid',
  'storm',
  'invade',
  'occupy',
  'capture',
  'seize',
  'enter',
  'liberate',
  'encircle',
  'besiege',
  'surround',
  'blockade',
  'visit',
  'reach',
  'evacuate',
  'recapture',
  'target',
  'strafe',
  'rocket',
  'ambush',
  'tour',
];
const PLACE_VERBS = new Set([
  'on',
  'against',
  'struck',
  'strike',
  'strikes',
  'striking',
  'hit',
  'hits',
  'hitting',
  'overrun',
  'overruns',
  'overran',
  'overrunning',
  'left',
  'fled',
  'retook',
  'retake',
  'retaking',
  'arrived',
  ...PLACE_VERB_STEMS.flatMap(verbForms),
]);

/** The regular forms of an English verb: "pound" -> pound, pounds, pounded, pounding. */
function verbForms(stem: string): string[] {
  if (stem.endsWith('y')) {
    const bare = stem.slice(0, -1);
    return [stem, `${bare}ies`, `${bare}ied`, `${stem}ing`];
  }
  if (stem.endsWith('e')) return [stem, `${stem}s`, `${stem}d`, `${stem.slice(0, -1)}ing`];
  const es = /(?:sh|ch|ss|x)$/.test(stem) ? 'es' : 's';
  return [stem, `${stem}${es}`, `${stem}ed`, `${stem}ing`];
}
/** Words allowed between the preposition and the name: "in the besieged port city of Mariupol". */
const MODIFIERS = new Set([
  'the',
  'a',
  'city',
  'town',
  'village',
  'settlement',
  'port',
  'capital',
  'region',
  'of',
  'district',
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'occupied',
  'besieged',
  'embattled',
  'frontline',
  'front-line',
  'rebel-held',
  'separatist-held',
  'government-held',
  'government-controlled',
  'russian-occupied',
  'russian-held',
  'ukrainian-held',
  'ukrainian-controlled',
  'key',
  'strategic',
  'southeast',
  'northeast',
  'east',
  'west',
  'north',
  'south',
  'neighbouring',
  'neighboring',
  'nearby',
  'small',
  'industrial',
  'coastal',
  'border',
  'disputed',
  'breakaway',
]);
/** Lowercase words that may start a region name: "eastern Ukraine". */
const DIRECTIONS = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'east',
  'south',
  'north',
  'west',
]);
/**
 * Compass words right before a name make it a place of any kind, a country too: "struck northwest
 * Nigeria", "attacks in central Mali" name part of a country, never the state as an actor.
 */
const COMPASS = new Set([
  ...DIRECTIONS,
  'central',
  'northwest',
  'northeast',
  'southwest',
  'southeast',
  'northwestern',
  'northeastern',
  'southwestern',
  'southeastern',
  'north-west',
  'north-east',
  'south-west',
  'south-east',
  'north-western',
  'north-eastern',
  'south-western',
  'south-eastern',
]);
/** Capitalised words that are never places here, however a gazetteer spells some village. */
const WATER = /\b(?:sea|ocean|gulf)$/i;

const NOT_PLACES = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'on',
  'in',
  'at',
  'of',
  'to',
  'for',
  'by',
  'with',
  'as',
  'but',
  'and',
  'or',
  'if',
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'minister',
  'prime',
  'general',
  'foreign',
  'defence',
  'defense',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'god',
  'reuters',
  'tass',
  'ria',
  'interfax',
  'afp',
  'ap',
  'osce',
  'nato',
  'un',
  'eu',
  'smm',
]);
/** "the president of Russia", "the army of Ukraine": the country is an actor, not where it happened. */
const OWNERS = new Set([
  'president',
  'leader',
  'leaders',
  'minister',
  'ministry',
  'government',
  'ambassador',
  'embassy',
  'king',
  'parliament',
  'people',
  'citizens',
  'army',
  'forces',
  'troops',
  'navy',
  'authorities',
  'officials',
  'representative',
  'delegation',
  'envoy',
  'head',
  'chief',
  'spokesman',
  'spokeswoman',
  'allies',
  'ally',
  'sovereignty',
  'security',
  'interests',
  'position',
  'demands',
  'mayor',
  'governor',
]);
const LIST_JOINER = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*\/\s*)$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let word = m[0];
    let possessive = false;
    let last = word.charCodeAt(word.length - 1);
    // "U.S." keeps its dots; a sentence-final "Kyiv." does not.
    if (last === 46 /* . */ && !/^(?:\p{L}\.)+$/u.test(word)) word = word.replace(/\.+$/, '');
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) {
      word = word.slice(0, -2);
      possessive = true;
    }
    last = word.charCodeAt(word.length - 1);
    if (last === 45 || last === 39 || last === 0x2019) word = word.replace(/[-'’]+$/, '');
    if (!word) continue;
    const first = word.charCodeAt(0);
    const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(word[0]!);
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      lower: word.toLowerCase(),
      cap,
      possessive,
    });
  }
  return tokens;
}

const onlySpace = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++)
    if (text.charCodeAt(i) !== 32) return /^\s*$/.test(text.slice(from, to));
  return true;
};

function keyOf(text: string, t: Token): string {
  t.key ??= plainWord(text, t.start, t.end) ? t.lower : placeKey(text.slice(t.start, t.end));
  return t.key;
}

/**
 * Whether the word is ASCII letters, digits and dots only: its placeKey is then its lower case,
 * which the token already has (most words of news text; placeKey's regexes cost more).
 */
function plainWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46))
      return false;
  }
  return true;
}

/** Longest gazetteer name starting at token i, if any. */
function longestName(
  text: string,
  tokens: Token[],
  i: number,
  g: Gazetteer,
): { last: number; list: Candidate[] } | null {
  let best: { last: number; list: Candidate[] } | null = null;
  const limit = Math.min(tokens.length, i + g.maxWords);
  let key = '';
  for (let j = i; j < limit; j++) {
    if (
      j > i &&
      (tokens[j - 1]!.possessive || !onlySpace(text, tokens[j - 1]!.end, tokens[j]!.start))
    )
      break;
    key = j === i ? keyOf(text, tokens[j]!) : `${key} ${keyOf(text, tokens[j]!)}`;
    const list = g.names.get(key);
    if (list) best = { last: j, list };
    else if (!g.prefixes.has(key)) break;
  }
  return best;
}

function rawMatches(text: string, tokens: Token[], g: Gazetteer): RawMatch[] {
  const out: RawMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap && !(DIRECTIONS.has(t.lower) && tokens[i + 1]?.cap)) continue;
    if (t.cap && NOT_PLACES.has(t.lower)) continue;
    const hit = longestName(text, tokens, i, g);
    if (!hit) continue;
    let candidate = hit.list[0]!;
    // "the Red Sea" is the sea, not Egypt's or Sudan's region of that name: after "the", a name
    // that ends in a word of open water is water.
    if (tokens[i - 1]?.lower === 'the' && WATER.test(text.slice(t.start, tokens[hit.last]!.end)))
      continue;
    if (!t.cap && candidate.kind !== 'region') continue; // "eastern Ukraine" yes, "eastern Paris" no
    let last = hit.last;
    let explicit = candidate.explicit;
    let plural = false;
    const next = tokens[last + 1];
    const suffixed =
      next &&
      !tokens[last]!.possessive &&
      onlySpace(text, tokens[last]!.end, next.start) &&
      (ADMIN_SUFFIXES.has(next.lower) || ADMIN_SUFFIXES_PLURAL.has(next.lower));
    if (suffixed && candidate.kind !== 'country' && candidate.kind !== 'region') {
      const region = regionFor(text.slice(t.start, tokens[last]!.end), hit.list, g);
      if (region) {
        candidate = region;
        explicit = true;
        plural = ADMIN_SUFFIXES_PLURAL.has(next.lower);
        last += 1;
      }
    }
    out.push({
      start: t.start,
      end: tokens[last]!.end,
      firstToken: i,
      lastToken: last,
      candidate,
      list: hit.list,
      explicit,
      plural,
      possessive: tokens[last]!.possessive,
    });
    i = last;
  }
  return out;
}

/** The admin-1 region meant by "<name> region": by its own name, else the region of the city. */
function regionFor(name: string, list: Candidate[], g: Gazetteer): Candidate | null {
  const regions = g.adminBases.get(placeKey(name));
  const country = list[0]!.place.country;
  if (regions) return regions.find((r) => r.place.country === country) ?? regions[0]!;
  const city = list.find((c) => c.kind === 'city' && c.adminId);
  return city
    ? (g.admins.get(city.adminId) ?? null)
    : (list.find((c) => c.kind === 'admin1') ?? null);
}

function hasContext(text: string, tokens: Token[], m: RawMatch): boolean {
  const country = m.candidate.kind === 'country';
  const just = tokens[m.firstToken - 1];
  if (just && !just.cap && COMPASS.has(just.lower) && onlySpace(text, just.end, m.start))
    return true;
  let after = m.firstToken;
  for (let k = m.firstToken - 1; k >= 0 && k >= m.firstToken - 6; k--) {
    const t = tokens[k]!;
    if (!onlySpace(text, t.end, tokens[after]!.start)) return false;
    if (PREPOSITIONS.has(t.lower)) {
      const before = tokens[k - 1]?.lower;
      if (t.lower === 'to' && before === 'according') return false; // "according to Jackson"
      if (t.lower === 'of' && country && before !== undefined && OWNERS.has(before)) return false;
      return true;
    }
    if (!country && PLACE_VERBS.has(t.lower)) return true;
    if (!(MODIFIERS.has(t.lower) || (t.possessive && t.cap))) return false;
    after = k;
  }
  return false;
}

/** Part of a longer proper name: "Vladimir Putin", "Washington Post", "Moscow Times". */
function inLongerName(text: string, tokens: Token[], m: RawMatch): boolean {
  const next = tokens[m.lastToken + 1];
  return (
    next !== undefined &&
    next.cap &&
    !NOT_PLACES.has(next.lower) &&
    !m.possessive &&
    onlySpace(text, tokens[m.lastToken]!.end, next.start)
  );
}

function toSpan(text: string, m: RawMatch, candidate: Candidate = m.candidate): PlaceSpan {
  return placeSpan(m.start, m.end, text.slice(m.start, m.end), candidate.place);
}

/**
 * Every span made here, so that all have one shape (a copy by spread syntax took another), and
 * lists of them are made by `Array.from`, not `.map`, whose results are holey arrays in optimised
 * code and packed ones otherwise: code that had met one kind threw itself away on meeting the
 * other (docs/scale.md, speed24).
 */
function placeSpan(start: number, end: number, text: string, place: Place): PlaceSpan {
  return { start, end, text, place: { ...place } };
}

export function findPlacesWith(
  g: Gazetteer,
  text: string,
  options: FindPlacesOptions = {},
): PlaceSpan[] {
  const contextual = options.contextual ?? true;
  const tokens = tokenize(text);
  const raw = rawMatches(text, tokens, g);
  if (!contextual) return Array.from(raw, (m) => toSpan(text, m));

  const datelineEnd = datelineOf(text)?.end ?? -1;
  const accepted: (PlaceSpan | null)[] = Array.from(raw, () => null);
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i]!;
    const prev = i > 0 ? raw[i - 1] : undefined;
    const listed = prev !== undefined && LIST_JOINER.test(text.slice(prev.end, m.start));
    const inDateline = m.end <= datelineEnd && m.firstToken === 0 && m.candidate.kind !== 'admin1';
    let ok =
      inDateline ||
      m.explicit ||
      (listed && accepted[i - 1] !== null) ||
      hasContext(text, tokens, m);
    if (!m.explicit && !inDateline && (m.possessive || inLongerName(text, tokens, m))) ok = false;
    if (/^-\p{Ll}/u.test(text.slice(m.end, m.end + 2))) ok = false; // "Kyiv-based"
    if (!ok) continue;
    accepted[i] = toSpan(text, m);
    // "in Donetsk and Luhansk regions": the names listed before a plural region word are regions.
    if (m.plural) {
      for (
        let k = i - 1;
        k >= 0 && LIST_JOINER.test(text.slice(raw[k]!.end, raw[k + 1]!.start));
        k--
      ) {
        const region = regionFor(text.slice(raw[k]!.start, raw[k]!.end), [raw[k]!.candidate], g);
        if (region && raw[k]!.candidate.kind !== 'country')
          accepted[k] = toSpan(text, raw[k]!, region);
      }
    }
  }
  return withNeighbours(
    accepted.filter((s): s is PlaceSpan => s !== null),
    raw.filter((_, i) => accepted[i] !== null),
  );
}

/**
 * "blocked roads in Beirut and Tripoli": a name several countries' places share is the place in
 * the country of another place the text names with no doubt, or of a country it names (Lebanon's
 * Tripoli beside Beirut, not Libya's, the most populous). `spans` and `matches` are parallel.
 */
function withNeighbours(spans: PlaceSpan[], matches: RawMatch[]): PlaceSpan[] {
  const sure = new Set(
    matches
      .filter((m) =>
        m.list.every(
          (c) =>
            c.place.country === m.candidate.place.country ||
            (m.candidate.kind === 'country' && c.kind !== 'country'),
        ),
      )
      .map((m) => m.candidate.place.country),
  );
  if (sure.size === 0) return spans;
  return Array.from(spans, (span, i) => {
    const m = matches[i]!;
    if (sure.has(m.candidate.place.country)) return span;
    const near = m.list.find((c) => c.kind === m.candidate.kind && sure.has(c.place.country));
    return near ? placeSpan(span.start, span.end, span.text, near.place) : span;
  });
}

/** Places named in `text`, non-overlapping, left to right. */
export function findPlaces(text: string, options: FindPlacesOptions = {}): PlaceSpan[] {
  return findPlacesWith(gazetteer(), text, options);
}

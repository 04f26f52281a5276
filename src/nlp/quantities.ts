// Counts in a sentence: "189 ceasefire violations", "killed 12 civilians", "two soldiers were
// wounded", "100,000 troops", "3.5 million people". A count is a number followed by what is
// counted (the unit: up to three words, lowercased). Years, dates, times, percentages, money,
// durations, distances and numbers that name things ("Resolution 2202", "point 3", "Su-25") are
// not counts. Each count gets the region it is for and the period it covers.
import { addDays } from '../analysis/dates.js';
import type { Quantity } from '../records.js';
import { classAlternation } from '../coding/word-classes.js';

export interface QuantityOptions {
  /** Region the counts are for when the sentence names none (e.g. from the previous sentence). */
  region?: string;
  /** Document date `YYYY-MM-DD`: gives the year of "between 14 February and 15 February". */
  docDate?: string | null;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const NUMBER =
  /\d[\d,]*(?:\.\d+)?(?:k|bn)?(?![\p{L}\d])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/giu;
const MAYBE_NUMBER =
  /\d|\bno\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTHS})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i');
const PERCENT_AFTER = /^\s*(?:%|per\s?cent\b|percent\b|pct\b|percentage\b)/i;
const MONEY_AFTER =
  /^\s*(?:(?:thousand|million|billion|bn|m)\s+)?(?:dollars?|euros?|rubles?|roubles?|hryvnias?|hryvnia|pounds?|francs?|yuan|usd|eur|uah|rub|gbp)\b/i;
const MONEY_BEFORE = /(?:[$€£₽¥]|\b(?:usd|eur|uah|rub|gbp|us\$))\s*$/i;
// "between 14 February and 15 February", "between 18:00 on 14 February and ...", and the
// monitors' weekend form "between the evenings of 18 and 20 February" (the first day takes the
// second's month).
const RANGE = new RegExp(
  `\\bbetween\\s+(?:the\\s+(?:evenings?|mornings?|nights?|afternoons?)\\s+of\\s+)?(?:\\d{1,2}[:.]\\d{2}\\s+(?:on\\s+)?)?(?:(\\d{1,2})(?:\\s+(${MONTHS}))?|(${MONTHS})\\.?\\s+(\\d{1,2}))(?:,?\\s+(\\d{4}))?` +
    `\\s+and\\s+(?:\\d{1,2}[:.]\\d{2}\\s+(?:on\\s+)?)?(?:(\\d{1,2})\\s+(${MONTHS})|(${MONTHS})\\.?\\s+(\\d{1,2}))(?:,?\\s+(\\d{4}))?`,
  'i',
);
/**
 * A running total from a day to the report's end: "Since 27 July, the SMM has so far recorded
 * ...", "From 00:01 on 27 July until the end of the reporting period, the SMM recorded a total of
 * ...". Such a count is no day's count: its period runs from that day to the report's date.
 */
const SINCE = new RegExp(
  `\\b(?:since|from)\\s+(?:\\d{1,2}[:.]\\d{2}\\s+(?:on\\s+)?)?(?:(\\d{1,2})\\s+(${MONTHS})|(${MONTHS})\\.?\\s+(\\d{1,2}))(?:,?\\s+(\\d{4}))?`,
  'i',
);
/** What makes a "since"/"from" day the start of a running total rather than a date in passing. */
const RUNNING_TOTAL =
  /\b(?:so far|a total of|in total|until the end of the reporting period|^\s*since\b)/i;
/** A capitalised region name word, and the words that say it is a region. */
const REGION_NAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const REGION_WORD = '(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Gg]overnorate)';
// Case-sensitive on the name (the "i" flag would let \p{Lu} match "in the region").
const REGION = new RegExp(
  String.raw`(${REGION_NAME}(?:\s${REGION_NAME})?)\s+${REGION_WORD}\b`,
  'gu',
);
/** A comparison word right before a number: the number is the earlier figure. */
const COMPARED = String.raw`\b(?:compared (?:with|to)|up from|down from|versus|vs\.?)\s*$`;
const COMPARED_BEFORE = new RegExp(COMPARED, 'i');
const PREVIOUS_BEFORE = new RegExp(String.raw`\b(?:previous|prior|preceding)\b|${COMPARED}`, 'i');
/** "... and three in Luhansk region": a number in words right before a region counts. */
const REGION_AFTER = new RegExp(
  String.raw`^\s+in\s+(?:the\s+)?${REGION_NAME}\s+${REGION_WORD}\b`,
  'u',
);
const NONE_IN_REGION = new RegExp(
  String.raw`(?:\band|,)\s+none\s+in\s+(?:the\s+)?${REGION_NAME}\s+${REGION_WORD}\b`,
  'gu',
);
/** "in both Donetsk and Luhansk regions" right after a count: it is counted for each. */
const BOTH_REGIONS = new RegExp(
  String.raw`^[^.;]{0,40}?\bin\s+both\s+(${REGION_NAME})\s+and\s+(${REGION_NAME})\s+(?:[Rr]egions|[Oo]blasts|[Pp]rovinces|[Gg]overnorates)\b`,
  'u',
);
/**
 * "Compared with the previous reporting period, the SMM recorded more ...": a comparison closed
 * by a comma frames the clause after it, whose counts are the current period's, not the
 * previous one's (that one would be in parentheses or after "compared with" itself).
 */
const COMPARISON_CLAUSE =
  /\b(?:compared (?:with|to)|as against|relative to)\s+(?:that of\s+|those of\s+)?the\s+(?:previous|prior|preceding)\b[^,;.()]*[,;]/gi;
/**
 * "recorded no ceasefire violations": a zero count, read only after a verb of recording or
 * observing (the `recording-verbs` word class, which the monitoring counts' gate in
 * coding/counts.ts reads too), where "no" can only be a tally ("no comment", "no intention" are
 * not counts). Built on first use: the class is data.
 */
let zero: RegExp | null = null;
const zeroAfterRecording = (): RegExp =>
  (zero ??= new RegExp(
    `${classAlternation('recording-verbs')}\\s+(?:again\\s+)?(no)\\b|\\band\\s+(?:again\\s+)?(no)\\b`,
    'giu',
  ));
let recording: RegExp | null = null;
/** A verb of recording anywhere: "and again no ceasefire violations" is a zero only after one. */
const recordingVerb = (): RegExp =>
  (recording ??= new RegExp(`${classAlternation('recording-verbs')}`, 'iu'));
const PREVIOUS_AFTER = /^[\s,]*(?:(?:in|during|over|for)\s+)?the\s+(?:previous|prior|preceding)\b/i;

/** Words before a number that make it a name or a list position, not a count. */
const NAMING_WORDS = new Set([
  'resolution',
  'point',
  'article',
  'paragraph',
  'no',
  'no.',
  'number',
  'item',
  'clause',
  'section',
  'chapter',
  'page',
  'flight',
  'route',
  'highway',
  'phase',
  'stage',
  'round',
  'level',
  'category',
  'protocol',
  'grade',
  'model',
  'version',
  'unit',
  'brigade',
  'battalion',
  'regiment',
  'division',
  'corps',
  'platoon',
  'hill',
  'height',
  'checkpoint',
  'building',
  'house',
  'street',
  'road',
  'block',
  'tier',
  'step',
  'class',
  'type',
  'line',
  'annex',
  'rule',
  'code',
  'channel',
  'room',
  'gate',
  'sector',
  'zone',
  'aged',
  'age',
  'since',
  'until',
  'year',
]);
/** What counts are not of: time spans and measures. */
const NOT_UNITS = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'km',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'metre',
  'metres',
  'meter',
  'meters',
  'm',
  'mile',
  'miles',
  'mm',
  'cm',
  'kg',
  'tonnes',
  'tons',
  'degrees',
  'square',
  'times',
  'am',
  'pm',
  'hrs',
  'gmt',
  'utc',
  'bc',
  'ad',
  'st',
  'nd',
  'rd',
  'th',
  'o',
  'clock',
]);
/** Words that end a unit: prepositions, verbs, conjunctions. */
const UNIT_STOP = new Set([
  'of',
  'in',
  'on',
  'at',
  'to',
  'from',
  'by',
  'with',
  'for',
  'near',
  'into',
  'over',
  'under',
  'during',
  'since',
  'after',
  'before',
  'between',
  'than',
  'as',
  'per',
  'while',
  'when',
  'where',
  'including',
  'and',
  'or',
  'but',
  'that',
  'who',
  'which',
  'whom',
  'whose',
  'were',
  'was',
  'are',
  'is',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'can',
  'did',
  'do',
  'does',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'their',
  'his',
  'her',
  'its',
  'it',
  'they',
  'them',
  'he',
  'she',
  'we',
  'another',
  'more',
  'less',
  'fewer',
  'other',
  'others',
  'each',
  'all',
  'both',
  'about',
  'around',
  'along',
  'across',
  'against',
  'through',
  'amid',
  'among',
  'outside',
  'inside',
  'within',
  'without',
  'toward',
  'towards',
  'up',
  'down',
  'out',
  'off',
  'there',
  'here',
  'not',
  'also',
  'reportedly',
  'allegedly',
  'respectively',
  'compared',
  'previous',
  'prior',
  'said',
  'says',
]);
const LEADING_FILLERS = new Set(['more', 'other', 'additional', 'further', 'new', 'extra']);
/** Before a bare number, these let it inherit the sentence's first unit ("; in the previous period, 24"). */
const BARE_FOLLOWERS = new Set(['in', 'during', 'over', 'on', 'compared', 'against', 'the']);

// A word, or a dotted abbreviation whole ("three U.S. service members" counts "u.s. service
// members", not "u").
const WORD = /^\s+((?:\p{L}\.){2,}|[\p{L}][\p{L}'’-]*)/u;

interface Found {
  count: number;
  unit: string;
  start: number;
  end: number;
  inherits: boolean;
}

function parseNumeral(raw: string): number | null {
  const lower = raw.toLowerCase();
  if (lower in WORD_NUMBERS) return WORD_NUMBERS[lower]!;
  let scale = 1;
  let digits = lower;
  if (digits.endsWith('k')) {
    scale = 1e3;
    digits = digits.slice(0, -1);
  } else if (digits.endsWith('bn')) {
    scale = 1e9;
    digits = digits.slice(0, -2);
  }
  // "1,200" is grouping; "1,2" or "12,34" is not a number we trust.
  if (digits.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return null;
  const value = Number(digits.replace(/,/g, ''));
  return Number.isFinite(value) ? value * scale : null;
}

/** The word before `pos`, lowercased, and whether it is capitalised. */
function previousWord(
  sentence: string,
  pos: number,
): { word: string; capital: boolean; first: boolean } | null {
  const m = /([\p{L}][\p{L}.'’-]*)\s*$/u.exec(sentence.slice(Math.max(0, pos - 40), pos));
  if (!m) return null;
  const startAt = pos - m[0].length;
  return {
    word: m[1]!.toLowerCase(),
    capital: /^\p{Lu}/u.test(m[1]!),
    first: sentence.slice(0, startAt).trim() === '',
  };
}

function isNotACount(
  sentence: string,
  start: number,
  end: number,
  raw: string,
  wordNumber: boolean,
): boolean {
  const before = sentence[start - 1] ?? ' ';
  const after = sentence[end] ?? ' ';
  const rest = sentence.slice(end, end + 30);
  if (!wordNumber) {
    if (/[$€£₽¥#:/.\\]/.test(before) || /[\p{L}\d]/u.test(before)) return true; // $5, #3, 18:00, 1/2
    if (before === '-' && /[\p{L}\d]/u.test(sentence[start - 2] ?? '')) return true; // Su-25, S-400
    if (after === ':' || after === '/' || (after === '.' && /\d/.test(sentence[end + 1] ?? '')))
      return true;
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100) return true; // a year
    if (MONEY_BEFORE.test(sentence.slice(Math.max(0, start - 5), start))) return true;
    if (MONTH_AFTER.test(rest) || MONTH_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)))
      return true;
  }
  if (after === '-' || after === '–') return true; // "45-year-old", "5-point plan", "18-20"
  if (PERCENT_AFTER.test(rest) || MONEY_AFTER.test(rest)) return true;
  const prev = previousWord(sentence, start);
  if (prev && NAMING_WORDS.has(prev.word)) return true;
  if (!wordNumber && prev && prev.capital && !prev.first) return true; // "Resolution 2202", "Minsk 2"
  return false;
}

/** The counted thing after the number: up to three words, stopping at prepositions and verbs. */
function unitAfter(sentence: string, from: number): { unit: string; end: number; next: string } {
  const words: string[] = [];
  let pos = from;
  let next = '';
  while (words.length < 3) {
    const m = WORD.exec(sentence.slice(pos, pos + 40));
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (words.length === 0 && LEADING_FILLERS.has(lower)) {
      pos += m[0].length;
      continue;
    }
    if (UNIT_STOP.has(lower) || (words.length > 0 && /ed$/.test(lower))) {
      if (words.length === 0) next = lower;
      break;
    }
    words.push(lower);
    pos += m[0].length;
  }
  return { unit: words.join(' '), end: pos, next };
}

function scaleAfter(sentence: string, from: number): { scale: number; end: number } {
  const m = /^\s+(hundred|thousand|million|billion)\b/i.exec(sentence.slice(from, from + 12));
  return m
    ? { scale: SCALES[m[1]!.toLowerCase()]!, end: from + m[0].length }
    : { scale: 1, end: from };
}

function monthIndex(name: string): number {
  return [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'oct',
    'nov',
    'dec',
  ].indexOf(name.slice(0, 3).toLowerCase());
}

/**
 * The day after a report's last range, in the monitors' weekend form: "In the following 24 hours,
 * the SMM recorded fewer ceasefire violations than between the evenings of 3 and 4 February" (a
 * count for 4-5 February), "... decreased again over the next 24 hours".
 */
export const FOLLOWING_DAY =
  /\b(?:in|over|during|for)\s+the\s+(?:following|next|subsequent)\s+(?:24\s+hours|day)\b/i;

/** The last day of a range period (`2019-03-12/2019-03-13` -> `2019-03-13`); null for others. */
export function periodEnd(period: string): string | null {
  return /\/(\d{4}-\d{2}-\d{2})$/.exec(period)?.[1] ?? null;
}

/** The period of the day after a range's last day (`2019-03-12/2019-03-13` -> `2019-03-13/2019-03-14`). */
export function dayAfter(period: string): string | null {
  const end = periodEnd(period);
  return end ? `${end}/${addDays(end, 1)}` : null;
}

/**
 * "between ... 14 February and ... 15 February" -> the period and the span it covers. A range
 * after "than" is what the count is compared with, not its period: the count is the current
 * period's, or the day after the range's in the weekend form (`FOLLOWING_DAY`).
 */
function dateRange(
  sentence: string,
  docDate: string | null | undefined,
): { period: string | null; start: number; end: number } | null {
  const m = RANGE.exec(sentence);
  if (!m) return runningTotal(sentence, docDate);
  const span = { start: m.index, end: m.index + m[0].length };
  // With the year from the document, a December range in a January report is last year's.
  const day = (d?: string, mon?: string, mon2?: string, d2?: string, y?: string) =>
    isoDay(d ?? d2, mon ?? mon2, y, docDate, 6);
  const from = day(m[1], m[2] ?? (m[3] ? undefined : (m[7] ?? m[8])), m[3], m[4], m[5] ?? m[10]);
  const to = day(m[6], m[7], m[8], m[9], m[10]);
  const period = from && to ? `${from}/${to}` : null;
  if (/\bthan\s+$/i.test(sentence.slice(0, m.index))) {
    return { period: period && FOLLOWING_DAY.test(sentence) ? dayAfter(period) : null, ...span };
  }
  return { period, ...span };
}

/** The period of a running total ("Since 27 July, ... so far recorded ..."): that day to the report's. */
function runningTotal(
  sentence: string,
  docDate: string | null | undefined,
): { period: string | null; start: number; end: number } | null {
  const m = SINCE.exec(sentence);
  if (!m || !RUNNING_TOTAL.test(sentence)) return null;
  const span = { start: m.index, end: m.index + m[0].length };
  // A running total starts on or before its report: a later month is last year's.
  const from = isoDay(m[1] ?? m[4], m[2] ?? m[3], m[5], docDate, 0);
  const dated = docDate && ISO_DAY.test(docDate) ? docDate : null;
  return { period: from && dated ? `${from}/${dated}` : 'cumulative', ...span };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day written as a day number and a month name, as YYYY-MM-DD: the year written, else the
 * document's, taken as the year before when the month is more than `monthsAhead` after the
 * document's. Null when it is no day or no year is known.
 */
function isoDay(
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
  docDate: string | null | undefined,
  monthsAhead: number,
): string | null {
  const dd = Number(day);
  const mm = month === undefined ? -1 : monthIndex(month);
  const dated = docDate && ISO_DAY.test(docDate) ? docDate : null;
  let y = year ? Number(year) : dated ? Number(dated.slice(0, 4)) : null;
  if (y === null || mm < 0 || dd < 1 || dd > 31) return null;
  if (!year && dated && mm - (Number(dated.slice(5, 7)) - 1) > monthsAhead) y -= 1;
  return `${y}-${String(mm + 1).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/**
 * The unit a bare number counts: the sentence's first counted unit ("189 ceasefire violations,
 * including 128 explosions; in the previous period, 24"), unless no count comes before it and
 * one of the sentence's units is named before it without a number ("more ceasefire violations in
 * Luhansk region (1,073), including 938 explosions, [...] (975 ceasefire violations)"): then
 * that one.
 */
function inheritedUnit(sentence: string, found: readonly Found[], bare: Found): string | undefined {
  const units = found.filter((f) => !f.inherits).map((f) => f.unit);
  if (found.some((f) => !f.inherits && f.start < bare.start)) return units[0];
  const before = sentence.slice(0, bare.start).toLowerCase();
  let best: { unit: string; at: number } | null = null;
  for (const unit of units) {
    const at = before.lastIndexOf(unit);
    if (at >= 0 && (best === null || at > best.at)) best = { unit, at };
  }
  return best?.unit ?? units[0];
}

/** Region mentions ("Donetsk region") with their offsets, in order. */
export function regionMentions(sentence: string): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  REGION.lastIndex = 0;
  for (let m = REGION.exec(sentence); m !== null; m = REGION.exec(sentence)) {
    out.push({ at: m.index, name: m[1]!.replace(/^(?:In|The|From|For|Of)\s+/, '') });
  }
  return out;
}

/**
 * Counts in `sentence`, left to right. The second argument is the region hint (a string, kept for
 * callers of the first version) or options with the region hint and the document date.
 */
export function extractQuantities(
  sentence: string,
  options?: string | QuantityOptions,
): Quantity[] {
  if (!MAYBE_NUMBER.test(sentence)) return [];
  const opts: QuantityOptions = typeof options === 'string' ? { region: options } : (options ?? {});
  const range = dateRange(sentence, opts.docDate);

  const found: Found[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(sentence); m !== null; m = NUMBER.exec(sentence)) {
    const raw = m[0];
    const start = m.index;
    let end = start + raw.length;
    if (range && start >= range.start && start < range.end) continue;
    const wordNumber = /^\p{L}/u.test(raw);
    if (isNotACount(sentence, start, end, raw, wordNumber)) continue;
    // "the two men", "both sides": a number after a definite word names known things, not a count.
    if (
      wordNumber &&
      /\b(?:the|these|those|both|all|its|their|his|her)\s+$/i.test(
        sentence.slice(Math.max(0, start - 8), start),
      )
    )
      continue;
    let count = parseNumeral(raw);
    if (count === null) continue;
    const scaled = scaleAfter(sentence, end);
    count *= scaled.scale;
    end = scaled.end;
    if (
      PERCENT_AFTER.test(sentence.slice(end, end + 12)) ||
      MONEY_AFTER.test(sentence.slice(end, end + 20))
    )
      continue;
    const { unit, end: unitEnd, next } = unitAfter(sentence, end);
    const firstWord = unit.split(' ')[0] ?? '';
    if (NOT_UNITS.has(firstWord)) continue;
    if (unit) {
      found.push({ count, unit, start, end: unitEnd, inherits: false });
      continue;
    }
    // A bare number counts only when it is a digit string closing a clause or followed by a
    // period phrase ("; in the previous period, 24"); it then counts the sentence's first unit.
    const after = sentence.slice(end).trimStart();
    // So does one right after a comparison ("up from 74 a day earlier").
    const bareDigits =
      !wordNumber &&
      (after === '' ||
        /^[.,;)]/.test(after) ||
        BARE_FOLLOWERS.has(next) ||
        COMPARED_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)));
    // A number in words stands alone only in a comparison with the previous period ("compared
    // with seven in the previous reporting period"); elsewhere "one" is rarely a count.
    const bareWords =
      wordNumber &&
      (PREVIOUS_AFTER.test(sentence.slice(end)) ||
        REGION_AFTER.test(sentence.slice(end, end + 60)) ||
        PREVIOUS_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)));
    if (bareDigits || bareWords) found.push({ count, unit: '', start, end, inherits: true });
  }
  const ZERO = zeroAfterRecording();
  ZERO.lastIndex = 0;
  for (let m = ZERO.exec(sentence); m !== null; m = ZERO.exec(sentence)) {
    // "... in Donetsk region and again no ceasefire violations in Luhansk region": after "and",
    // a zero only where a verb of recording came before it.
    if (m[2] !== undefined && !recordingVerb().test(sentence.slice(0, m.index))) continue;
    const end = m.index + m[0].length;
    const { unit, end: unitEnd } = unitAfter(sentence, end);
    if (!unit || NOT_UNITS.has(unit.split(' ')[0]!)) continue;
    found.push({ count: 0, unit, start: end - 2, end: unitEnd, inherits: false });
  }
  // "32 ceasefire violations in Donetsk region and none in Luhansk region": a zero for the
  // sentence's unit, read only before a region (elsewhere "none" is rarely a tally).
  NONE_IN_REGION.lastIndex = 0;
  for (let m = NONE_IN_REGION.exec(sentence); m !== null; m = NONE_IN_REGION.exec(sentence)) {
    const start = m.index + m[0].indexOf('none');
    found.push({ count: 0, unit: '', start, end: start + 4, inherits: true });
  }
  found.sort((a, b) => a.start - b.start);

  const regions = regionMentions(sentence);
  const out: Quantity[] = [];
  let lastPeriod: string | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const unit = f.inherits ? inheritedUnit(sentence, found, f) : f.unit;
    if (!unit) continue;
    const before = sentence.slice(i > 0 ? found[i - 1]!.end : 0, f.start);
    const after = sentence.slice(f.end, found[i + 1]?.start ?? sentence.length);
    // A parenthesis before the count speaks of the count before it ("one ... in Donetsk region
    // (the same as during the previous reporting period) and again no ... in Luhansk region").
    const previous =
      PREVIOUS_BEFORE.test(before.replace(COMPARISON_CLAUSE, ' ').replace(/\([^()]*\)/g, ' ')) ||
      PREVIOUS_AFTER.test(after);
    // "1,566 ceasefire violations in Donetsk region and 975 in Luhansk region": a region named
    // right after a count, before the next one, is its own; else the last one named before it.
    const nextStart = found[i + 1]?.start ?? sentence.length;
    const own = regions.find(
      (r) =>
        r.at >= f.end &&
        r.at < nextStart &&
        /^[\s,]*in\s+(?:the\s+)?$/i.test(sentence.slice(f.end, r.at)),
    );
    const region =
      own?.name ??
      [...regions].reverse().find((r) => r.at < f.start)?.name ??
      regions[0]?.name ??
      opts.region ??
      '';
    // "In the previous period it recorded 17 ... in Donetsk region and none in Luhansk region":
    // a count joined to the one before by "and" or a comma, with no comparison between them,
    // is for the same period; so is a part of it ("24 ceasefire violations, including 10
    // explosions").
    const joined: boolean =
      lastPeriod !== null &&
      /^[^.;]{0,50}?(?:\band|,|\bincluding|\bof which)\s*$/u.test(before) &&
      !/\b(?:compared|than|up|down|versus|vs|following|next|earlier|later)\b/i.test(before);
    const period: string = previous
      ? 'previous'
      : joined && lastPeriod !== null
        ? lastPeriod
        : (range?.period ?? 'current');
    lastPeriod = period;
    // "no ceasefire violations in both Donetsk and Luhansk regions": one count for each; a
    // number above zero there is the two regions' sum ("4,960 ... in both Donetsk and Luhansk
    // regions"), no one region's.
    const both = BOTH_REGIONS.exec(sentence.slice(f.end, nextStart));
    if (both && f.count > 0) {
      out.push({ count: f.count, unit, region: '', period });
      continue;
    }
    if (both) {
      for (const name of [both[1]!, both[2]!])
        out.push({ count: f.count, unit, region: name, period });
      continue;
    }
    out.push({ count: f.count, unit, region, period });
  }
  return out;
}

// The date a sentence gives for its event, resolved against the document's date.
//
// chrono-node finds the date expressions; this module decides which ones count. It only takes a
// day: an explicit day and month ("February 16", "16 Feb 2022", "2022-02-16") or a relative day
// ("on Tuesday", "yesterday", "last week", "two days ago"). Years alone ("the 2015 Minsk
// agreements"), months alone ("in May") and durations ("for two weeks") are skipped. chrono is
// slow on long text, so it only runs when a cheap regex finds a date-like word.
import * as chrono from 'chrono-node';

export interface ResolvedDate {
  /** `YYYY-MM-DD`, or null when the sentence gives no usable day. */
  date: string | null;
  /** The date expression as written, or null. */
  text: string | null;
  /** Offsets of the expression in the sentence; -1 when none. */
  start: number;
  end: number;
  /** Resolved from a relative expression (weekday, "yesterday") rather than written out. */
  relative: boolean;
  /** The sentence speaks of a day after the document date, or of "the coming days". */
  future: boolean;
}

export type Tense = 'past' | 'future' | 'unknown';

// Case-sensitive on purpose: month names are capitalised, and "may", "march" or "sep(aratist)" in
// lower case would wake chrono for nothing.
const MAYBE_DATE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|ago|[Ww]eek|[Ww]eekend|[Mm]onth|coming)\b|\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/;
const COMING_DAYS =
  /\b(?:in|over|during|within) the (?:coming|next|following) (?:few )?(?:days|weeks|hours)\b/i;
// Durations, and offsets from another happening ("two weeks after", "three days later"): neither
// is a day of the event the sentence tells.
const DURATION =
  /^(?:for|within|during|over)\b|^(?:in|after)\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)$|^(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)$/i;
const RELATIVE_WORDS =
  /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|week|weekend|coming)\b/i;
const WEEKDAY_ONLY =
  /^(?:(last|next|this|past|coming)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const DOC_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const none = (future = false): ResolvedDate => ({
  date: null,
  text: null,
  start: -1,
  end: -1,
  relative: false,
  future,
});

/** Local noon of a `YYYY-MM-DD` date, so no time zone moves it to another day. */
function noonOf(isoDate: string): Date | null {
  const m = DOC_DATE.exec(isoDate);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Weekday `weekday` (0 = Sunday) nearest the reference: for past events the most recent one on or
 * before it ("last" excludes the day itself), for future events the next one after it.
 */
function weekdayNear(ref: Date, weekday: number, future: boolean, modifier: string): Date {
  const d = new Date(ref);
  const diff = weekday - ref.getDay();
  if (future || modifier === 'next' || modifier === 'coming') {
    d.setDate(d.getDate() + (diff > 0 ? diff : diff + 7));
  } else {
    let back = diff <= 0 ? -diff : 7 - diff;
    if (back === 0 && modifier === 'last') back = 7;
    d.setDate(d.getDate() - back);
  }
  return d;
}

const DATE_WORDS = new RegExp(MAYBE_DATE.source, 'g');
/** Weekday names, Sunday first (the index is `Date.getDay()`). */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_WORD = new RegExp(`^${MONTH}\\.?$`, 'i');

/** Whether `word` names a month, in full or abbreviated ("March", "Feb.", "sept"). */
export function isMonthName(word: string): boolean {
  return MONTH_WORD.test(word);
}

const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,?\\s+(\\d{4}))?`,
);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b\\.?(?:,?\\s+(\\d{4}))?`);
/**
 * A wire dateline opening a story: "KYIV, Feb. 16 (Reuters) -", "GENEVA, Switzerland, 10 January
 * 2022 -". It dates the report, not the event the sentence tells ("spoke on Tuesday"): event dates
 * are read with it blanked out, and the document date stands in when nothing else is written.
 */
const WIRE_DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}\\p{M}'.\\- ]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.' ]{1,30})?,\\s+` +
    `(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+${MONTH}\\.?)(?:,?\\s+\\d{4})?` +
    `\\s*(?:\\([^()]{1,60}\\)\\s*)?[-\u2014\u2013:]`,
  'u',
);

/** `sentence` with an opening dateline replaced by spaces, so offsets stay those of the sentence. */
function withoutDateline(sentence: string): string {
  const m = WIRE_DATELINE.exec(sentence);
  return m ? ' '.repeat(m[0].length) + sentence.slice(m[0].length) : sentence;
}

/** The sentence's one date word, or null when it has none or several: the fast paths need one. */
function soleDateWord(sentence: string): { 0: string; index: number } | null {
  const words = [...sentence.matchAll(DATE_WORDS)];
  return words.length === 1 ? { 0: words[0]![0], index: words[0]!.index! } : null;
}

function onlyDateWord(sentence: string): string | null {
  return soleDateWord(sentence)?.[0].toLowerCase() ?? null;
}

/** "last week", "next week", "this week", "a week ago", "(this|last|next|over the|the past) weekend". */
function plainWeek(
  sentence: string,
  ref: Date,
  tense: Tense,
): { date: Date; text: string; start: number } | null {
  const word = onlyDateWord(sentence);
  if (word !== 'week' && word !== 'weekend') return null;
  const m =
    /\b(last|next|this|a|over the(?: past)?|at the|during the|on the|the past)\s+(week|weekend)\b(\s+ago)?/i.exec(
      sentence,
    );
  if (!m) return null;
  // "the past weekend" is the last one.
  const modifier = m[1]!.toLowerCase().endsWith('past') ? 'last' : m[1]!.toLowerCase();
  const date = new Date(ref);
  if (word === 'week') {
    if (modifier === 'last' || (modifier === 'a' && m[3])) date.setDate(date.getDate() - 7);
    else if (modifier === 'next') date.setDate(date.getDate() + 7);
    else if (modifier !== 'this') return null;
    return { date, text: m[0], start: m.index };
  }
  const ahead = modifier === 'next' || (modifier !== 'last' && tense === 'future');
  return {
    date: weekdayNear(ref, 6, ahead, modifier === 'last' ? 'last' : ''),
    text: m[0],
    start: m.index,
  };
}

const RELATIVE_DAYS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

/**
 * Day-precise dates chrono is not needed for: "Feb. 16", "16 February 2022", "yesterday", when the
 * sentence has that one date expression. The year, when not written, is the document's, moved by
 * one where a past event would otherwise lie weeks after the report (or a future one before it).
 */
function plainDay(
  sentence: string,
  ref: Date,
  tense: Tense,
): { date: Date; text: string; start: number } | null {
  const sole = soleDateWord(sentence);
  if (!sole) return null;
  const word = sole[0].toLowerCase();
  if (word in RELATIVE_DAYS) {
    const date = new Date(ref);
    date.setDate(date.getDate() + RELATIVE_DAYS[word]!);
    return { date, text: sole[0], start: sole.index };
  }
  const m = MONTH_DAY.exec(sentence) ?? DAY_MONTH.exec(sentence);
  if (!m || m.index > sole.index || m.index + m[0].length < sole.index) return null;
  const monthFirst = /^\p{L}/u.test(m[1]!);
  const monthName = (monthFirst ? m[1] : m[2])!.slice(0, 3).toLowerCase();
  const day = Number(monthFirst ? m[2] : m[1]);
  const month = MONTHS.indexOf(monthName);
  if (month < 0 || day < 1 || day > 31) return null;
  const written = m[3] ? Number(m[3]) : null;
  const date = new Date(written ?? ref.getFullYear(), month, day, 12);
  if (date.getMonth() !== month) return null; // "Feb. 30"
  if (written === null) {
    if (tense !== 'future' && date.getTime() - ref.getTime() > 2 * 86400e3)
      date.setFullYear(date.getFullYear() - 1);
    if (tense === 'future' && ref.getTime() - date.getTime() > 2 * 86400e3)
      date.setFullYear(date.getFullYear() + 1);
  }
  return { date, text: m[0], start: m.index };
}

/**
 * The commonest date in news, a bare weekday ("on Tuesday"), resolved without chrono. Only when
 * it is the sentence's one date word and no "last/next/this" modifies it; anything else goes to
 * chrono.
 */
function plainWeekday(
  sentence: string,
  ref: Date,
  tense: Tense,
): { date: Date; text: string; start: number } | null {
  const m = soleDateWord(sentence);
  if (!m) return null;
  const day = WEEKDAYS.indexOf(m[0].toLowerCase());
  if (day < 0) return null;
  const before = sentence.slice(Math.max(0, m.index - 8), m.index);
  if (/\b(?:last|next|this|past|coming|every|on\s+a)\s+$/i.test(before)) return null;
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^\s*(?:,\s*)?(?:\d|the\s+\d)/.test(after)) return null; // "Tuesday, 15 February": a full date
  return { date: weekdayNear(ref, day, tense === 'future', ''), text: m[0], start: m.index };
}

/**
 * chrono's casual English parser without the parsers of clock times: events are dated to the day,
 * and the time parsers are a good part of chrono's cost on every call.
 */
const DAY_PARSER = (() => {
  const parser = chrono.casual.clone();
  const timeParsers = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser']);
  parser.parsers = parser.parsers.filter((p) => !timeParsers.has(p.constructor.name));
  return parser;
})();

/**
 * chrono's results for the stretches of `sentence` around its date words only: chrono's cost
 * grows with the text it reads, and a date expression is never far from its month, weekday or
 * relative word. Indexes are shifted back to the sentence.
 */
interface Found {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
}

function* chronoNearDateWords(sentence: string, ref: Date | null, tense: Tense): Generator<Found> {
  let covered = -1;
  for (const m of sentence.matchAll(DATE_WORDS)) {
    if (m.index < covered) continue;
    let from = Math.max(0, m.index - 24);
    let to = Math.min(sentence.length, m.index + m[0].length + 28);
    while (from > 0 && /\S/.test(sentence[from - 1]!)) from--;
    while (to < sentence.length && /\S/.test(sentence[to]!)) to++;
    covered = to;
    const window = sentence.slice(from, to);
    for (const r of DAY_PARSER.parse(window, ref ?? new Date(), {
      forwardDate: tense === 'future',
    })) {
      yield { index: r.index + from, text: r.text, start: r.start };
    }
  }
}

/**
 * The first day-precise date expression in `sentence`, resolved against `docDate` (`YYYY-MM-DD`).
 * `tense` says whether the sentence's event is past or future (weekday resolution follows it);
 * `unknown` reads as past unless the expression itself points ahead ("next Tuesday").
 * Without a document date only fully written dates (day, month and year) are returned.
 */
export function resolveEventDate(
  sentence: string,
  docDate: string | null,
  tense: Tense = 'unknown',
): ResolvedDate {
  sentence = withoutDateline(sentence);
  const comingDays = COMING_DAYS.test(sentence);
  if (!MAYBE_DATE.test(sentence)) return none(comingDays);
  const ref = docDate ? noonOf(docDate) : null;
  const only = onlyDateWord(sentence);
  // "in the coming days", "earlier this month": no day to resolve, and no need to ask chrono.
  if (only === 'coming' || only === 'month') return none(comingDays);
  const plain = ref
    ? (plainWeekday(sentence, ref, tense) ??
      plainDay(sentence, ref, tense) ??
      plainWeek(sentence, ref, tense))
    : null;
  if (plain) {
    const iso = isoDay(plain.date);
    const future = comingDays || iso > docDate! || (tense === 'future' && iso >= docDate!);
    return {
      date: iso,
      text: plain.text,
      start: plain.start,
      end: plain.start + plain.text.length,
      relative: true,
      future,
    };
  }
  // Without a document date only a date with its year counts, and a year has digits: chrono
  // (the costliest step of dating) is not asked about an undated document's weekdays.
  if (!ref && !/\d\d/.test(sentence)) return none(comingDays);
  for (const r of chronoNearDateWords(sentence, ref, tense)) {
    const c = r.start;
    // chrono includes a leading "on"/"at" in the text; the date itself is what follows.
    const lead = /^(?:on|at)\s+/i.exec(r.text)?.[0].length ?? 0;
    // chrono may also take the comma after it ("on Thursday,").
    const text = r.text.slice(lead).replace(/[\s,;:]+$/, '');
    const index = r.index + lead;
    if (DURATION.test(text)) continue;
    const hasDay = c.isCertain('day') && c.isCertain('month');
    const weekdayOnly = !hasDay && c.isCertain('weekday') && WEEKDAY_ONLY.exec(text);
    const relative = RELATIVE_WORDS.test(text) || Boolean(weekdayOnly);
    if (!hasDay && !weekdayOnly && !relative) continue; // a month or a year alone
    if (!ref && (relative || !c.isCertain('year'))) continue;

    let date = c.date();
    if (ref && weekdayOnly) {
      const modifier = (weekdayOnly[1] ?? '').toLowerCase();
      date = weekdayNear(ref, c.get('weekday') ?? date.getDay(), tense === 'future', modifier);
    } else if (ref && hasDay && !c.isCertain('year')) {
      // chrono picks the year closest to the reference; a past event cannot be weeks ahead of
      // the report, a future one cannot be long behind it.
      if (tense === 'past' && date.getTime() - ref.getTime() > 2 * 86400e3)
        date.setFullYear(date.getFullYear() - 1);
      if (tense === 'future' && ref.getTime() - date.getTime() > 2 * 86400e3)
        date.setFullYear(date.getFullYear() + 1);
    }
    const iso = isoDay(date);
    const future =
      comingDays ||
      (docDate !== null && iso > docDate) ||
      (tense === 'future' && iso >= (docDate ?? ''));
    return { date: iso, text, start: index, end: index + text.length, relative, future };
  }
  return none(comingDays);
}

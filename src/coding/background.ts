// Acts a sentence gives as background, not as news: wire reports set the day's act against what
// came before it ("their first meeting since fighting broke out", "whose troops have fought
// al-Shabaab for years", "the region Moscow annexed in 2014"). Such acts are no event of the
// report, and coding them adds a false event each time the background is retold.
import type { Token } from '../nlp/analyse.js';
import { WEEKDAYS } from '../nlp/dates.js';

/** Words that end the clause an act stands in, looking away from it. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', '.', ',', 'and', 'but', 'while', ':']);

/** How far from the act its "since", its duration or its year is looked for. */
const REACH = 12;

/** Words after "since" that make it a preposition of time ("since Monday"), not a clause. */
const TIME_AFTER_SINCE: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'yesterday',
  'then',
  'last',
  'early',
  'late',
  'mid',
  'dawn',
  'midnight',
  'morning',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

const YEAR = /^(?:19|20)\d\d$/;
/** Spans of years ("years", "two decades"): a month or a week of fighting is the news itself. */
const LONG_SPANS: ReadonlySet<string> = new Set(['years', 'decade', 'decades']);
const SPAN_COUNTS: ReadonlySet<string> = new Set([
  'a',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'many',
]);
const SPAN_HEDGES: ReadonlySet<string> = new Set([
  'more',
  'than',
  'over',
  'nearly',
  'almost',
  'about',
  'some',
  'around',
  'the',
  'past',
  'last',
]);

/**
 * Whether the act at `anchor` is background: inside a clause opened by "since" ("since fighting
 * erupted in Khartoum", "since Ukrainian forces recaptured it"), told in the perfect as lasting
 * years ("has fought jihadists for more than a decade", "have long financed", "had stationed
 * there since 2010"), or in a relative clause dated to a year before the report's ("which Russia
 * annexed from Ukraine in 2014").
 */
export function backgroundAct(tokens: Token[], anchor: number, published: string | null): boolean {
  return (
    insideSinceClause(tokens, anchor) ||
    (perfect(tokens, anchor) && lastsYears(tokens, anchor, published)) ||
    earlierYear(tokens, anchor, published)
  );
}

/** "since" opens the act's clause and is followed by a clause, not by a time. */
function insideSinceClause(tokens: Token[], anchor: number): boolean {
  for (let i = anchor - 1; i >= Math.max(0, anchor - REACH); i--) {
    const t = tokens[i]!;
    if (t.lower === 'since') {
      const next = tokens[i + 1];
      return next !== undefined && next.pos !== 'NUM' && !TIME_AFTER_SINCE.has(next.lower);
    }
    if (CLAUSE_ENDS.has(t.lower)) return false;
  }
  return false;
}

/** The act's verb is in the perfect ("has fought", "have long financed", "had stationed"). */
function perfect(tokens: Token[], anchor: number): boolean {
  for (let i = anchor - 1; i >= Math.max(0, anchor - 3); i--) {
    const t = tokens[i]!;
    if (t.lemma === 'have' && (t.pos === 'AUX' || t.pos === 'VERB')) return true;
    if (t.pos !== 'ADV' && t.lower !== 'been') return false;
  }
  return false;
}

/**
 * After the act, in its clause: "for years", "for (more than) a decade", "for two decades",
 * "since 2007" or "since April 2023" (a year before the report's); or "long" right before the
 * verb ("have long backed").
 */
function lastsYears(tokens: Token[], anchor: number, published: string | null): boolean {
  if (tokens[anchor - 1]?.lower === 'long') return true;
  const end = Math.min(tokens.length, anchor + 1 + REACH);
  for (let i = anchor + 1; i < end; i++) {
    const t = tokens[i]!;
    if (t.lower === ';' || t.lower === '.') return false;
    if (t.lower === 'since' && YEAR.test(tokens[i + 1]?.text ?? ''))
      return before(tokens[i + 1]!.text, published, true);
    // "have fought since March 2021": a month of a year before the report's lasts as long.
    if (t.lower === 'since' && monthName(tokens[i + 1]) && YEAR.test(tokens[i + 2]?.text ?? ''))
      return before(tokens[i + 2]!.text, published, true);
    if (t.lower !== 'for') continue;
    let j = i + 1;
    while (SPAN_HEDGES.has(tokens[j]?.lower ?? '')) j++;
    if (SPAN_COUNTS.has(tokens[j]?.lower ?? '') || /^\d+$/.test(tokens[j]?.text ?? '')) {
      const n = tokens[j]!.lower;
      j++;
      // "for a year" or "for one year" is this year's news; two and more are not.
      if (tokens[j]?.lower === 'decade' || (n !== 'a' && LONG_SPANS.has(tokens[j]?.lower ?? '')))
        return true;
      continue;
    }
    if (LONG_SPANS.has(tokens[j]?.lower ?? '') && tokens[j]!.lower !== 'decade') return true;
  }
  return false;
}

/** Words that open a relative clause describing a noun ("the peninsula, which Russia annexed"). */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'who', 'whom', 'whose']);

/**
 * A year before the report's year, after the act in its clause, dates an act told in a relative
 * clause that describes something the news is about: "the peninsula, which Russia annexed in
 * 2014". An act the sentence narrates ("In August 2020, Al-Shabab attacked ...") is an event of
 * its own date, as the real-news gold codes it. Without a report date, no year is earlier.
 */
function earlierYear(tokens: Token[], anchor: number, published: string | null): boolean {
  if (!published || !inRelativeClause(tokens, anchor)) return false;
  const end = Math.min(tokens.length, anchor + 1 + REACH);
  for (let i = anchor + 1; i < end; i++) {
    const t = tokens[i]!;
    if (CLAUSE_ENDS.has(t.lower) && t.lower !== 'and') return false;
    if (t.lower !== 'in') continue;
    const year = YEAR.test(tokens[i + 1]?.text ?? '')
      ? i + 1
      : monthName(tokens[i + 1]) && YEAR.test(tokens[i + 2]?.text ?? '')
        ? i + 2
        : -1;
    if (year > 0) return before(tokens[year]!.text, published, false);
  }
  return false;
}

/** A relative pronoun opens the act's clause before it. */
function inRelativeClause(tokens: Token[], anchor: number): boolean {
  for (let i = anchor - 1; i >= Math.max(0, anchor - REACH); i--) {
    const t = tokens[i]!;
    if (RELATIVES.has(t.lower)) return true;
    if (CLAUSE_ENDS.has(t.lower)) return false;
  }
  return false;
}

function monthName(t: Token | undefined): boolean {
  return t !== undefined && TIME_AFTER_SINCE.has(t.lower) && t.pos === 'PROPN';
}

/** The year is before the report's; with no report date, `unknown` says. */
function before(year: string, published: string | null, unknown: boolean): boolean {
  if (!published) return unknown;
  return Number(year) < Number(published.slice(0, 4));
}

// Dates: validate the dates users and records give, and find a dateline at the top of a story.
import * as chrono from 'chrono-node';

/** How far into the text a dateline may start. */
export const DATELINE_SPAN = 300;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The UTC calendar day of a Date, `YYYY-MM-DD`, or null for an invalid Date. */
export function dateToDay(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * A published value as records and meta tags give it, as `YYYY-MM-DD`, or null if it is not a
 * date. ISO dates and timestamps keep the calendar day as written (the publisher's local day);
 * other forms ("Wed, 16 Feb 2022 10:00:00 GMT", "16 February 2022") go through Date.parse or
 * chrono and must name a year.
 */
export function parsePublished(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return null;
  if (!/\b\d{4}\b/.test(trimmed)) return null;
  const parsed = new Date(trimmed);
  if (!Number.isNaN(parsed.getTime()) && /[a-z]/i.test(trimmed)) return dateToDay(parsed);
  const found = chrono.parse(trimmed)[0];
  if (
    found &&
    found.start.isCertain('day') &&
    found.start.isCertain('month') &&
    /\b\d{4}\b/.test(found.text)
  ) {
    return isoDay(found.start.get('year')!, found.start.get('month')!, found.start.get('day')!);
  }
  return null;
}

/** Is this a `--date` value: exactly `YYYY-MM-DD` and a real day. */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isoDay(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

/**
 * The date of a dateline in the first ~300 characters ("MOSCOW, Feb 16 (Reuters) -",
 * "Wednesday, February 16, 2022", "16 February 2022", "2022-02-16"), or null.
 * A year is required. A dateline without one ("Feb 16") is used only when `reference` (the
 * `--date` day) supplies the year: chrono then picks the occurrence nearest to it.
 */
export function findDateline(text: string, reference?: string | null): string | null {
  const span = text.slice(0, DATELINE_SPAN);
  const results = chrono.parse(span);
  for (const result of results) {
    if (!result.start.isCertain('day') || !result.start.isCertain('month')) continue;
    if (!/\b\d{4}\b/.test(result.text)) continue;
    const day = isoDay(
      result.start.get('year')!,
      result.start.get('month')!,
      result.start.get('day')!,
    );
    if (day) return day;
  }
  if (reference && isIsoDay(reference)) {
    const ref = new Date(`${reference}T12:00:00Z`);
    for (const result of chrono.parse(span, { instant: ref, timezone: 0 })) {
      if (!result.start.isCertain('day') || !result.start.isCertain('month')) continue;
      // Relative words ("today", "Tuesday") are not datelines.
      if (!/\d/.test(result.text) || !/[a-z]{3}/i.test(result.text)) continue;
      const day = isoDay(
        result.start.get('year')!,
        result.start.get('month')!,
        result.start.get('day')!,
      );
      if (day) return day;
    }
  }
  return null;
}

/**
 * A `YYYY-MM-DD` day in a file's name (`2022-02-15-units-return.txt`), or null. Scraped corpora
 * are often named by day; it dates a story whose dateline gives no year.
 */
export function dateInFileName(file: string): string | null {
  const name = file.split(/[\\/]/).pop() ?? '';
  const m = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

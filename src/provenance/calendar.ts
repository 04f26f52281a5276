// Month and weekday names in the languages copies are translated into
// (`data/translit/calendar.jsonl`): a day of the month beside a month name is a date, not a count,
// and an English wire names the weekday ("on Sunday") where another desk's version dates it
// ("dimanche 15 janvier"). Read as a count, that date stood between two counts of the translation
// and broke the run of numbers the translated rule reads (`pairedAnchors`, text.ts).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../paths.js';
import { idLines } from './id-lines.js';

const Names = z.array(z.string().min(2));
const Line = z
  .object({
    id: z.string().regex(/^calendar-[a-z]{2}$/, 'ids look like "calendar-fr"'),
    language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'),
    months: Names.min(12),
    weekdays: Names.min(6),
  })
  .strict();

export interface Calendar {
  months: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
}

export class CalendarFileError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'CalendarFileError';
  }
}

/** Parses the calendar file: every language's names in one set each, lowercase; errors name the
 *  file, the line and the field. */
export function parseCalendar(text: string, file: string): Calendar {
  const months = new Set<string>();
  const weekdays = new Set<string>();
  for (const { value, line } of idLines(text, file, Line, CalendarFileError))
    for (const [field, into] of [
      ['months', months],
      ['weekdays', weekdays],
    ] as const)
      for (const name of value[field]) {
        if (name !== name.toLowerCase())
          throw new CalendarFileError(file, line, `field "${field}": write "${name}" in lowercase`);
        into.add(name);
      }
  return { months, weekdays };
}

let cached: Calendar | null = null;

export function calendar(): Calendar {
  if (!cached) {
    const file = dataPath('translit', 'calendar.jsonl');
    cached = parseCalendar(readFileSync(file, 'utf8'), file);
  }
  return cached;
}

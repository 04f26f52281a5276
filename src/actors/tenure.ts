// Which office a person holds on a date. Ends are exclusive: on the day a successor takes over,
// the office is theirs ("Shoigu: defence minister to 2024-05-12, then Security Council secretary").
import type { OfficeEntry, PersonEntry } from './schema.js';

export interface Tenure {
  office: OfficeEntry;
  /** False when the date falls outside every office: the office is then the nearest earlier one. */
  inOffice: boolean;
}

function holds(office: OfficeEntry, date: string): boolean {
  return office.start <= date && (office.end === null || date < office.end);
}

/** The office of `person` on `date` (YYYY-MM-DD...), or their best-known office when date is null. */
export function officeOn(person: PersonEntry, date: string | null): Tenure {
  const offices = person.offices;
  const primary = (offices[person.primary ?? 0] ?? offices[0]) as OfficeEntry;
  if (date === null) return { office: primary, inOffice: true };
  const day = date.slice(0, 10);
  const current = offices.find((o) => holds(o, day));
  if (current) return { office: current, inOffice: true };
  // Out of office: the last office that ended before the date, else the first one to come.
  let last: OfficeEntry | undefined;
  for (const o of offices)
    if (o.end !== null && o.end <= day && (!last || (last.end ?? '') < o.end)) last = o;
  if (last) return { office: last, inOffice: false };
  let first = primary;
  for (const o of offices) if (o.start < first.start) first = o;
  return { office: first, inOffice: false };
}

/** Of several people sharing a name ("Bush", "Castro"), the one in office on the date, else the first. */
export function pickPerson(people: PersonEntry[], date: string | null): PersonEntry | undefined {
  if (date !== null && people.length > 1) {
    const day = date.slice(0, 10);
    const holder = people.find((p) => p.offices.some((o) => holds(o, day)));
    if (holder) return holder;
  }
  return people[0];
}

/**
 * Of the offices `person` holds on `date`, one of `sector`: a leader who heads the state and
 * commands its army at once ("Sudan's army chief, General Burhan") is named by the office the
 * text gives. Undefined with no date or no such office.
 */
export function concurrentOffice(
  person: PersonEntry,
  date: string | null,
  sector: string,
): OfficeEntry | undefined {
  if (date === null) return undefined;
  const day = date.slice(0, 10);
  return person.offices.find((o) => o.sector === sector && holds(o, day));
}

// Trips read as visits ("Macron flew to Beijing", "the foreign minister travelled to Islamabad"):
// an official's journey to a place is PLOVER's visit (CONSULT, CAMEO 042) with the state of that
// place. When the sentence also codes a meeting by the same traveller ("flew to Minsk for
// all-night talks with Putin", "flew to Cairo and met the Qatari emir"), the meeting says whom
// the trip was for, and the place is only where it was held: the trip gives way to it.
import type { Mention } from '../records.js';

/** Patterns that code a journey to a place as a visit to its state (data/patterns/events.jsonl). */
const TRIP_PATTERNS: ReadonlySet<string> = new Set(['consult.official-travels']);

/** Words that end the trip's clause before a meeting told after it. */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|while|as|then)\b/i;

/** Whether meeting `o` follows trip `m` in the trip's own clause. */
function meetingOfTrip(m: Mention, o: Mention): boolean {
  if (o.trigger.start < m.trigger.end) return false;
  const base = m.evidence.start;
  const between = m.evidence.text.slice(m.trigger.end - base, o.trigger.start - base);
  return !CLAUSE_BREAK.test(between);
}

/** `kept` without the trips whose traveller's meeting the trip's clause goes on to tell. */
export function withoutTripsToMeetings(kept: Mention[]): Mention[] {
  return kept.filter(
    (m) =>
      !TRIP_PATTERNS.has(m.pattern) ||
      !kept.some(
        (o) =>
          o !== m &&
          o.type === 'CONSULT' &&
          !TRIP_PATTERNS.has(o.pattern) &&
          o.source.root === m.source.root &&
          meetingOfTrip(m, o),
      ),
  );
}

// A wire story opens with its dateline: where it was filed, sometimes when and by which agency
// ("BEIRUT (Reuters) -", "NAIROBI, Kenya —", "ADDIS ABABA, Ethiopia, March 3 (AP) —"). The place
// finder takes the city there as a place without further context; the coder takes it for the
// desk's location, never an actor, and the act's place only when the sentence names no other.

// The city in capitals (words joined by spaces, hyphens or a slash: "PORT-AU-PRINCE",
// "MANILA/SHANGHAI"), then optionally a region or state in any case (", Kenya", ", N.Y."), a
// date (", March 3", ", Feb 16, 2023") and the agency in brackets, then a dash.
const CITY = String.raw`\p{Lu}[\p{Lu}'’.\-]*\p{Lu}(?:[ /]\p{Lu}[\p{Lu}'’.\-]*\p{Lu})*`;
const REGION = String.raw`,\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}`;
const DATE = String.raw`,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?`;
const AGENCY = String.raw`\s*\([\p{L}\p{N} .&/'’\-]{2,40}\)`;
const DASH = String.raw`\s*(?:[-–—]{1,2}|:)\s+`;
const DATELINE = new RegExp(
  String.raw`^\s*(${CITY})((?:${REGION})?(?:${DATE})?(?:${AGENCY})?)${DASH}`,
  'u',
);

export interface Dateline {
  /** Offset after the dateline's dash. */
  end: number;
  /** Only a word in capitals before the dash ("CAIRO —"): no region, date or agency. */
  bare: boolean;
}

/** The dateline opening `text`, or null when it opens with none. */
export function datelineOf(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  return { end: m.index + m[0].length, bare: (m[2] ?? '').trim() === '' };
}

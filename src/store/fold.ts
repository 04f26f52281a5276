// Case- and accent-insensitive matching of places and evidence text, the same in JavaScript, in
// SQLite (JavaScript functions registered in db.ts) and in PostgreSQL (the SQL function
// spiral_fold, migration 004-search.sql): decompose (NFKD), drop the combining marks, lower-case.
// The marks are listed as explicit blocks rather than \p{M}, because PostgreSQL's regular
// expressions know no Unicode properties, and both stores must match the same events.

/** The combining-mark blocks dropped; 004-search.sql lists the same ones. */
export const COMBINING_MARKS =
  // eslint-disable-next-line no-misleading-character-class -- a class of combining marks, on purpose
  /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

export const fold = (text: string): string =>
  text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();

/** The region as a filter matches it: folded and trimmed (null when blank). */
export function regionKey(region: string | undefined): string | null {
  const key = region === undefined ? '' : fold(region.trim());
  return key === '' ? null : key;
}

/** The words of a text search, folded (an event matches when its evidence holds all of them). */
export function searchWords(text: string | undefined): string[] {
  return text === undefined ? [] : fold(text).split(/\s+/).filter(Boolean);
}

/**
 * Whether a place (its name or admin-1 region) or one of the counts' regions is the region key
 * (`regionKey`) or starts with it and a space ("donetsk" finds "Donetsk Oblast").
 */
export function inRegion(names: ReadonlyArray<string | null | undefined>, key: string): boolean {
  return names.some((name) => {
    if (!name) return false;
    const folded = fold(name);
    return folded === key || folded.startsWith(`${key} `);
  });
}

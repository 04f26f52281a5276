// An absolute "with" clause: "..., with troops from Britain and France also taking part", "...,
// with Tokyo saying it was watching". Set off by a comma and closed by its own participle, it
// tells what others did beside the main act, so the search for a recipient or partner after
// "with" or "to" (roles.ts, objectsAfter) stops there: "joined US and Japanese forces ..., with
// troops from Britain also taking part" is joining the US and Japan. With no object of its own
// the verb may still take them as its object ("held drills on Monday, with Chinese warships
// also taking part" is drills held with China).
import type { Token } from '../nlp/analyse.js';

/** How far after "with" the absolute clause's participle may come. */
const PARTICIPLE_REACH = 12;

/** Whether the "with" at `i` opens an absolute clause (a comma before it, a participle after). */
export function absoluteWith(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'with' || tokens[i - 1]?.lower !== ',') return false;
  const end = Math.min(tokens.length, i + 1 + PARTICIPLE_REACH);
  for (let k = i + 2; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' && t.lower !== ',') return false;
    if (t.pos === 'VERB' && /ing$/.test(t.lower)) return true;
    // "with the UN saying", yes; "with Belarus, which ...": a finite verb is another clause.
    if (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma)) return false;
  }
  return false;
}

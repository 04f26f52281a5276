// "Agents arrested X, and the United States demanded his immediate release": a demand for the
// release of someone the sentence has just told was detained is made of the one holding them.
// The object names only the held person by a pronoun, so the request had no target and was let
// go as untied; wires tell arrests and the calls to free the detained in one sentence.
import type { Token } from '../nlp/analyse.js';
import type { Mention } from '../records.js';
import { doerOf, type RoleMention } from './places.js';
import { classWords } from './word-classes.js';

/** Possessive pronouns standing for the held person: "his release". */
const HELD_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** Object pronouns for the held person after "of": "the release of them". */
const HELD_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
/** How far after the request's words the release noun may stand ("demanded on Friday the ..."). */
const REACH = 6;

/**
 * The one asked by a request whose object is the release of a person named before by a pronoun
 * ("demanded his immediate release", "called for the release of them"): the doer of the
 * sentence's earlier detention (a COERCE act) by another party than the one asking; null when
 * the object is no such release or no detention was coded.
 */
export function holderAsked(
  tokens: Token[],
  last: number,
  ceiling: number,
  earlier: readonly Mention[],
  askers: readonly string[],
): RoleMention | null {
  if (!pronounRelease(tokens, last, ceiling)) return null;
  const detention = earlier.find(
    (r) => r.type === 'COERCE' && r.source.root && !askers.includes(r.source.root),
  );
  return detention ? doerOf(detention) : null;
}

/** Whether a release noun for a pronoun's person follows the request's words at `last`. */
function pronounRelease(tokens: Token[], last: number, ceiling: number): boolean {
  const nouns = classWords('release-nouns');
  const end = Math.min(ceiling, tokens.length, last + 1 + REACH);
  for (let k = last + 1; k < end; k++) {
    const t = tokens[k]!;
    if (!nouns.has(t.lower)) continue;
    // "his immediate and unconditional release": a possessive before the noun's adjectives.
    let j = k - 1;
    while (j > last && (tokens[j]!.pos === 'ADJ' || tokens[j]!.lower === 'and')) j--;
    if (HELD_POSSESSIVES.has(tokens[j]?.lower ?? '')) return true;
    return tokens[k + 1]?.lower === 'of' && HELD_OBJECTS.has(tokens[k + 2]?.lower ?? '');
  }
  return false;
}

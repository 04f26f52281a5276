// "Hezbollah's leader warned that the group would strike ...", "Houthi fighters seized the ship,
// and the group said ...", "al-Shabaab fighters took the town after the militants pulled out":
// wires name an armed group once and then take it up by a common noun ("the group", "the
// movement", "the militant group", "the militants", "the rebels"). Such a noun stands for the
// armed group (an actor of sector REB) named last, in its sentence or before; a noun that names
// a group of another kind ("the rights group", "the Group of Seven", "the group of experts") is
// no reference.
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

/** The sector of armed groups: rebels, militias, insurgents. */
export const ARMED_SECTOR = 'REB';

/**
 * The first token of a definite noun phrase "the (adjective) group" ending at `i` (a word of the
 * class `armed-group-nouns`, with at most one adjective of `armed-group-adjectives` between), or
 * -1: lowercase only ("the Group of Seven"), and no "of" after it ("the group of countries").
 */
export function groupReferenceStart(tokens: Token[], i: number): number {
  const start = referenceStart(tokens, i);
  // "the tour group was shot at, and the group accused ...": a group of another kind named
  // before in the sentence is what "the group" takes up.
  const other = tokens
    .slice(0, start < 0 ? 0 : start)
    .some((t, j) => classWords('armed-group-nouns').has(t.text) && referenceStart(tokens, j) < 0);
  return other ? -1 : start;
}

function referenceStart(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  if (!classWords('armed-group-nouns').has(t.text)) return -1;
  if (tokens[i + 1]?.lower === 'of') return -1;
  let k = i - 1;
  if (classWords('armed-group-adjectives').has(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'the' ? k + 1 : -1;
}

/** Whether a rootless mention of sector REB after "the" ("the militants") takes up a group. */
export function definiteArmedSector(tokens: Token[], first: number, sector: string): boolean {
  return sector === ARMED_SECTOR && tokens[first - 1]?.lower === 'the';
}

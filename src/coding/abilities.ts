// What a side may or can do is no act it did: "ECOWAS has the power to impose sanctions on
// Niger", "the Council has the authority to refer the case", "the army is able to strike deep
// inside". Reports of a crisis explain powers and capacities beside the acts; the verb after them
// names no happening. (A possibility told with a modal, "could impose", stays an announced act,
// modality.ts; the wording here is a statement of standing, not of intent.)
import type { Token } from '../nlp/analyse.js';
import { classWords } from './word-classes.js';

const HAVE: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having']);
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Whether the act at `anchor` is the infinitive of a power or capacity: "has the power to",
 * "have the right to", "has the means to", "is able to", "are capable of" does not count (no
 * infinitive). The noun or adjective is of class `ability-words`, right before "to"; a noun is
 * had ("has the power", "has full authority"), an adjective is been ("is able").
 */
export function abilityOnly(tokens: readonly Token[], anchor: number): boolean {
  if (tokens[anchor - 1]?.lower !== 'to') return false;
  const word = tokens[anchor - 2];
  if (!word || !classWords('ability-words').has(word.lower)) return false;
  for (let k = anchor - 3; k >= Math.max(0, anchor - 6); k--) {
    const lower = tokens[k]!.lower;
    if (HAVE.has(lower) || BE.has(lower)) return true;
    if (tokens[k]!.pos !== 'DET' && tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'ADV')
      return false;
  }
  return false;
}

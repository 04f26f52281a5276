// "Britain imposed UN sanctions on Iran", "Canada adopted EU sanctions against Belarus": a body
// named right before a penalty noun (word class `sanctions`) is the penalty's author, not the one
// it is imposed on; that one follows "on" or "against".
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

const AIMED = new Set(['on', 'against']);

/**
 * The targets with the authors of a penalty left out; when only authors were found, the party the
 * penalty is aimed at ("on Iran"), else none.
 */
export function withoutPenaltyAuthors(
  tokens: Token[],
  mentions: ActorMention[],
  targets: ActorMention[],
  ceiling: number,
): ActorMention[] {
  const penalties = classWords('sanctions');
  const authors = targets.filter(
    (m) => m.first >= 0 && penalties.has(tokens[m.last + 1]?.lower ?? ''),
  );
  if (authors.length === 0) return targets;
  const rest = targets.filter((m) => !authors.includes(m));
  if (rest.length > 0) return rest;
  const from = Math.max(...authors.map((m) => m.last)) + 1;
  const aimed = mentions.find(
    (m) => m.first > from && m.first < ceiling && m.actor.root && aimedAt(tokens, m.first),
  );
  return aimed ? [aimed] : [];
}

/** "on Iran", "against the Belarusian government": a preposition of aim before the mention. */
function aimedAt(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const t = tokens[k]!;
    if (AIMED.has(t.lower)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}

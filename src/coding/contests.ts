// Sport told in the words of war: "South Africa beat New Zealand in the World Cup final",
// "Georgia's forwards attacked relentlessly", "fast bowlers attacked the stumps". Wire feeds
// carry sport beside crisis news, and a country named as a side of a match is a team, not a
// state. Police or troops acting at a match ("police fired tear gas at fans after the match")
// are still acts of force, and so is an attack told beside a match in another clause.
import type { Token } from '../nlp/analyse.js';
import type { RoleMention } from './places.js';
import { classWords } from './word-classes.js';

/** Words that end the clause a match is looked for in. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  ',',
  ';',
  '.',
  'and',
  'but',
  'while',
  'as',
  'after',
  'before',
  'because',
  'when',
  'during',
]);
/** How far from a doer's name its noun ("Georgia's forwards") may stand. */
const HEAD_REACH = 3;

/**
 * Whether the act at `anchor` is play: every doer is named without a sector (a country or side,
 * not its forces, police or rebels), and a noun of class `sport-words` names the doer ("Pakistan's
 * fast bowlers") or stands in the act's own clause ("beat Japan in the World Cup final").
 */
export function contestOfSport(
  tokens: Token[],
  anchor: number,
  sources: readonly RoleMention[],
): boolean {
  if (sources.length === 0 || sources.some((s) => s.actor.sector !== '')) return false;
  const sport = classWords('sport-words');
  const isSport = (t: Token | undefined): boolean =>
    t !== undefined && t.pos !== 'VERB' && sport.has(t.lower);
  const namedPlayer = sources.every((s) => {
    for (let i = s.last + 1; i <= Math.min(anchor - 1, s.last + HEAD_REACH); i++)
      if (isSport(tokens[i])) return true;
    return false;
  });
  if (namedPlayer) return true;
  for (let i = anchor - 1; i >= 0 && !CLAUSE_ENDS.has(tokens[i]!.lower); i--)
    if (isSport(tokens[i])) return true;
  for (let i = anchor + 1; i < tokens.length && !CLAUSE_ENDS.has(tokens[i]!.lower); i++)
    if (isSport(tokens[i])) return true;
  return false;
}

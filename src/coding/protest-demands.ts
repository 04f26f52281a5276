// A crowd's demand is the aim of its protest, not a request of its own. Wire reports of protests
// tell what the crowd wants in the same breath ("Thousands marched through the capital, demanding
// that the president resign", "protesters blocked highways to demand cheaper fuel", "Protesters
// demanding the departure of the peacekeepers stormed the base"): PLOVER's PROTEST covers
// demonstrations made for a demand, and every check set codes such a line PROTEST alone (none
// codes a REQUEST by the crowd). The REQUEST the verb "demand" gives is then a second event for
// one happening, and often a wrong one: its doer is taken from whatever actor stands nearest.
// A demand by a state, its officials or a party outside the protest is kept ("the embassy
// demanded that Poland punish the protesters").
import type { Mention } from '../records.js';

/**
 * Sectors of a state's own bodies, whose protest is a note or a statement (a diplomatic protest),
 * not a crowd's; `''` is a state named alone ("Iran protested").
 */
const STATE_SECTORS: ReadonlySet<string> = new Set([
  '',
  'GOV',
  'MIL',
  'DIP',
  'COP',
  'SPY',
  'LEG',
  'JUD',
]);

/**
 * Whether `p` is a protest by people in the street: civilians, the opposition, students,
 * teachers, doctors, workers (any sector but a state body's).
 */
function crowdProtest(p: Mention): boolean {
  return p.type === 'PROTEST' && p.source.root !== '' && !STATE_SECTORS.has(p.source.sector);
}

/** A demand told as an adjunct of the act before it: "..., demanding", "to demand", "calling for". */
const ADJUNCT_DEMAND = /^(?:demanding|calling)\b/i;

/** Whether request `m` is told by a participle or an infinitive of purpose ("to demand"). */
function adjunctDemand(m: Mention): boolean {
  const before = m.evidence.text.slice(0, m.trigger.start - m.evidence.start);
  return ADJUNCT_DEMAND.test(m.trigger.text) || /\bto\s+$/i.test(before);
}

/**
 * Whether request `m` is the demand of the crowd whose protest `p` the sentence tells: the same
 * country's people, and either the request's doer is itself a crowd ("protesters demanding his
 * resignation") or the demand follows the protest as its adjunct ("marched on Monday, demanding
 * ...", "blocked roads to demand ..."), whoever the coder took for its doer. A finite request
 * after it is another side's ("..., and the army chief urged the president to resign").
 */
function demandOfProtest(m: Mention, p: Mention): boolean {
  if (m.source.root !== p.source.root) return false;
  return (
    m.source.sector === p.source.sector ||
    m.source.sector === 'CVL' ||
    (m.trigger.start > p.trigger.start && adjunctDemand(m))
  );
}

/** `kept` without the requests that only tell what a protesting crowd of the sentence demands. */
export function withoutProtestDemands(kept: Mention[]): Mention[] {
  const protests = kept.filter(crowdProtest);
  if (protests.length === 0) return kept;
  return kept.filter((m) => m.type !== 'REQUEST' || !protests.some((p) => demandOfProtest(m, p)));
}

// "Kosovo's independence has been recognised by several countries, including Peru and Chad",
// "the plan was backed by EU members such as France": a passive whose "by" phrase names a group
// of states and then its members. The group noun is no actor (named-members.ts: the members
// act, one event each), so word distance found no doer and the act was let go. The dependency
// parse hangs the members from the group noun (`nmod` marked "including", "such as", "like"),
// and the group from the verb as its agent; the members named are the doers.
import type { Token } from '../nlp/analyse.js';
import { dependents, Roles, type Parse } from '../nlp/parse/index.js';
import type { ActorMention } from './mentions.js';
import { parserInput } from './syntax.js';
import { classWords } from './word-classes.js';

/** Words that open a list of members ("such as" is told by its "such"). */
const LIST_OPENERS: ReadonlySet<string> = new Set(['including', 'such', 'like']);
/** How far after the verb the "by" may stand ("was recognised on Monday by ..."). */
const BY_REACH = 6;

/**
 * Whether a "by" follows the verb at `last` closely, and a list opener follows it before
 * `ceiling`: only then is the sentence worth a parse.
 */
export function listedAgentAfter(tokens: readonly Token[], last: number, ceiling: number): boolean {
  const end = Math.min(ceiling, tokens.length);
  let by = -1;
  for (let k = last + 1; k < end && k <= last + BY_REACH; k++)
    if (tokens[k]!.lower === 'by') {
      by = k;
      break;
    }
  if (by < 0) return false;
  for (let k = by + 1; k < end; k++) if (LIST_OPENERS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * The states named as members of the group that is the passive verb's agent at `verb` (a noun of
 * class `member-groups`: "countries", "members", "allies" ..., or the "of" phrase of a partitive
 * head: "a number of countries"), in sentence order; [] when the
 * agent is no such group, or a member is not a state named by its name (a pronoun, a firm, a
 * place: "by firms such as Apple", "by several towns, including Kherson").
 */
export function listedAgents(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  parse: Parse,
  verb: number,
  ceiling: number,
): ActorMention[] {
  const roles = new Roles(parserInput(tokens), parse);
  const groups = classWords('member-groups');
  const partitives = classWords('partitive-heads');
  const below = dependents(parse);
  const out: ActorMention[] = [];
  for (const agent of roles.of(verb).agents) {
    // "by a number of countries including Turkey": the group is the partitive's "of" phrase.
    const group = partitives.has(tokens[agent.index]?.lower ?? '')
      ? (below[agent.index]?.find((d) => parse.deprel[d] === 'nmod' && d > agent.index) ?? -1)
      : agent.index;
    if (!groups.has(tokens[group]?.lower ?? '')) continue;
    // The parser hangs the list from the group or from the partitive's head ("dozens").
    const members = [...roles.listedMembers(agent.index), ...roles.listedMembers(group)]
      .filter((i, k, all) => i < ceiling && all.indexOf(i) === k)
      .sort((a, b) => a - b);
    const named = members.map((i) => mentions.find((m) => m.first <= i && i <= m.last));
    if (named.length === 0) continue;
    if (!named.every((m) => m?.actor.root && m.kind === 'state' && !m.pronoun && !m.locative))
      continue;
    for (const m of named) if (!out.includes(m!)) out.push(m!);
  }
  return out;
}

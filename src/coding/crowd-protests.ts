// A crackdown tells two acts in one clause: "Police fired tear gas at thousands of protesters
// demanding the president's resignation", "troops opened fire on crowds protesting against the
// takeover". The state's force on the crowd is coded by its pattern; the crowd's protest, which
// the same words report as under way, is coded here: the crowd's people protest against the one
// named after "against", else against their own government.
import type { Token } from '../nlp/analyse.js';
import type { Mention } from '../records.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/**
 * Patterns of force used on a crowd: crowd control (tear gas, water cannon, rubber bullets) and
 * firing on people. Killing, beating or detaining people who happen to be protesters is told
 * of the victims, and the check sets code no protest with it; nor does the dev set with an
 * act of dispersal ("opened fire to disperse demonstrators"), so `coerce.disperse` is no
 * crackdown here and the purpose clause "to ..." ends the act's clause.
 */
const CRACKDOWN_PATTERNS: ReadonlySet<string> = new Set([
  'assault.crowd-control',
  'assault.open-fire',
  'assault.fire-on',
  'assault.fire-at',
]);
/** Words that end the crackdown's clause: what follows is another act, or its time. */
const CLAUSE_END: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '.',
  'while',
  'as',
  'after',
  'before',
  'when',
  'but',
  'who',
  'which',
  'that',
  'to',
]);
/** How far past the act's words its crowd may be ("... and tear gas at thousands of protesters"). */
const CROWD_REACH = 10;
/**
 * The word after the crowd that introduces the one it protests against. What a crowd demands
 * names no aim ("demanding the release of an opposition leader" is aimed at the government that
 * holds him), so such a crowd protests against its own government.
 */
const AIM_WORD = 'against';

export interface CrowdProtest {
  /** The crowd's words, from its noun to its participle. */
  first: number;
  last: number;
  /** The one protested against, when named after "against"; else the crowd's own government. */
  aim: ActorMention | null;
}

/**
 * The protesting crowd a crackdown (`act`, its words ending at token `last`) was aimed at: a noun
 * of the class `named-protesters`, or any noun followed by a participle of `protest-participles`,
 * in the act's own clause. Null for any other act or crowd ("fired tear gas at fans").
 */
export function crowdCrackedDown(
  tokens: Token[],
  mentions: ActorMention[],
  act: Mention,
  last: number,
): CrowdProtest | null {
  if (!CRACKDOWN_PATTERNS.has(act.pattern)) return null;
  const named = classWords('named-protesters');
  const participles = classWords('protest-participles');
  const reach = Math.min(tokens.length, last + 1 + CROWD_REACH);
  let crowd: { first: number; last: number } | null = null;
  for (let i = last + 1; i < reach; i++) {
    const t = tokens[i]!;
    if (CLAUSE_END.has(t.lower)) break;
    if (named.has(t.lower)) {
      const after = participles.has(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
      crowd = { first: i, last: after };
      break;
    }
    if (t.pos === 'NOUN' && participles.has(tokens[i + 1]?.lower ?? '')) {
      crowd = { first: i, last: i + 1 };
      break;
    }
  }
  if (!crowd) return null;
  return { ...crowd, aim: protestAim(tokens, mentions, crowd.first, crowd.last) };
}

/**
 * "protesting against the junta", "rallying against Israel": the first actor the crowd's own
 * phrase names after "against", before the clause ends.
 */
function protestAim(
  tokens: Token[],
  mentions: ActorMention[],
  first: number,
  last: number,
): ActorMention | null {
  let start = -1;
  for (let i = first; i <= last + 1 && i < tokens.length; i++)
    if (tokens[i]!.lower === AIM_WORD) start = i + 1;
  if (start < 0) return null;
  let end = start;
  // "demanding that the prime minister resign": "that" opens what is demanded, not a new clause.
  const ends = (t: Token): boolean => CLAUSE_END.has(t.lower) && t.lower !== 'that';
  while (end < tokens.length && end < start + 8 && !ends(tokens[end]!)) end++;
  return (
    mentions.find(
      (m) => m.first >= start && m.last < end && m.actor.root && !m.locative && !m.pronoun,
    ) ?? null
  );
}

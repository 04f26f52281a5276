// Who the subject of an act stands for when it names several states, a group or an organ with
// no country of its own (fourteenth round): "France, Germany and Italy said they ...", "X and Y
// were among the countries that ...", "officials from both countries", "the army chief" of the
// one country a sentence names, rebels joined to a state's organ.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { firstOfEachRoot, groupParties, groupPhraseAt } from './group-objects.js';
import { conjunctsBefore } from './roles.js';
import { classWords } from './word-classes.js';
import { copyOf, withRoot } from '../actors/actor-record.js';
import { mentionWith } from './mention-record.js';

/** Sectors of a state's own organs: government, parliament, forces, police, courts. */
const STATE_ORGANS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'MIL', 'COP', 'JUD', 'SPY']);

/**
 * "Tunisia's president suspended parliament, and the speaker called on ...", "the army chief
 * urged ...": a state's own organ named by its sector alone is the one country its sentence
 * names (`own`). Not rebels, crowds or armed groups, who may be anyone's; not "leaders" or
 * "officials" (of no named country: anyone's too); not a phrase with a name of its own
 * ("Kurdish forces": a people with no state of the dictionary).
 */
export function ownOrgan(
  tokens: Token[],
  m: ActorMention,
  own: string,
  atHome: boolean,
): ActorMention {
  if (!own || m.actor.root || m.pronoun || !STATE_ORGANS.has(m.actor.sector)) return m;
  if (m.kind !== 'office' && !(atHome && m.kind === 'sector')) return m;
  if (m.plural && (m.actor.sector === 'GOV' || m.actor.sector === 'DIP')) return m;
  for (let i = m.first; i <= m.last; i++) {
    const t = tokens[i]!;
    if (i > 0 && /^[A-Z]/.test(t.text)) return m;
  }
  return mentionWith(m, { actor: withRoot(m.actor, own) });
}

/** Organs a state speaks and decides by: its government, its ministry, its cabinet. */
const GOVERNING: ReadonlySet<string> = new Set(['GOV', 'DIP', 'LEG']);

/**
 * "Foreign Secretary Jeremy Hunt summoned Iran's envoy, and the government asked European
 * partners to ...": the governing organ named alone ("the government", "the ministry") as the
 * subject of a clause joined by ", and" is that of the sentence's first subject, a state's
 * official. `m` itself when not so.
 */
export function organOfFirstSubject(
  tokens: Token[],
  m: ActorMention,
  first: ActorMention | null,
): ActorMention {
  if (m.actor.root || m.pronoun || m.plural || !GOVERNING.has(m.actor.sector)) return m;
  if (m.kind !== 'office' && m.kind !== 'sector') return m;
  if (!first?.actor.root || first === m || first.last >= m.first || first.pronoun) return m;
  if (first.kind === 'organisation') return m;
  // The organ right after ", and the" (no capitalised name of its own: "the Foreign Office").
  if (tokens[m.first - 1]?.lower !== 'the') return m;
  if (tokens[m.first - 2]?.lower !== 'and' || tokens[m.first - 3]?.lower !== ',') return m;
  for (let i = m.first; i <= m.last; i++) if (/^[A-Z]/.test(tokens[i]!.text)) return m;
  return mentionWith(m, { actor: withRoot(m.actor, first.actor.root) });
}

/** Sectors of the armed or political side a state's organs face at home. */
const SIDES_AT_HOME: ReadonlySet<string> = new Set(['REB', 'OPP', 'INS']);

/** Whether a sector is of the side a state's organs face at home (rebels, an opposition). */
export const sideAtHome = (sector: string): boolean => SIDES_AT_HOME.has(sector);

/**
 * "South Sudan's government and rebels loyal to Machar signed a ceasefire", "the junta and
 * armed groups agreed to talks": rebels or an opposition with no country, joined to a state's
 * organ of one country, are that country's (two sides of a civil conflict). `m` itself as
 * `fallback` otherwise.
 */
export function otherSideAtHome(
  m: ActorMention,
  group: readonly ActorMention[],
  fallback: ActorMention,
): ActorMention {
  if (m.actor.root || m.pronoun || !SIDES_AT_HOME.has(m.actor.sector)) return fallback;
  const organs = group.filter(
    (x) => x !== m && x.actor.root && (x.kind === 'state' || x.kind === 'office') && !x.pronoun,
  );
  const roots = new Set(organs.map((x) => x.actor.root));
  if (roots.size !== 1) return fallback;
  return mentionWith(m, { actor: withRoot(m.actor, [...roots][0]!) });
}

/** Relative pronouns of a clause about the members of a class ("countries that ..."). */
const MEMBER_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);
/** Words between a relative pronoun and its verb ("that have not", "who had already"). */
const VERB_GROUP: ReadonlySet<string> = new Set(['AUX', 'PART', 'ADV']);
/** How far back from the relative pronoun "among" may stand ("among more than 20 countries"). */
const AMONG_REACH = 7;

/**
 * "The United States, Germany and Poland were among more than 20 countries that expelled
 * Russian diplomats": the act of a relative clause on a class the subject was "among" is each
 * named member's. Empty unless the verb at `anchor` opens such a clause.
 */
export function amongThoseWho(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
): { members: ActorMention[]; at: number } {
  const none = { members: [], at: -1 };
  let k = anchor - 1;
  while (k > 0 && VERB_GROUP.has(tokens[k]!.pos)) k--;
  if (!MEMBER_RELATIVES.has(tokens[k]?.lower ?? '')) return none;
  let among = -1;
  for (let i = k - 1; i >= Math.max(0, k - AMONG_REACH); i--) {
    const t = tokens[i]!;
    if (t.lower === 'among') {
      among = i;
      break;
    }
    // "among a dozen European countries": an adjective may describe the class, and the class
    // itself may read as a body ("European countries"); another name stops the search.
    const named = mentions.some(
      (m) => m.first <= i && i <= m.last && !m.adjectiveOnly && m.last !== k - 1,
    );
    if (t.lower === ',' || t.pos === 'VERB' || named) return none;
  }
  if (among < 1 || tokens[among - 1]!.lemma !== 'be') return none;
  const subject = mentions.find((m) => m.last === among - 2 && m.actor.root && !m.pronoun);
  if (!subject) return none;
  const members = [...conjunctsBefore(tokens, mentions, subject), subject];
  return { members: members.filter((m) => m.actor.root), at: among };
}

/**
 * "after officials from both countries held talks", "the two governments restored relations":
 * a subject that takes up a pair of states stands for the two distinct states the sentence named
 * before it (none when it named fewer or more). Empty unless the verb at `anchor` has such a
 * subject right before it.
 */
export function pairSubject(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
): ActorMention[] {
  let k = anchor - 1;
  while (k > 0 && VERB_GROUP.has(tokens[k]!.pos)) k--;
  if (!classWords('paired-states').has(tokens[k]?.lower ?? '')) return [];
  let start: number;
  if (tokens[k - 1]?.lower === 'both') start = k - 1;
  else if (tokens[k - 1]?.lower === 'two' && tokens[k - 2]?.lower === 'the') start = k - 2;
  else return [];
  // "officials from both countries": the people of the pair.
  if (['from', 'of'].includes(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.pos === 'NOUN')
    start -= 2;
  // "depends on whether the two sides could agree": a question, not an act.
  if (['whether', 'if'].includes(tokens[start - 1]?.lower ?? '')) return [];
  const named = mentions.filter(
    (m) =>
      m.last < start &&
      m.actor.root &&
      !m.pronoun &&
      (m.kind === 'state' || m.kind === 'office' || m.kind === 'person'),
  );
  const byRoot = firstOfEachRoot(named);
  return byRoot.size === 2 ? [...byRoot.values()] : [];
}

/**
 * "Russia urged both sides to show restraint", "called on the two countries to talk" (or "on all
 * sides"), "threatened to take the three neighbours to the WTO": an object that takes up a group
 * of parties by their number, right after the trigger's words (`last`) or after the infinitive
 * the trigger governs, stands for the parties the sentence named before it (`groupParties`,
 * group-objects.ts); empty otherwise.
 */
export function pairObject(
  tokens: Token[],
  mentions: ActorMention[],
  last: number,
  doers: ActorMention[],
): ActorMention[] {
  let k = last + 1;
  // "threatened to take the three neighbours ...": the object of the governed infinitive.
  if (tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB') k += 2;
  else if (tokens[last]?.lower === 'to' && tokens[k]?.pos === 'VERB') k++;
  const group = groupPhraseAt(tokens, k);
  return group ? groupParties(tokens, mentions, group, doers) : [];
}

/** Plural pronouns a group of several named actors is taken up by. */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);

/**
 * "France, Germany and Italy said they would send troops": a plural pronoun whose antecedent
 * (in its own sentence) is the last of several coordinated actors stands for all of them, one
 * doer each (the pronoun resolves to the nearest actor alone).
 */
export function groupOfPronoun(
  tokens: Token[],
  mentions: ActorMention[],
  sources: ActorMention[],
): ActorMention[] {
  const only = sources[0];
  if (sources.length !== 1 || !only!.pronoun || !GROUP_PRONOUNS.has(tokens[only!.first]!.lower))
    return sources;
  const antecedent = mentions
    .filter(
      (m) =>
        m.last < only!.first &&
        !m.pronoun &&
        m.actor.root === only!.actor.root &&
        m.actor.text === only!.antecedent,
    )
    .pop();
  if (!antecedent) return sources;
  const members = conjunctsBefore(tokens, mentions, antecedent).filter((m) => m.actor.root);
  if (members.length === 0) return sources;
  return Array.from([...members, antecedent], (m) =>
    mentionWith(only!, { actor: copyOf(m.actor) }),
  );
}

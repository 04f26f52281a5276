// A group of parties taken up by its number as the object of an act: "urged both sides to show
// restraint", "conveyed grave concern to both governments", "had shuttled between the officials
// of both countries", "threatened to take the three neighbours to the WTO". Wires tell a third
// party's call, complaint or mediation this way after naming the two sides earlier in the
// sentence. The phrase is found right after the act's words (`groups.ts`, `pairObject`) or, when
// a noun or a preposition stands between, through the dependency parse: the group is an object
// or oblique of the act's verb, or the "of" phrase of one ("the envoys of both countries").
import type { Token } from '../nlp/analyse.js';
import { baseRelation, type Parse } from '../nlp/parse/index.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/** How many parties a number word before a group noun counts ("the three neighbours"). */
const GROUP_COUNTS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);

/** A group phrase: where it starts, its noun ('' for a bare "both") and how many it counts. */
export interface GroupPhrase {
  at: number;
  noun: string;
  count: number;
}

/**
 * The group phrase starting at `k`: "both sides", "both countries", "the two governments", "all
 * sides", or "both" standing alone ("conveyed concerns to both."); null otherwise. The group
 * nouns are the word class `paired-states`.
 */
export function groupPhraseAt(tokens: Token[], k: number): GroupPhrase | null {
  const first = tokens[k]?.lower;
  // "all sides" of a fight between two named parties are those two.
  if (first === 'all')
    return tokens[k + 1]?.lower === 'sides' ? { at: k, noun: 'sides', count: 2 } : null;
  let count = 2;
  let n = k + 1;
  if (first === 'the' && GROUP_COUNTS.has(tokens[k + 1]?.lower ?? '')) {
    count = GROUP_COUNTS.get(tokens[k + 1]!.lower)!;
    n = k + 2;
  } else if (first !== 'both') return null;
  const noun = tokens[n]?.lower ?? '';
  if (classWords('paired-states').has(noun)) return { at: k, noun, count };
  // "to both." / "to both, and": "both" as the whole phrase (not "both Iran and Iraq").
  const bare = first === 'both' && (!tokens[n] || tokens[n]!.pos === 'PUNCT');
  return bare ? { at: k, noun: '', count: 2 } : null;
}

/** Whether a group phrase (`groupPhraseAt`) starts after `anchor` and before `ceiling`. */
export function groupAfter(tokens: Token[], anchor: number, ceiling: number): boolean {
  for (let k = anchor + 1; k < ceiling && k < tokens.length; k++)
    if (groupPhraseAt(tokens, k)) return true;
  return false;
}

/** Relations by which a phrase is the act's object or oblique (UD, without subtypes). */
const ARGUMENT_RELS: ReadonlySet<string> = new Set(['obj', 'iobj', 'obl']);
const base = baseRelation;

/**
 * The group phrase the parse makes an object or oblique of the verb at `anchor`, or the "of"
 * phrase (`nmod`) of one: "conveyed grave concern to both governments" (in the parse, an `nmod`
 * of "concern"), "shuttled between the commissioners of both countries". Null when none.
 */
export function groupInParse(tokens: Token[], parse: Parse, anchor: number): GroupPhrase | null {
  const argumentOf = (i: number, verb: number): boolean =>
    parse.head[i] === verb && ARGUMENT_RELS.has(base(parse.deprel[i]!));
  for (let i = anchor + 1; i < tokens.length; i++) {
    const head = parse.head[i]!;
    const attached =
      argumentOf(i, anchor) ||
      (head > anchor &&
        (base(parse.deprel[i]!) === 'nmod' || parse.deprel[i] === 'obj') &&
        argumentOf(head, anchor));
    if (!attached) continue;
    // The phrase starts one or two words before its noun ("both sides", "the two sides"), or is
    // the bare "both".
    for (const k of [i, i - 1, i - 2]) {
      const phrase = k > anchor ? groupPhraseAt(tokens, k) : null;
      if (phrase && (phrase.noun === '' ? k === i : k < i)) return phrase;
    }
  }
  return null;
}

/**
 * Runs of mentions joined by "and" or commas ("Chinese and Russian bombers", "Kyrgyz and Tajik
 * border guards", "Chile, Peru and Bolivia"), in sentence order, each run whole.
 */
function conjoinedRuns(tokens: Token[], named: ActorMention[]): ActorMention[][] {
  const runs: ActorMention[][] = [];
  for (const m of named) {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    const between = prev ? tokens.slice(prev.last + 1, m.first).map((t) => t.lower) : [];
    const joined =
      between.join(' ') === 'and' || between.join(' ') === ',' || between.join(' ') === ', and';
    if (run && joined) run.push(m);
    else runs.push([m]);
  }
  return runs;
}

/**
 * The distinct parties the sentence named before the group other than the doers, when it named
 * just as many as the group counts. A group of countries ("the three neighbours") counts states
 * only, not bodies nor a nationality adjective ("Chilean copper"); "sides" and a bare "both"
 * count any party. When more were named, the group is the one run of that many joined by "and"
 * ("Chinese and Russian bombers flew ... while Biden met the leaders of Japan, India and
 * Australia, and Japan conveyed concern to both governments"); the adjectives of such a run name
 * its parties, as do adjectives when names alone are too few. "Both sides" after one party alone (the army and the rebels of one country) is
 * that party. Empty otherwise.
 */
export function groupParties(
  tokens: Token[],
  mentions: ActorMention[],
  group: GroupPhrase,
  doers: ActorMention[],
): ActorMention[] {
  const anyParty = group.noun === 'sides' || group.noun === '';
  const before = mentions.filter(
    (m) =>
      m.last < group.at &&
      m.actor.root &&
      !m.pronoun &&
      !m.locative &&
      (anyParty || m.kind !== 'organisation') &&
      !doers.some((d) => d.actor.root === m.actor.root),
  );
  const byRoot = firstOfEachRoot(before.filter((x) => !x.adjectiveOnly || anyParty));
  if (byRoot.size === group.count) return [...byRoot.values()];
  // "Ukrainian children taken to Russia ... the commissioners of both countries": with too few
  // states named by name, the nationality adjectives make up the group.
  const withAdjectives = firstOfEachRoot(before);
  if (byRoot.size < group.count && withAdjectives.size === group.count)
    return [...withAdjectives.values()];
  if (byRoot.size === 1 && group.noun === 'sides') return [...byRoot.values()];
  if (byRoot.size < group.count) return [];
  const named = mentions.filter((m) => m.last < group.at && m.actor.root && !m.pronoun);
  const runs = conjoinedRuns(tokens, named).filter(
    (run) =>
      run.length === group.count &&
      new Set(run.map((m) => m.actor.root)).size === run.length &&
      run.every((m) => before.includes(m)),
  );
  return runs.length === 1 ? runs[0]! : [];
}

/** The first mention of each root in `list`, keyed by root, in the order the roots first come. */
export function firstOfEachRoot(list: readonly ActorMention[]): Map<string, ActorMention> {
  const byRoot = new Map<string, ActorMention>();
  for (const m of list) if (!byRoot.has(m.actor.root)) byRoot.set(m.actor.root, m);
  return byRoot;
}

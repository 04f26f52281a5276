// A group of states named with its members (issue #15): "Western partners including the United
// States, Britain and France condemned ...", "Some EU members, like Germany and Hungary, opposed
// ...". Wires mean the members named act, one event each; the group noun ("partners",
// "members") is no actor of its own, and "EU members like Germany" are Germany, not the EU.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/** Words that may join two members of a list ("A, B and C", "A or B"). */
const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** Parts of speech that may describe a group noun before it ("some key Western partners", "EU
 * member states"). */
const GROUP_MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);
/** Parts of speech that, right before the group, make it an object or an oblique, not a doer. */
const GOVERNORS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP']);
/** How many words may describe the group noun ("some of the key European"). */
const MODIFIER_REACH = 4;

/**
 * Where the marker that opens a list of members ends at `k` ("including", "such as", "like",
 * "among them"): the marker's first token, or -1.
 */
function markerStart(tokens: Token[], k: number): number {
  const w = tokens[k]?.lower;
  if (w === 'including' || w === 'like') return k;
  if (w === 'as' && tokens[k - 1]?.lower === 'such') return k - 1;
  if (w === 'them' && tokens[k - 1]?.lower === 'among') return k - 1;
  return -1;
}

/**
 * The states named as members of a group that is the subject of its clause, when `m` is the
 * last of them: "Allies including Poland and Lithuania pledged ..." gives Poland and Lithuania
 * for Lithuania. Empty when `m` is no such member: a list of firms or cities ("firms such as
 * Apple"), victims after a verb's object ("killed 10 people, including two Americans") or a
 * group that is itself an object ("condemned countries such as Iran").
 */
export function namedMembers(
  tokens: Token[],
  mentions: ActorMention[],
  m: ActorMention,
): ActorMention[] {
  const members = [m];
  let k = m.first - 1;
  let marker = -1;
  for (;;) {
    if (tokens[k]?.lower === 'the') k--;
    marker = markerStart(tokens, k);
    if (marker >= 0) break;
    if (!JOINERS.has(tokens[k]?.lower ?? '')) return [];
    k--;
    if (tokens[k]?.lower === ',') k--;
    const prev = mentions.find((x) => x.last === k);
    if (!prev) return [];
    members.unshift(prev);
    k = prev.first - 1;
  }
  // "Some EU members, like Germany ...": a comma may set the list off from its group.
  let g = marker - 1;
  if (tokens[g]?.lower === ',') g--;
  if (!classWords('member-groups').has(tokens[g]?.lower ?? '')) return [];
  // The group's own describing words ("Western", "key", "EU"), then what stands before it.
  let start = g;
  while (
    start > 0 &&
    g - start < MODIFIER_REACH &&
    GROUP_MODIFIERS.has(tokens[start - 1]!.pos) &&
    /^[a-zA-Z]/.test(tokens[start - 1]!.text)
  )
    start--;
  const before = tokens[start - 1];
  if (before && GOVERNORS.has(before.pos)) return [];
  if (!members.every((x) => x.actor.root && x.kind === 'state' && !x.pronoun)) return [];
  return members;
}

/**
 * Whether the "as" at `i` closes a "such as" that opens the members of a group ("sanctions on
 * countries such as Iran and Syria"): no clause boundary, so the members may be objects.
 */
export function suchAsMembers(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'as' || markerStart(tokens, i) !== i - 1) return false;
  let g = i - 2;
  if (tokens[g]?.lower === ',') g--;
  return classWords('member-groups').has(tokens[g]?.lower ?? '');
}

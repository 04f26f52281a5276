// Sparse features of one candidate trigger: a verb of the sentence, read from the tagged words and
// the actor mentions the coder already has. Pure and cheap: no parse (parsing costs about as much
// as tagging and the coder parses only the sentences that ask, issue #12), no WordNet (its
// classes come from the table in the weights file, through `classesOf`).
import type { Token } from '../../nlp/analyse.js';

/** What the features need of an actor mention (the coder's `ActorMention` has it). */
export interface MentionSpan {
  first: number;
  last: number;
  actor: { root: string };
  locative: boolean;
}

/** The WordNet classes of a lemma, or none when unknown. */
export type ClassesOf = (lemma: string) => readonly string[];

/** Words between a verb and the actor that is its object or oblique ("accused Iran", "on Iran"). */
const OBJECT_REACH = 4;
/** Words between a subject and its verb ("Iran's foreign ministry on Monday decried"). */
const SUBJECT_REACH = 6;
/** Words before the verb searched for a negator or an auxiliary. */
const AUX_REACH = 3;

/** Tags that end a clause's subject search (a clause boundary). */
const BOUNDARY = new Set([',', ';', ':', '"', '(', ')', 'that', 'which', 'who', 'and', 'but']);

/** A token the model is asked about: a verb that is no part of an actor's name. */
export function isCandidate(tokens: readonly Token[], i: number, mentions: readonly MentionSpan[]) {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || !/^[a-z][a-z-]*$/.test(t.lemma)) return false;
  return !mentions.some((m) => m.first <= i && i <= m.last);
}

/** The lemma the model keys on: the tagger's, or the written form when it left it unchanged. */
export function lemmaOf(t: Token): string {
  return t.lemma || t.lower;
}

/**
 * The word before the verb, by itself when a function word ("would", "not", "it", ","), by its
 * tag when a name or a noun: "China imposed" must teach what a subject does, not what China does.
 */
function wordBefore(t: Token | undefined): string {
  if (!t) return '^';
  return ['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(t.pos) ? t.pos : t.lower;
}

/** The named actor (not a place) whose words hold token `k`, if any. */
function actorAt(mentions: readonly MentionSpan[], k: number): MentionSpan | undefined {
  return mentions.find((m) => m.first <= k && k <= m.last && m.actor.root && !m.locative);
}

/**
 * The features of the verb at `i` (strings; the model keeps those that carry weight). `passed`:
 * a pattern names this verb but none fired here (its context ruled it out: "what it called",
 * "the sanctions it had imposed"). Training sees such verbs, so that their NONE is laid on this
 * feature rather than on their lemma and WordNet classes; at ingest they are not asked about.
 */
export function candidateFeatures(
  tokens: readonly Token[],
  i: number,
  mentions: readonly MentionSpan[],
  classesOf: ClassesOf,
  passed = false,
): string[] {
  const t = tokens[i]!;
  const lemma = lemmaOf(t);
  const out = ['bias', `l:${lemma}`, `w-1:${wordBefore(tokens[i - 1])}`];
  if (passed) out.push('passed', `passed:${lemma}`);
  // The particle or preposition right after the verb (an adverb may stand between): "called
  // for", "pulled out of", "cracked down on".
  let k = i + 1;
  if (tokens[k]?.pos === 'ADV') k++;
  const next = tokens[k];
  const particle = next && (next.pos === 'ADP' || next.pos === 'PART') ? next.lower : '';
  if (particle) out.push(`lp:${lemma}_${particle}`);
  // The object: an actor within reach (its preposition the last before it: "pulled out of"),
  // else the head noun.
  let object = '';
  let objectPrep = '';
  for (let j = i + 1; j < tokens.length && j <= i + OBJECT_REACH; j++) {
    const w = tokens[j]!;
    if (actorAt(mentions, j)) {
      object = 'ACTOR';
      break;
    }
    if (w.pos === 'ADP') {
      objectPrep = w.lower;
      continue;
    }
    if (w.pos === 'NOUN') {
      object = w.lemma || w.lower;
      if (tokens[j + 1]?.pos === 'NOUN') continue;
      break;
    }
    if (!['DET', 'ADJ', 'NUM', 'PRON', 'ADV', 'PROPN'].includes(w.pos)) break;
  }
  if (object) {
    out.push(`lo:${lemma}_${object}`);
    if (object === 'ACTOR') out.push(objectPrep ? `oa:${objectPrep}` : 'oa:direct');
  }
  // The subject: an actor before the verb in the same clause.
  let subject = false;
  for (let j = i - 1; j >= 0 && j >= i - SUBJECT_REACH; j--) {
    if (actorAt(mentions, j)) {
      subject = true;
      break;
    }
    if (BOUNDARY.has(tokens[j]!.lower) || tokens[j]!.pos === 'VERB') break;
  }
  out.push(subject ? 'subj:actor' : 'subj:none');
  // Voice, negation and mood from the words just before.
  const before = tokens.slice(Math.max(0, i - AUX_REACH), i);
  const passive =
    before.some((w) => w.lemma === 'be' || w.lemma === 'get') &&
    t.lower !== lemma &&
    !t.lower.endsWith('ing');
  if (passive) out.push('passive', `lv:${lemma}_passive`);
  if (before.some((w) => w.lower === 'not' || w.lower === "n't" || w.lower === 'never'))
    out.push('neg');
  if (tokens[i - 1]?.lower === 'to') out.push('inf');
  if (t.lower.endsWith('ing')) out.push('gerund');
  if (tokens[i - 1]?.lower === ',') out.push('after-comma');
  // WordNet classes, alone and with the particle and the kind of object.
  for (const c of classesOf(lemma)) {
    out.push(`c:${c}`);
    if (particle) out.push(`cp:${c}_${particle}`);
    if (object === 'ACTOR') out.push(`ca:${c}`);
  }
  return out;
}

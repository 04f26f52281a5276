// The clause a participle of result belongs to. "..., killing 20 people" shares the subject of
// the clause it follows, which is usually the main one ("Russian missiles struck Kharkiv,
// killing five"). When a subordinate clause with its own subject stands between ("Azerbaijan and
// Armenia agreed to a truce after clashes broke out on their border, killing three soldiers",
// "... as fighting erupted near the airport, killing dozens"), the participle continues that
// clause: the killing is the clashes', and the main clause's subject, who only agreed, is no
// doer of it. Coding it as theirs gave one false attack per party (on a real wire sample, the
// two sides of a truce attacking Armenia).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { mainSubject } from './clauses.js';
import { classWords } from './word-classes.js';

/** Words that open a subordinate clause with a subject of its own. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'as',
  'when',
  'where',
  'while',
  'because',
  'before',
  'once',
  'until',
  'since',
]);

/** Tags of the words a subject's noun phrase is made of. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** Possessives that may open a subject's noun phrase ("after its troops shelled ..."). */
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);

/** Whether `t` can stand inside a subject's noun phrase (a hyphen: "al-Shabaab fighters"). */
function inPhrase(t: Token): boolean {
  return PHRASE_TAGS.has(t.pos) || t.text === '-' || POSSESSIVES.has(t.lower);
}

/** Whether `t` names a violent incident (word classes `incident-nouns`, `attacks`, `whole-conflicts`). */
function incident(t: Token): boolean {
  return ['incident-nouns', 'attacks', 'whole-conflicts'].some((c) => classWords(c).has(t.lower));
}

/**
 * The subject of the subordinate clause a participle after the comma at `comma` continues, when
 * one was opened after `from` (the main subject's last word): the actor of `mentions` its noun
 * phrase names ("after Armenian troops shelled the village, killing ..."), or null when it names
 * none ("after clashes broke out ..., killing ..."). Undefined when no such clause stands there
 * (the participle shares the main subject), also when that subject is civilians or a noun that
 * names neither an actor nor a violent incident.
 */
export function subordinateSubject(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  from: number,
  comma: number,
): ActorMention | null | undefined {
  for (let i = comma - 1; i > from; i--) {
    if (tokens[i]!.lower === ',' || tokens[i]!.lower === ';') return undefined;
    if (!SUBORDINATORS.has(tokens[i]!.lower)) continue;
    // SUB [DET|ADJ|NUM|NOUN|PROPN]* NOUN|PROPN VERB: a clause whose subject is a noun phrase.
    let k = i + 1;
    while (k < comma && inPhrase(tokens[k]!)) k++;
    const head = k - 1;
    if (head <= i || !['NOUN', 'PROPN'].includes(tokens[head]!.pos) || tokens[k]?.pos !== 'VERB')
      return undefined;
    const named = mentions.find((m) => m.first <= head && m.last >= i + 1);
    // "... as residents gathered for a wake, killing 50": civilians going about their day are
    // the scene of the main act, not the doers of its result; so is a noun that names neither
    // an actor nor a violent incident. Gunmen of no named country are a doer unknown.
    if (named) return named.actor.sector === 'CVL' ? undefined : named.actor.root ? named : null;
    return incident(tokens[head]!) ? null : undefined;
  }
  return undefined;
}

/**
 * Whether the act at `anchor` is a participle after a comma ("..., killing") that continues a
 * subordinate clause with a subject naming no actor: its doer is no one the parse may find
 * through the main verb either.
 */
export function participleOfSubjectlessClause(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  anchor: number,
): boolean {
  if (!tokens[anchor]!.lower.endsWith('ing') || tokens[anchor - 1]?.lower !== ',') return false;
  const main = mainSubject(tokens as Token[], mentions as ActorMention[], anchor);
  return main !== null && subordinateSubject(tokens, mentions, main.last, anchor - 1) === null;
}

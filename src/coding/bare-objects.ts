// A verb whose object is a person and that asks nothing of him has another sense: "called on
// President Kovind" is a courtesy visit, "called on Kovind to resign" or "called on Kovind for
// restraint" a request. The request is told after the object: a "to" infinitive, a "for" or a
// "that" clause. With none of them, and the object a person or an office holder, the pattern's
// `bare` sense applies (patterns.ts).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

/** Kinds of actor mention that name one person (by name or by office), not a state or a body. */
const PERSON_KINDS: ReadonlySet<string> = new Set(['person', 'office']);

/** Words after the object that tell what is asked of it. */
const ASKING_WORDS: ReadonlySet<string> = new Set(['for', 'that']);

/** Possessive endings: "welcomed Blinken's remarks" welcomes the remarks, not the man. */
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * Whether person `m` is the verb's object itself, not the owner of it ("welcomed Biden's
 * election") nor a noun's complement ("welcomed the appointment of the new envoy"): no noun and
 * no "of" between the verb and the person, and no possessive after the person.
 */
function objectItself(tokens: readonly Token[], last: number, m: ActorMention): boolean {
  if (m.first <= last) return false;
  const between = tokens.slice(last + 1, m.first);
  if (between.some((t) => t.pos === 'NOUN' || t.lower === 'of')) return false;
  return !POSSESSIVE.has(tokens[m.last + 1]?.lower ?? '');
}

/**
 * True when every target is one person or office holder and nothing after the trigger asks
 * anything of them: no "to" before a verb, no "for", no "that", up to the sentence's end.
 */
export function bareObject(
  tokens: readonly Token[],
  last: number,
  targets: readonly ActorMention[],
): boolean {
  if (targets.length === 0 || !targets.every((m) => PERSON_KINDS.has(m.kind))) return false;
  if (!targets.every((m) => objectItself(tokens, last, m))) return false;
  for (let i = last + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ASKING_WORDS.has(t.lower)) return false;
    const next = tokens[i + 1];
    if (t.lower === 'to' && next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  }
  return true;
}

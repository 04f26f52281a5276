// Acts named by a noun that a side takes up as its own by a verb of joining: "Japan joined
// Britain's sanctions on Iran", "Serbia will not join Western sanctions against Moscow". The
// joiner, the verb's subject, does the act; the one acted on is named in the noun's phrase. The
// noun must be the verb's object in the dependency parse (word class `joining-verbs`): "joined
// calls for sanctions" (the calls are joined) and "joined the sanctions debate" (a debate) are
// no sanction of the joiner's.
import type { Token } from '../nlp/analyse.js';
import type { Parse } from '../nlp/parse/index.js';
import type { ActorMention } from './mentions.js';
import { phraseEnd, phraseTargets, type PhraseAct } from './nominal.js';
import { firstConjunct, phraseHead } from './reacted-acts.js';
import { classWords } from './word-classes.js';

/** Whether a sentence has a verb of joining (without one `joinedAct` needs no parse). */
export function mayJoin(tokens: readonly Token[]): boolean {
  const joining = classWords('joining-verbs');
  return tokens.some((t) => joining.has(t.lemma));
}

/**
 * The act named by the noun at `anchor` (its pattern ending at `last`) taken up by the subject
 * of a verb of joining whose object it is: the subject's actors (by `subjectsOf`, the parse's
 * subjects of a verb) as doers, the ones its phrase names after "on", "against" ... as targets.
 * Null when the noun is no such object, or no side is named on either end.
 */
export function joinedAct(
  tokens: Token[],
  mentions: ActorMention[],
  parse: Parse,
  subjectsOf: (tokens: Token[], verb: number) => number[],
  anchor: number,
  last: number,
): PhraseAct | null {
  const noun = firstConjunct(parse, phraseHead(tokens, parse, anchor, last));
  const verb = parse.head[noun]!;
  if (verb < 0 || parse.deprel[noun] !== 'obj') return null;
  const v = tokens[verb]!;
  if (v.pos !== 'VERB' || !classWords('joining-verbs').has(v.lemma)) return null;
  const subjects = subjectsOf(tokens, verb);
  const sources = mentions.filter(
    (m) => m.actor.root && !m.locative && subjects.some((i) => m.first <= i && i <= m.last),
  );
  if (sources.length === 0) return null;
  const end = phraseEnd(tokens, last);
  const targets = phraseTargets(
    tokens,
    mentions.filter((m) => m.actor.root && !m.locative),
    anchor,
    last,
    end,
  );
  return targets.length > 0 ? { sources, targets, end } : null;
}

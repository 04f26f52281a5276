// Hand-made actor mentions for unit tests that call a role step directly, without the actor
// matcher: each listed word of the sentence is a state.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

/** A mention of the state `root` over the tokens `first`..`last`. */
export function stateMention(first: number, last: number, root: string): ActorMention {
  return {
    first,
    last,
    actor: { root, sector: '', text: root },
    kind: 'state',
    pronoun: false,
    adjectiveOnly: false,
    plural: false,
    locative: false,
  };
}

/** One state mention for every token spelt as a key of `roots` (one token each). */
export function statesNamed(
  tokens: readonly Token[],
  roots: Record<string, string>,
): ActorMention[] {
  return tokens.flatMap((t, i) => {
    const root = roots[t.text];
    return root ? [stateMention(i, i, root)] : [];
  });
}

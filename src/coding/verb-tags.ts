// The tagger reads some past forms after "and" as nouns ("intercepted a helicopter and shot it
// down": "shot" NOUN), so no verb pattern matches them. A noun takes no bare object pronoun
// after it, and "and" before it joins it to the verb before: it is a verb.
import type { Token } from '../nlp/analyse.js';

/** Object pronouns a verb takes right after it and a noun never does. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);

/** Re-tags, in place, each noun between "and" and an object pronoun as a verb. */
export function verbsBeforeObjectPronouns(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.pos === 'NOUN' &&
      tokens[i - 1]!.lower === 'and' &&
      OBJECT_PRONOUNS.has(tokens[i + 1]!.lower)
    )
      t.pos = 'VERB';
  }
}

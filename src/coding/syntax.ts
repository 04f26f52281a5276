// The dependency parser as the coder sees it: the subjects of a verb, or the whole parse, parsed
// once per sentence and only for sentences that ask (most are settled by word distance, and
// parsing costs about as much as tagging).
import type { Token } from '../nlp/analyse.js';
import { parse, Roles, type Parse, type ParseInput } from '../nlp/parse/index.js';

/** What the parser (and `Roles`) read of a sentence: its words as written and their tags. */
export function parserInput(tokens: readonly Token[]): ParseInput {
  return { words: tokens.map((t) => t.text), tags: tokens.map((t) => t.pos) };
}

/** `parseOf` for CoderDeps, remembering the last sentence's parse. */
export function sentenceParses(): (tokens: Token[]) => Parse {
  let parsedFor: Token[] | null = null;
  let last: Parse | null = null;
  return (tokens) => {
    if (tokens !== parsedFor) {
      last = parse(parserInput(tokens));
      parsedFor = tokens;
    }
    return last!;
  };
}

/**
 * The clause roles of a sentence's parse, built once per parse: the subject look-up and the
 * demanded-clause reading ask the same sentence's roles, and building them walks the whole parse.
 */
const rolesByParse = new WeakMap<Parse, Roles>();
export function rolesOf(tokens: readonly Token[], parsed: Parse): Roles {
  let roles = rolesByParse.get(parsed);
  if (!roles) {
    roles = new Roles(parserInput(tokens), parsed);
    rolesByParse.set(parsed, roles);
  }
  return roles;
}

/** `subjectsOf` for CoderDeps, over the parses of `parseOf` (one parse per sentence). */
export function parsedSubjects(
  parseOf: (tokens: Token[]) => Parse = sentenceParses(),
): (tokens: Token[], verb: number) => number[] {
  return (tokens, verb) =>
    rolesOf(tokens, parseOf(tokens))
      .of(verb)
      .subjects.map((a) => a.index);
}

// The dependency parser as the coder sees it: the subjects of a verb, parsed once per sentence
// and only for sentences that ask (most are settled by word distance, and parsing costs about
// as much as tagging).
import type { Token } from '../nlp/analyse.js';
import { parse, Roles } from '../nlp/parse/index.js';

/** `subjectsOf` for CoderDeps, remembering the last sentence's parse. */
export function parsedSubjects(): (tokens: Token[], verb: number) => number[] {
  let parsedFor: Token[] | null = null;
  let roles: Roles | null = null;
  return (tokens, verb) => {
    if (tokens !== parsedFor) {
      const input = { words: tokens.map((t) => t.text), tags: tokens.map((t) => t.pos) };
      roles = new Roles(input, parse(input));
      parsedFor = tokens;
    }
    return roles!.of(verb).subjects.map((a) => a.index);
  };
}

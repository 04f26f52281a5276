// The dependency parser as the coder sees it: the subjects of a verb, or the whole parse, parsed
// once per sentence and only for sentences that ask (most are settled by word distance, and
// parsing costs about as much as tagging).
import type { Token } from '../nlp/analyse.js';
import { parse, Roles, type Parse, type ParseInput } from '../nlp/parse/index.js';

/** What the parser (and `Roles`) read of a sentence: its words as written and their tags. */
export function parserInput(tokens: readonly Token[]): ParseInput {
  return { words: tokens.map((t) => t.text), tags: tokens.map((t) => t.pos) };
}

/**
 * How many sentences' parses `sentenceParses` keeps by their words and tags. Wire copy repeats
 * itself (one agency story in many outlets, a ministry's sentence in every report of a day), and
 * the parser is deterministic: a sentence met again, word for word and tag for tag, gets the
 * parse it got before instead of a second one. A parse and its key take about a kilobyte.
 */
const PARSES_KEPT = 1024;

/**
 * `parseOf` for CoderDeps: the last sentence's parse, and those of the last `PARSES_KEPT`
 * sentences parsed, found again by their words and tags. Parses are shared: no reader changes one.
 */
export function sentenceParses(kept = PARSES_KEPT): (tokens: Token[]) => Parse {
  let parsedFor: Token[] | null = null;
  let last: Parse | null = null;
  const byText = new Map<string, Parse>();
  return (tokens) => {
    if (tokens !== parsedFor) {
      const key = parseKey(tokens);
      let found = byText.get(key);
      if (found) {
        // Found again: the most recently used, so the last to be let go.
        byText.delete(key);
      } else {
        found = parse(parserInput(tokens));
        if (byText.size >= kept) byText.delete(byText.keys().next().value!);
      }
      byText.set(key, found);
      last = found;
      parsedFor = tokens;
    }
    return last!;
  };
}

/**
 * What the parser reads of a sentence, as one string: its words and tags (both decide the
 * parse). Each word is written after its length, so no word's characters can end it early.
 */
function parseKey(tokens: readonly Token[]): string {
  let key = '';
  for (const t of tokens) key += `${t.text.length}:${t.text}${t.pos} `;
  return key;
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

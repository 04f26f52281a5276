// The dependency parser's public face: `parse({words, tags})` with the committed model (loaded on
// first use), and `verbRoles` / `Roles` to read who did what to whom from a parse.
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { deserialiseModel, ModelFormatError } from './model.js';
import { Parser, type Parse, type ParseInput } from './parser.js';

export type { Parse, ParseInput } from './parser.js';
export { Parser } from './parser.js';
export { ParserModel, ModelFormatError } from './model.js';
export {
  Roles,
  baseRelation,
  verbRoles,
  dependents,
  type Argument,
  type Clause,
  type Oblique,
  type RoleInput,
  type VerbRoles,
} from './roles.js';

/** The committed model: trained on UD English EWT (CC BY-SA 4.0, see data/parser/LICENCE.md). */
export const DEFAULT_MODEL = dataPath('parser', 'en-ewt.bin.gz');

/** Reads a model file into a ready parser. */
export function loadParser(file: string): Parser {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ModelFormatError(
      `${file}: cannot read the parser model (train one with npm run train:parser)`,
    );
  }
  return new Parser(deserialiseModel(bytes, file));
}

let shared: Parser | null = null;
let sharedLoadMs: number | null = null;

/** The parser with the committed model, loaded on first call and kept. */
export function defaultParser(): Parser {
  if (!shared) {
    const t0 = performance.now();
    shared = loadParser(DEFAULT_MODEL);
    sharedLoadMs = performance.now() - t0;
  }
  return shared;
}

/** How long the committed model took to load, or null before it is first used. */
export function defaultParserLoadMs(): number | null {
  return sharedLoadMs;
}

/**
 * Parses one sentence of tokens with their UD tags (wink's `Token.pos`). Heads are 0-based token
 * indexes, -1 for the sentence's root; relations are UD's (`nsubj`, `obj`, `obl`, `conj`, ...).
 */
export function parse(sentence: ParseInput): Parse {
  return defaultParser().parse(sentence);
}

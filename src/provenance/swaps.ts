// The function-word swaps of article spinners (`data/thesaurus/function-swaps.jsonl`), read and
// validated for the generator. Data, not code: a user who meets another spinner adds its habits.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../paths.js';
import { idLines } from './id-lines.js';

export interface FunctionSwap {
  id: string;
  /** Lowercase word or phrase as written. */
  from: string;
  to: string[];
}

const SwapLine = z
  .object({
    id: z.string().regex(/^fw-[a-z-]+$/, 'ids look like "fw-according-to"'),
    from: z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lowercase words separated by single spaces'),
    to: z.array(z.string().regex(/^[a-z]+( [a-z]+)*$/)).min(1),
  })
  .strict();

export class SwapFileError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'SwapFileError';
  }
}

/** Parses one JSONL swap file; errors name the file, line and field. */
export function parseFunctionSwaps(text: string, file: string): FunctionSwap[] {
  return [...idLines(text, file, SwapLine, SwapFileError)].map(({ value }) => value);
}

let cached: FunctionSwap[] | null = null;

export function functionSwaps(): FunctionSwap[] {
  if (!cached) {
    const file = dataPath('thesaurus', 'function-swaps.jsonl');
    cached = parseFunctionSwaps(readFileSync(file, 'utf8'), file);
  }
  return cached;
}

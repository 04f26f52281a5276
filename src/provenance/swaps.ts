// The function-word swaps of article spinners (`data/thesaurus/function-swaps.jsonl`), read and
// validated for the generator. Data, not code: a user who meets another spinner adds its habits.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../paths.js';

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
  const out: FunctionSwap[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new SwapFileError(file, i + 1, 'not valid JSON');
    }
    const parsed = SwapLine.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new SwapFileError(file, i + 1, `field "${issue.path.join('.')}": ${issue.message}`);
    }
    if (seen.has(parsed.data.id))
      throw new SwapFileError(file, i + 1, `field "id": ${parsed.data.id} is used twice`);
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}

let cached: FunctionSwap[] | null = null;

export function functionSwaps(): FunctionSwap[] {
  if (!cached) {
    const file = dataPath('thesaurus', 'function-swaps.jsonl');
    cached = parseFunctionSwaps(readFileSync(file, 'utf8'), file);
  }
  return cached;
}

// The rules that pair demands with replies (data/analysis/positions.json): which PLOVER types
// answer a demand and how, which words refer to demands in general, and what counts as a topic
// word. Data, validated here, so a user can adjust them without touching code.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PLOVER_TYPES } from '../records.js';
import { dataPath } from '../paths.js';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9.-]+$/, 'an id is lower-case letters, digits, dots and dashes');

export const positionRulesSchema = z
  .object({
    version: z.number().int().positive(),
    /** Days after a demand in which a reply may answer it. */
    window_days: z.number().int().positive(),
    replies: z.array(
      z
        .object({ id, type: z.enum(PLOVER_TYPES), means: z.enum(['reject', 'concede', 'offer']) })
        .strict(),
    ),
    /** A reply whose sentence matches one of these answers every open demand of its dyad. */
    references: z.array(
      z
        .object({ id, pattern: z.string().min(1) })
        .strict()
        .refine((r) => isRegExp(r.pattern), { message: 'not a valid regular expression' }),
    ),
    topic: z
      .object({ min_length: z.number().int().min(1), ignore: z.array(z.string().min(1)) })
      .strict(),
  })
  .strict();

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

export type PositionRules = z.infer<typeof positionRulesSchema>;

export const DEFAULT_POSITION_RULES_FILE = dataPath('analysis', 'positions.json');

/** Reads and validates a rules file; errors name the file and the field. */
export function loadPositionRules(file: string = DEFAULT_POSITION_RULES_FILE): PositionRules {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  const parsed = positionRulesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

// The gold file format (README "Gold files"): one sentence or short text per line with the events
// a careful human coder expects.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PLOVER_TYPES } from '../records.js';

const GoldEvent = z.object({
  source: z.string(),
  target: z.string(),
  type: z
    .string()
    .transform((t) => t.toUpperCase())
    .pipe(z.enum(PLOVER_TYPES)),
  negated: z.boolean().default(false),
  source_sector: z.string().optional(),
  target_sector: z.string().optional(),
  conditional: z.boolean().optional(),
  future: z.boolean().optional(),
  claimed: z.boolean().optional(),
  symmetric: z.boolean().optional(),
});

const GoldItem = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  text: z.string().min(1),
  events: z.array(GoldEvent),
});

export type GoldEvent = z.infer<typeof GoldEvent>;
export type GoldItem = z.infer<typeof GoldItem>;

/** An actor code's root, as scoring compares it: "RUS-GOV" and "rus" are both "RUS". */
export const rootCode = (code: string): string => (code ?? '').split('-')[0]!.trim().toUpperCase();

export class GoldFileError extends Error {}

export function parseGold(text: string, file: string): GoldItem[] {
  const items: GoldItem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new GoldFileError(`${file}:${i + 1}: not valid JSON`);
    }
    const parsed = GoldItem.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new GoldFileError(
        `${file}:${i + 1}: field "${issue.path.join('.')}": ${issue.message}`,
      );
    }
    items.push(parsed.data);
  });
  return items;
}

export function readGold(file: string): GoldItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new GoldFileError(
      `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parseGold(text, file);
}

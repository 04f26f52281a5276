// The JSON Lines data files of copy detection (function swaps, romanisation, units): one record a
// line with a unique id, blank lines and `//` comments skipped, each line validated; an error
// names the file, the line and the field, through the reader's own error class.
import type { z } from 'zod';

export type LineError = new (file: string, line: number, message: string) => Error;

/**
 * The validated records of `text` with their line numbers, ids checked unique, one at a time: a
 * reader's own checks on a line fail before a later line is read, so the first error reported is
 * the first in the file.
 */
export function* idLines<T extends { id: string }>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  FileError: LineError,
): Generator<{ value: T; line: number }> {
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('//')) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new FileError(file, i + 1, 'not valid JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new FileError(file, i + 1, `field "${issue.path.join('.')}": ${issue.message}`);
    }
    const value = parsed.data;
    if (seen.has(value.id))
      throw new FileError(file, i + 1, `field "id": ${value.id} is used twice`);
    seen.add(value.id);
    yield { value, line: i + 1 };
  }
}

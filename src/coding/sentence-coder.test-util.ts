// For tests: code one invented sentence and read its events as "TYPE SOURCE > TARGET" lines, the
// form every coder test compares. One helper, so the test files set the coder up alike.
import { createCoder } from './index.js';
import type { CoderOptions } from './types.js';

/**
 * A function coding one sentence as a document with id `id`, published on `published` (or on
 * the date given with the sentence), to its events' "TYPE SOURCE > TARGET" lines.
 */
export function sentenceCoder(
  id: string,
  published: string,
  options: CoderOptions = {},
): (text: string, when?: string) => string[] {
  const coder = createCoder(options);
  return (text, when = published) =>
    coder
      .code({ id, text, published: when })
      .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);
}

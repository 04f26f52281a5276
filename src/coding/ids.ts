// Stable ids of mentions: the same words coded the same way get the same id on every run.
import { createHash } from 'node:crypto';

/** Mention id from its document, sentence, trigger offset, type and dyad. */
export function mentionId(
  doc: string,
  sentence: number,
  trigger: number,
  type: string,
  source: string,
  target: string,
): string {
  const h = createHash('sha256')
    .update(`${doc}|${sentence}|${trigger}|${type}|${source}|${target}`)
    .digest('hex');
  return 'm' + h.slice(0, 16);
}

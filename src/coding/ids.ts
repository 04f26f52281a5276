// Stable ids of mentions: the same words coded the same way get the same id on every run.
import { createHash } from 'node:crypto';

/**
 * Mention id: `m`, six hex digits of the document id, ten of a SHA-256 of the sentence, trigger
 * offset, type and dyad. The document's digits come first so that a document's mentions sit
 * together in the store's indexes: a batch of documents then rewrites a few index pages instead
 * of one page per mention (the cost that grew with the store).
 */
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
  return `m${doc.slice(1, 7)}${h.slice(0, 10)}`;
}

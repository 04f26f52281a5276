// Stable ids of mentions: the same words coded the same way get the same id on every run.
import * as crypto from 'node:crypto';

/**
 * SHA-256 in hex. Node's one-shot `crypto.hash` (20.12 and later) skips building a Hash object
 * per call, a visible cost at one id per mention; older Nodes take the long way, same digest.
 */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

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
  const h = sha256Hex(`${doc}|${sentence}|${trigger}|${type}|${source}|${target}`);
  return `m${doc.slice(1, 7)}${h.slice(0, 10)}`;
}

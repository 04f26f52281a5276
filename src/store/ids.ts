import { createHash } from 'node:crypto';

/** Document id: `d` + the first 16 hex digits of its content hash. */
export function documentId(hash: string): string {
  return `d${hash.slice(0, 16)}`;
}

/** Event id: `e` + 16 hex digits of the SHA-256 of its first mention's id, so it never changes. */
export function eventId(firstMentionId: string): string {
  return `e${createHash('sha256').update(firstMentionId).digest('hex').slice(0, 16)}`;
}

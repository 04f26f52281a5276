/** Document id: `d` + the first 16 hex digits of its content hash. */
export function documentId(hash: string): string {
  return `d${hash.slice(0, 16)}`;
}

/**
 * Event id: `e` + the digits of its first mention's id, so it never changes and, like the mention,
 * sits next to the other events its document started.
 */
export function eventId(firstMentionId: string): string {
  return `e${firstMentionId.slice(1)}`;
}

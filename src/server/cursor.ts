// The event list's cursor: the sort key (date, id) of the last event of a page, opaque to the
// client (base64url of a small JSON array), so the next page is a keyset query (`after`), not an
// offset the store would have to skip row by row.
import type { EventKey } from '../store/index.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function encodeCursor(key: EventKey): string {
  return Buffer.from(JSON.stringify([key.date, key.id]), 'utf8').toString('base64url');
}

/** The key a cursor names, or null when it is not one this server gave out. */
export function decodeCursor(cursor: string): EventKey | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [date, id] = value as unknown[];
  if (!(date === null || (typeof date === 'string' && DAY.test(date)))) return null;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  return { date, id };
}

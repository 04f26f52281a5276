// How large a single document may be before reading it risks the process itself.
import { getHeapStatistics } from 'node:v8';

/**
 * Heap a document needs per byte of its text while it is read, coded and stored, with a margin.
 * Long texts are coded and stored in chunks of sentences (pipeline/coding.ts), so what stays
 * live is the text, its copies in the reader and the store, and the events it started: a 20 MB
 * text completed in a 250 MB heap of which the dictionaries take 105 MB, about 5 bytes of heap
 * per byte of text. (Whole, before chunks, it was 80; a 200 MB document then ended in V8's
 * out-of-memory abort, which no handler can catch.) PostgreSQL takes a document's content whole
 * (store/postgres/store.ts), hence the margin.
 */
export const HEAP_PER_INPUT_BYTE = 20;

/**
 * The largest document (or JSON Lines record) this process can read without running out of
 * heap: a share of V8's heap limit, so it is about 200 MB with Node's default 4 GB heap and grows
 * with `NODE_OPTIONS=--max-old-space-size=MB`.
 */
export function maxSafeBytes(heapLimit = getHeapStatistics().heap_size_limit): number {
  return Math.floor(heapLimit / HEAP_PER_INPUT_BYTE);
}

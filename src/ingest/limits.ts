// How large a single document may be before reading it risks the process itself.
import { getHeapStatistics } from 'node:v8';

/**
 * Heap a document needs per byte of its text while it is read, coded and stored, measured on
 * whole documents (issue 16: 5 MB of text peaked at 0.9 GB, 45 MB at 3.6 GB, about 80-95 times;
 * 200 MB ended in V8's out-of-memory abort, which no handler can catch). Lower it when long texts
 * are processed in bounded chunks.
 */
export const HEAP_PER_INPUT_BYTE = 100;

/**
 * The largest document (or JSON Lines record) this process can read without running out of
 * heap: a share of V8's heap limit, so it is about 43 MB with Node's default 4 GB heap and grows
 * with `NODE_OPTIONS=--max-old-space-size=MB`.
 */
export function maxSafeBytes(heapLimit = getHeapStatistics().heap_size_limit): number {
  return Math.floor(heapLimit / HEAP_PER_INPUT_BYTE);
}

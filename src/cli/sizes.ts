// `--max-bytes`: a size, and no more than this process can read safely.
import { InvalidArgumentError } from 'commander';
import { HEAP_PER_INPUT_BYTE, maxSafeBytes } from '../ingest/limits.js';
import { parseSize } from './context.js';

const mb = (bytes: number): string => `${Math.floor(bytes / 1e6)}MB`;

/** A `--max-bytes` value at most `cap`; past it, a usage error that says how to go further. */
export function parseSizeUpTo(value: string, cap: number): number {
  const bytes = parseSize(value);
  if (bytes > cap) {
    const heapMb = Math.ceil((bytes * HEAP_PER_INPUT_BYTE) / 2 ** 20);
    throw new InvalidArgumentError(
      `${value} is over ${mb(cap)}, the largest document this process can read safely (one needs about ${HEAP_PER_INPUT_BYTE} times its size in memory); a larger heap raises the cap: NODE_OPTIONS=--max-old-space-size=${heapMb}`,
    );
  }
  return bytes;
}

/** `--max-bytes` for this process's heap (see ingest/limits.ts). */
export const parseMaxBytes = (value: string): number => parseSizeUpTo(value, maxSafeBytes());

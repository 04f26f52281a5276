// Splitting a gold file into two halves by id, so that one half can be tuned on and the other
// kept as a check on overfitting (issue 15): the gap between the halves' figures is the gauge.
// The rule depends only on each id, so the split is the same on every machine and for every
// subset of the file, and adding lines never moves old ones to the other half.
import type { GoldItem } from './gold.js';

export type Half = 'A' | 'B';

/** 32-bit FNV-1a of the id's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Half A (the tuning half) holds ids whose hash is even; half B the odd ones. */
export function halfOf(id: string): Half {
  return fnv1a(id) % 2 === 0 ? 'A' : 'B';
}

export function splitHalves(items: GoldItem[]): Record<Half, GoldItem[]> {
  const out: Record<Half, GoldItem[]> = { A: [], B: [] };
  for (const item of items) out[halfOf(item.id)].push(item);
  return out;
}

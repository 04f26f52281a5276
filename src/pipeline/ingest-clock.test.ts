import { describe, expect, it } from 'vitest';
import { ingestClock } from './ingest-clock.js';

describe('ingestClock', () => {
  it('gives the current time while it moves', () => {
    const times = [1_000, 5_000];
    const clock = ingestClock(() => times.shift()!);
    expect(clock()).toBe(new Date(1_000).toISOString());
    expect(clock()).toBe(new Date(5_000).toISOString());
  });

  it('steps a millisecond past the last time when the clock stands still or goes back', () => {
    const times = [1_000, 1_000, 1_000, 900, 1_010];
    const clock = ingestClock(() => times.shift()!);
    const stamps = Array.from({ length: 5 }, clock);
    expect(stamps).toEqual(
      [1_000, 1_001, 1_002, 1_003, 1_010].map((t) => new Date(t).toISOString()),
    );
    // ISO strings of one format sort as the times do: the store orders by them.
    expect([...stamps].sort()).toEqual(stamps);
  });
});

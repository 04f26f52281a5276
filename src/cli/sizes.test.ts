import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { maxSafeBytes } from '../ingest/index.js';
import { parseMaxBytes, parseSizeUpTo } from './sizes.js';

describe('--max-bytes', () => {
  it('accepts sizes up to the cap', () => {
    expect(parseSizeUpTo('10MB', 43_000_000)).toBe(10_000_000);
    expect(parseSizeUpTo('43000000', 43_000_000)).toBe(43_000_000);
  });

  it('refuses sizes past it with a usage error that says how to raise it', () => {
    expect(() => parseSizeUpTo('300MB', 43_000_000)).toThrow(InvalidArgumentError);
    expect(() => parseSizeUpTo('300MB', 43_000_000)).toThrow(
      '300MB is over 43MB, the largest document this process can read safely (one needs about 20 times its size in memory); a larger heap raises the cap: NODE_OPTIONS=--max-old-space-size=5723',
    );
  });

  it("caps at a twentieth of this process's heap: the default 20 MiB fits a default heap", () => {
    expect(maxSafeBytes(4_000_000_000)).toBe(200_000_000);
    expect(parseMaxBytes('20MB')).toBe(20_000_000);
    expect(() => parseMaxBytes('300MB')).toThrow(InvalidArgumentError);
  });
});

import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { parseDate, parseNonNegative, parsePositive, parseSize } from './context.js';

describe('argument parsers', () => {
  it('accepts real dates only', () => {
    expect(parseDate('2022-02-24')).toBe('2022-02-24');
    for (const bad of ['2022-13-01', '2022-02-30', '22-02-24', 'yesterday', '']) {
      expect(() => parseDate(bad), bad).toThrow(InvalidArgumentError);
    }
  });

  it('parses counts', () => {
    expect(parsePositive('5')).toBe(5);
    expect(parseNonNegative('0')).toBe(0);
    for (const bad of ['0', '-1', '1.5', 'ten']) expect(() => parsePositive(bad)).toThrow();
    // At or past 2^63 (SQLite's limit), and anything not an exact integer, is a usage error.
    expect(parseNonNegative(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of ['9223372036854775808', '9007199254740993', '1'.repeat(400)]) {
      expect(() => parseNonNegative(bad), bad).toThrow(InvalidArgumentError);
    }
  });

  it('parses sizes with units', () => {
    expect(parseSize('5000')).toBe(5000);
    expect(parseSize('500KB')).toBe(500_000);
    expect(parseSize('10mb')).toBe(10_000_000);
    expect(parseSize('1.5M')).toBe(1_500_000);
    for (const bad of ['lots', '0', '-5MB', '5TB']) expect(() => parseSize(bad), bad).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { StringTable } from './string-table.js';

describe('StringTable', () => {
  const words = ['armed forces', 'drive', '', 'élan', 'drive', 'a', 'ab'];
  const table = StringTable.of(words);

  it('finds the first index of each string given, and nothing else', () => {
    expect(words.map((w) => table.indexOf(w))).toEqual([0, 1, 2, 3, 1, 5, 6]);
    for (const absent of ['armed', 'forces', 'drives', 'b', 'elan', 'armed forces ', '\n'])
      expect(table.has(absent)).toBe(false);
  });

  it('gives back each string by index', () => {
    expect(words.map((_, i) => table.at(i))).toEqual(words);
    expect(table.at(-1)).toBeUndefined();
    expect(table.at(words.length)).toBeUndefined();
    expect(table.size).toBe(words.length);
  });

  it('holds many strings whose hashes collide in a small table', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const big = StringTable.of(many);
    expect(many.every((w, i) => big.indexOf(w) === i)).toBe(true);
    expect(big.has('w-1')).toBe(false);
    expect(StringTable.of([]).has('')).toBe(false);
  });

  it('reads the same strings from their joined text', () => {
    const joined = StringTable.fromJoined(words.join('\n'));
    expect(words.map((_, i) => joined.at(i))).toEqual(words);
    expect(words.map((w) => joined.indexOf(w))).toEqual(words.map((w) => table.indexOf(w)));
    expect(StringTable.fromJoined('').size).toBe(0);
    expect(StringTable.fromJoined('a\n\nb').size).toBe(3);
  });

  it('tells the first index of a repeated string', () => {
    expect(words.map((_, i) => table.firstOf(i))).toEqual([0, 1, 2, 3, 1, 5, 6]);
    expect(table.firstOf(words.length)).toBe(-1);
  });
});

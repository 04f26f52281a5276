import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('event list cursor', () => {
  it('names a dated or undated key and reads it back', () => {
    for (const key of [
      { date: '2022-02-24', id: 'e0123abcd' },
      { date: null, id: 'e_x-9' },
    ]) {
      const cursor = encodeCursor(key);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual(key);
    }
  });

  it('refuses what it did not give out', () => {
    const raw = (text: string) => Buffer.from(text).toString('base64url');
    for (const bad of [
      '',
      '100',
      raw('{"date":null,"id":"e1"}'),
      raw('["2022-02-24"]'),
      raw('["24 Feb","e1"]'),
      raw('[null,""]'),
      raw('[null,"e1\'--"]'),
      raw('[null,"e1","x"]'),
    ]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});

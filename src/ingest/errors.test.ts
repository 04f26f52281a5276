import { describe, expect, it } from 'vitest';
import { formatError, ingestError } from './errors.js';

describe('formatError', () => {
  it('prints one safe line whatever the file name and message hold', () => {
    const error = ingestError(
      'BAD_DATE',
      'feeds/\x1b]0;owned\x07.rss#item2',
      'item date is not a date: "\x1b[2J\r\nnext\u202Eline"',
    );
    expect(formatError(error)).toBe(
      'feeds/␛]0;owned␇.rss#item2: BAD_DATE item date is not a date: "␛[2J next\uFFFDline"',
    );
  });
});

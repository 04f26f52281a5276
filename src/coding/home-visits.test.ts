// A visit with no one visited and no foreign land named is a tour at home, no CONSULT
// (twenty-sixth session, issue #15: a defence minister "visited the camp" in real wire copy).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dvisits', '2024-10-08');

describe('visits', () => {
  it('a tour of a camp, troops or a district codes nothing', () => {
    expect(
      code('The Indian defence minister visited the camp on Monday after the gun battle.'),
    ).toEqual([]);
    expect(code('Zelensky visited troops on the front line near Bakhmut on Tuesday.')).toEqual([]);
  });

  it('a visit to a state or its capital is a CONSULT with its host', () => {
    expect(code('Modi visited Washington on Thursday.')).toEqual(['CONSULT IND > USA']);
    expect(code('Blinken visited Kyiv on Wednesday.')).toEqual(['CONSULT USA > UKR']);
  });
});

// A request told with a "that" clause is addressed to the clause's subject, also when a phrase of
// time stands between the verb and "that" (demanded-clauses.ts). Invented sentences and traps.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('ddemanded', '2024-03-12');

describe('a request with a "that" clause after a phrase of time', () => {
  it("is addressed to the clause's subject", () => {
    expect(code('The EU demanded on Monday that Russia release the activists.')).toContain(
      'REQUEST EU > RUS',
    );
    expect(
      code(
        'Kenya urged in a statement on Friday that Somalia withdraw its troops from the border.',
      ),
    ).toContain('REQUEST KEN > SOM');
  });
});

describe('near misses', () => {
  it('a clause with no party for subject gives no addressee', () => {
    expect(code('France demanded on Monday that the talks resume.')).not.toContain(
      'REQUEST FRA > FRA',
    );
  });

  it('a "that" clause of another verb is not the request\'s', () => {
    expect(
      code('Chile urged restraint on Monday after Peru said that Bolivia had closed the border.'),
    ).not.toContain('REQUEST CHL > BOL');
  });
});

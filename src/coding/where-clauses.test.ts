// A relative clause opened by "where" after a named subject ("Britain, where he had lived for
// years, summoned ...") is passed over like one opened by "which" or "who": the verb after it
// is the named subject's (twenty-first round, roles). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dwhere', '2024-05-01');

describe('a subject described by a "where" clause', () => {
  it('acts after the clause', () => {
    expect(code('France, where the summit was held, condemned Russia on Monday.')).toEqual([
      'ACCUSE FRA > RUS',
    ]);
  });

  it("is the doer of a second clause, not the first clause's doer", () => {
    const events = code(
      'A Minsk court jailed the blogger on Monday, and Lithuania, where he had lived for years, summoned the Belarusian ambassador.',
    );
    expect(events).toContain('ACCUSE LTU > BLR');
    expect(events).not.toContain('ACCUSE BLR > BLR');
  });

  it('keeps the act inside the clause to its own subject', () => {
    expect(
      code('Poland, where Ukrainian refugees arrived, said Russia had shelled Lviv.').join(),
    ).not.toContain('ASSAULT POL');
  });
});

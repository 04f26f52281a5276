// A demand for the release of someone the sentence has just told was detained is made of the one
// holding them (twenty-first round, roles). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('drelease', '2024-05-01');

describe('a demand for the release of a detained person', () => {
  it('asks the one who detained them, by a possessive pronoun', () => {
    expect(
      code(
        'Iranian police arrested a French aid worker in Tehran on Monday, and France demanded her immediate release.',
      ),
    ).toContain('REQUEST FRA > IRN');
  });

  it('reads adjectives joined by "and" before the noun', () => {
    expect(
      code(
        'Belarusian guards detained three Lithuanian lorry drivers at the border, and Vilnius called for their swift and unconditional release.',
      ),
    ).toContain('REQUEST LTU > BLR');
  });

  it('asks no one when no detention was told', () => {
    const events = code('Germany demanded his immediate release on Tuesday.');
    expect(events.join()).not.toMatch(/REQUEST DEU > [A-Z]/);
  });

  it('leaves a release that is no pronoun person alone', () => {
    expect(
      code(
        'Serbian police detained two Kosovo officers, and the EU called for the release of funds to Pristina.',
      ),
    ).not.toContain('REQUEST EU > SRB');
  });
});

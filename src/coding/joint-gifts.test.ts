// A joint subject that promises to give a third party something ("Denmark and the Netherlands
// pledged to give Ukraine jets") acts on that party, one event per member, not on each other;
// the topic of a purpose ("met to discuss NATO") stays no party (nineteenth round). Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('djointgift', '2024-10-01');

describe('a joint promise to give a third party', () => {
  it('aims each member at the one given to, right after the verb of giving', () => {
    expect(
      code('Norway and Sweden pledged on Monday to send Ukraine more air defence systems.'),
    ).toEqual(['AGREE NOR > UKR', 'AGREE SWE > UKR']);
  });

  it('reads the one given to before "with"', () => {
    expect(
      code('Spain and Portugal agreed to supply Morocco with fire-fighting aircraft.'),
    ).toEqual(['AGREE ESP > MAR', 'AGREE PRT > MAR']);
  });

  it('keeps the topic of a purpose out of the parties', () => {
    expect(code('Norway and Sweden met to discuss NATO membership.')).toEqual([
      'CONSULT NOR > SWE',
    ]);
  });

  it('keeps a joint promise with no one given to between the members', () => {
    expect(code('Greece and Turkey agreed on Tuesday to resume exploratory talks.')).toEqual([
      'AGREE GRC > TUR',
    ]);
  });
});

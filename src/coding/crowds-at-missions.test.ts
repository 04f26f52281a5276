// A crowd at a foreign mission or an organisation's office is not that state's or that
// organisation's people (twenty-sixth session, trig26): protests at embassies and UN offices are
// told of the mission and the city, often with no word for the crowd's own country. Invented
// sentences from several crises.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dmissions', '2025-01-28');

describe("a crowd at a state's mission", () => {
  it('is placed by the city, and protests against the mission', () => {
    expect(code('Protesters in Dhaka attacked the Indian high commission on Monday.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(PROTEST|ASSAULT) BGD > IND$/)]),
    );
    expect(code('Protesters rallied outside the Chinese embassy in Manila.')).toEqual([
      'PROTEST PHL > CHN',
    ]);
  });

  it("is never the mission's own state's people", () => {
    for (const text of [
      'Protesters attacked the French embassy in the city, causing a fire.',
      'Protesters looted and set fire to the Ugandan embassy.',
      "Protesters burned tyres in front of the US embassy's main compound.",
    ])
      for (const event of code(text)) {
        const [, source, , target] = event.split(' ');
        expect(source).not.toBe(target);
      }
  });
});

describe("a crowd at an organisation's office", () => {
  it("is never the organisation's people", () => {
    expect(code('Thousands of people protested against NATO.')).not.toContain(
      'PROTEST NATO > NATO',
    );
    expect(
      code('Protesters attacked several foreign embassies and a United Nations building.'),
    ).not.toContain('PROTEST UN > UN');
  });

  it('keeps the city of a crowd protesting against an organisation', () => {
    expect(code('Protesters rallied against the EU in Belgrade.')).toEqual(['PROTEST SRB > EU']);
  });
});

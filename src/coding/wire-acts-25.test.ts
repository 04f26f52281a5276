// Ordinary wire phrasings of the types whose real phrasings had no trigger (issue 15,
// twenty-fifth session, trig25): REQUEST, COERCE, RETREAT, AID and PROTEST told by verbs or
// structures no pattern read. Invented sentences, with traps.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dtrig25', '2023-05-10');

describe('a state told, ordered, pushed or wanted to act by another (directed-requests.ts)', () => {
  it('codes a REQUEST of the one addressed, and not the act it is told to do', () => {
    expect(code('Bamako told Paris to pull its soldiers out of Gao without delay.')).toEqual([
      'REQUEST MLI > FRA',
    ]);
    expect(code('Beijing ordered Manila on Monday to tow away the grounded ship.')).toEqual([
      'REQUEST CHN > PHL',
    ]);
    expect(code('Ankara pushed Stockholm to hand over the wanted militants.')).toEqual([
      'REQUEST TUR > SWE',
    ]);
    expect(code('Cairo pressured Hamas to accept the Qatari truce proposal.')).toEqual([
      'REQUEST EGY > PSE',
    ]);
    expect(code('Baghdad wants Washington to withdraw its forces by next year.')).toEqual([
      'REQUEST IRQ > USA',
    ]);
    expect(code('Abuja challenged the junta in Niamey to free the deposed president.')).toEqual(
      expect.arrayContaining(['REQUEST NGA > NER']),
    );
  });

  it('asks each state of a joined object', () => {
    expect(code('Washington encouraged Seoul and Tokyo to resume their security talks.')).toEqual(
      expect.arrayContaining(['REQUEST USA > KOR', 'REQUEST USA > JPN']),
    );
  });

  it("keeps the speaker's own acts after the demand", () => {
    const events = code('Bamako told Paris to leave, accusing France of arming the rebels.');
    expect(events).toContain('REQUEST MLI > FRA');
    expect(events.some((e) => e.startsWith('ACCUSE MLI'))).toBe(true);
  });

  it("leaves orders to one's own forces, to the press and to organisations made to go", () => {
    // The order role makes the act the orderer's own.
    expect(code('Cairo ordered the army to close the border with Gaza.').join()).not.toContain(
      'REQUEST',
    );
    expect(code('Baku ordered the BBC to close its office in the capital.').join()).not.toContain(
      'REQUEST',
    );
    expect(
      code('Niamey ordered the Red Cross to shut its offices and leave within a week.').join(),
    ).not.toContain('REQUEST');
    // "to" of a place, not of an infinitive.
    expect(code('Ankara pushed more troops to the Syrian border.').join()).not.toContain('REQUEST');
    // The addressee is no actor.
    expect(
      code('The minister told reporters in Cairo that the talks had stalled.').join(),
    ).not.toContain('REQUEST');
  });
});

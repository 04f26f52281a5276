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

describe('coercion told by its instrument', () => {
  it('codes a gathering broken up (coerce.break-up-gathering)', () => {
    expect(code('Riot police in Harare broke up a meeting of opposition activists.')).toEqual([
      'COERCE ZWE > ZWE',
    ]);
    expect(code('Kenyan police broke up a rally of opposition supporters in Kisumu.')).toContain(
      'COERCE KEN > KEN',
    );
    // Traps: a coalition or a band that broke up, no gathering broken up by anyone.
    expect(code('The ruling coalition in Ankara broke up after the vote.')).toEqual([]);
    expect(code('The Kenyan band broke up a year after its tour.')).toEqual([]);
  });

  it('codes people apprehended (coerce.apprehend)', () => {
    expect(code("Sri Lanka's navy apprehended 14 Indian fishermen off Delft island.")).toEqual([
      'COERCE LKA > IND',
    ]);
    expect(code('Turkish border guards apprehended 30 Afghan migrants near Van.')).toContain(
      'COERCE TUR > AFG',
    );
  });

  it('codes a corridor or supply route blocked (coerce.block-route)', () => {
    expect(code('Israel blocked the humanitarian corridor into northern Gaza.')).toEqual([
      'COERCE ISR > PSE',
    ]);
    // Trap: a deal about a corridor blocked is no route blocked.
    expect(code('Russia blocked the grain corridor deal at the UN.').join()).not.toContain(
      'COERCE',
    );
  });

  it('codes vessels hemmed in, harassed or impeded (coerce.hem-in-vessel)', () => {
    expect(
      code('The Chinese coast guard surrounded a Philippine supply boat near the reef.'),
    ).toEqual(['COERCE CHN > PHL']);
    expect(
      code('A Vietnamese fishing boat was impeded and encircled by Chinese coast guard vessels.'),
    ).toContain('COERCE CHN > VNM');
    // Trap: a ship surrounded by fog.
    expect(code('The ferry was surrounded by thick fog off Dover.')).toEqual([]);
  });
});

describe('retreat, aid and protest told by ordinary words', () => {
  it("codes one's own soldiers evacuated as a withdrawal, civilians evacuated as aid", () => {
    expect(code('France evacuated its last soldiers from Niger on Friday.')).toEqual([
      'RETREAT FRA > NER',
    ]);
    expect(code('Britain evacuated 300 civilians from Sudan.').join()).not.toContain('RETREAT');
  });

  it('codes a rescue team or a medical team sent as aid', () => {
    expect(code('China dispatched a rescue team to earthquake-hit Turkey.')).toEqual([
      'AID CHN > TUR',
    ]);
  });

  it('codes protesters blocking an avenue or a junction', () => {
    expect(
      code('Georgian protesters blocked the main avenue in Tbilisi for a third night.'),
    ).toEqual(['PROTEST GEO > GEO']);
  });
});

describe('more ordinary wire phrasings', () => {
  it('codes a request told by the need it stresses (request.stress-need)', () => {
    expect(code('The UN chief stressed the need for an immediate ceasefire in Sudan.')).toEqual([
      'REQUEST UN > SDN',
    ]);
    expect(code('Berlin emphasised the need for a pause in the fighting in Gaza.')).toContain(
      'REQUEST DEU > PSE',
    );
    // Trap: importance stressed is a statement, no request.
    expect(code('Egypt stressed the importance of its ties with Sudan.')).toEqual([]);
  });

  it('codes people held for questioning (coerce.hold-for-questioning)', () => {
    expect(code('Egyptian police held an Italian researcher for questioning in Cairo.')).toEqual([
      'COERCE EGY > ITA',
    ]);
  });

  it('codes security tightened or reinforced as a move of forces (mobilize.tighten-security)', () => {
    expect(code('India beefed up security along its border with Myanmar.')).toEqual([
      'MOBILIZE IND > MMR',
    ]);
    // Traps: security cooperation stepped up is cooperation; checks on food are no forces.
    expect(code('Egypt and Sudan stepped up security cooperation.')).toEqual([
      'COOPERATE EGY > SDN',
    ]);
    expect(code('Thailand reinforced security cooperation with Malaysia.')).toEqual([
      'COOPERATE THA > MYS',
    ]);
    expect(
      code('Kenya tightened security checks on food imported from Brazil.').join(),
    ).not.toContain('MOBILIZE');
  });

  it('codes a walkout from a legislature as a protest, from talks as a rejection', () => {
    expect(code('Opposition lawmakers walked out of parliament in Dhaka.')).toEqual([
      'PROTEST BGD > BGD',
    ]);
    expect(code('The Kenyan delegation walked out of the talks with Ethiopia.').join()).toContain(
      'REJECT KEN > ETH',
    );
  });
});

describe('an envoy summoned stays a protest', () => {
  it('does not read a summoned envoy as a request', () => {
    expect(
      code('Washington summoned the Chinese ambassador for a meeting on the balloon.'),
    ).toEqual(['ACCUSE USA > CHN']);
  });
});

// ASSAULT as real wire copy tells it (assault25): force aimed "at" a side named by its adjective
// with an article between, fighting "between" two sides told by the verb after the parties or
// by the casualties taken in it, and deaths put down to no one (a hazard, a mishap, a war as a
// whole). Invented sentences of each class, with near misses that must not code.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('assault25', '2024-05-10');
const assaults = (text: string): string[] => code(text).filter((e) => e.startsWith('ASSAULT'));

describe('force aimed "at" a side named by its adjective, an article between', () => {
  it('codes the side whose vessel or post is aimed at as target', () => {
    expect(assaults("China's coast guard fired water cannon at a Philippine vessel.")).toEqual([
      'ASSAULT CHN > PHL',
    ]);
    expect(
      assaults('A Chinese coast guard ship fired missiles at the Vietnamese supply ship.'),
    ).toEqual(['ASSAULT CHN > VNM']);
  });

  it("reads a boat of a state named by its adjective as that state's", () => {
    expect(
      assaults('Chinese coast guard ships fired water cannon at a Philippine supply boat.'),
    ).toEqual(['ASSAULT CHN > PHL']);
  });

  it('leaves a venue after "at" to acts other than force', () => {
    expect(code('Kyiv lodged complaints at the World Trade Organization against Poland.')).toEqual([
      'ACCUSE UKR > POL',
    ]);
  });
});

describe('fighting between two sides told after the parties', () => {
  it('codes the first party against the second when a finite verb tells the fighting', () => {
    expect(
      assaults('Clashes between Israeli forces and Palestinian gunmen in Jenin left five dead.'),
    ).toEqual(['ASSAULT ISR > PSE']);
  });

  it('codes fighting the casualties were taken in', () => {
    expect(
      assaults('At least 40 people died in clashes between Sudanese troops and RSF fighters.'),
    ).toEqual(['ASSAULT SDN > SDN']);
    expect(
      assaults('Nine people were killed on Friday in clashes between Kyrgyz and Tajik troops.'),
    ).toContain('ASSAULT KGZ > TJK');
  });

  it('codes no fighting feared, ended, summed up or only counted', () => {
    expect(
      assaults("The fighting between Sudan's army and the RSF must stop, the envoy said."),
    ).toEqual([]);
    expect(
      assaults("Diplomats hope to end the fighting between Chad's army and the rebels."),
    ).toEqual([]);
    expect(
      assaults(
        "Aid groups warned that thousands could be killed in fighting between Sudan's army and the RSF.",
      ),
    ).toEqual([]);
    expect(
      assaults('The death toll in clashes between Armenian and Azerbaijani troops rose to 50.'),
    ).toEqual([]);
    expect(
      assaults(
        'Clashes between Indian and Chinese troops in Ladakh could escalate, analysts said.',
      ),
    ).toEqual([]);
  });
});

describe('deaths put down to no one', () => {
  it('codes no ASSAULT for a hazard, a mishap or a war as a whole as the subject', () => {
    expect(assaults('A bus crash killed 14 people in northern Pakistan on Monday.')).toEqual([]);
    expect(assaults('A fire at a market in Lagos killed six traders on Sunday.')).toEqual([]);
    expect(
      assaults(
        'The earthquake that struck eastern Turkey on Monday has killed more than 2,000 people.',
      ),
    ).toEqual([]);
    expect(
      assaults(
        'The war between the army and the RSF, which began in April, has killed more than 12,000 people.',
      ),
    ).toEqual([]);
    expect(
      assaults("Last year's armed conflict over the region killed more than 6,500 people."),
    ).toEqual([]);
  });

  it('leaves the fighting named by a subject noun to its own pattern', () => {
    // One day's clashes with no side named are placed where they happened, as a bomb's unnamed
    // attacker is (the lead's merge, with precis25's sideless causes); a running toll is not.
    expect(assaults('Clashes in Tripoli killed 27 people overnight.')).toEqual([
      'ASSAULT LBY > LBY',
    ]);
    expect(
      assaults('Clashes in Tripoli have killed 270 people since the spring, medics said.'),
    ).toEqual([]);
    expect(
      assaults('Fighting between Kyrgyz and Tajik border guards killed ten people on Thursday.'),
    ).toEqual(['ASSAULT KGZ > TJK']);
  });

  it('places no unnamed attacker for a running toll told in the passive', () => {
    expect(
      assaults(
        'The health ministry said more than 30,000 people had been killed in Gaza since October.',
      ),
    ).toEqual([]);
    expect(
      assaults('At least 100 people have been killed in the fighting so far, medics said.'),
    ).toEqual([]);
    expect(
      assaults('More than 9,000 civilians have been killed in the civil war, the UN mission said.'),
    ).toEqual([]);
  });

  it('still places one for deaths told on a day, and keeps a named agent with a toll', () => {
    expect(assaults('Three soldiers were killed in Kunar province on Tuesday.')).toEqual([
      'ASSAULT AFG > AFG',
    ]);
    expect(
      assaults('More than 200 people have been killed by Israeli strikes in Lebanon since Monday.'),
    ).toEqual(['ASSAULT ISR > LBN']);
  });

  it('still codes an attack told by its weapon or an unnamed attacker where it struck', () => {
    expect(assaults('An Israeli air strike on a school in Gaza killed 12 people.')).toEqual([
      'ASSAULT ISR > PSE',
    ]);
    expect(
      assaults(
        'Russian forces shelled a market in Kherson, killing two, a day after a fire at the depot.',
      ),
    ).toContain('ASSAULT RUS > UKR');
  });
});

describe('doers named as wires name them', () => {
  it('reads border forces as the military of the state their adjective names', () => {
    expect(assaults('Pakistani and Afghan border forces exchanged gunfire on Monday.')).toEqual([
      'ASSAULT PAK > AFG',
    ]);
    expect(code('The border forces of the two countries met for talks.')).toEqual([]);
  });

  it('reads the spellings of al-Shabaab without a hyphen', () => {
    expect(assaults('Al Shabab claimed responsibility for the attack on the base.')).toEqual([
      'ASSAULT SOM > ',
    ]);
  });
});

describe('an attacker named in another clause than the deaths', () => {
  it('makes the other side named the doer, not the target, of deaths told with no agent', () => {
    expect(
      assaults(
        'At least 15 people were killed in Dnipro when Russian missiles hit an apartment block.',
      ),
    ).toEqual(['ASSAULT RUS > UKR']);
    expect(
      assaults('Two civilians were killed when a Russian drone struck a bus in Kherson.'),
    ).toEqual(['ASSAULT RUS > UKR']);
  });

  it('keeps the other side as target for a doer the words name', () => {
    expect(
      assaults(
        'Ukrainian troops recaptured the village of Staromaiorske near Vuhledar, breaking through Russian defensive lines.',
      ),
    ).toEqual(['ASSAULT UKR > RUS']);
  });
});

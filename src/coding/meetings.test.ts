// Meetings told in an adjunct and acts in clauses of time (twelfth round: triggers the coder
// found and then let go). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string, published = '2023-03-08') =>
  coder
    .code({ id: 'dmeet', text, published })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);

describe('meetings told in an adjunct', () => {
  it('codes a summit or meeting owned by the subject, with the one it was with', () => {
    expect(
      code('The Greek prime minister returned from his summit with Erdogan in Ankara on Friday.'),
    ).toContain('CONSULT GRC > TUR');
    expect(
      code('The Ethiopian prime minister walked out of a meeting with Eritrean envoys on Sunday.'),
    ).toContain('CONSULT ETH > ERI');
  });

  it('a delegation storming out of talks walks out of them (REJECT), no attack', () => {
    const acts = code('The Iranian delegation stormed out of the meeting with Saudi officials.');
    expect(acts).toContain('REJECT IRN > SAU');
    expect(acts.some((a) => a.startsWith('ASSAULT'))).toBe(false);
    expect(code('Serbian police stormed the offices of a Kosovo television channel.')).toContain(
      'ASSAULT SRB > XKX',
    );
  });

  it('does not code talks withdrawn from or still scheduled as held', () => {
    expect(
      code('Serbia’s president pulled out of talks with the Kosovo prime minister in Brussels.'),
    ).not.toContain('CONSULT SRB > XKX');
    expect(
      code('Chile’s president returned from Lima, weeks before talks with Peru scheduled for May.'),
    ).not.toContain('CONSULT CHL > PER');
  });

  it('codes talks between "their" envoys as talks between the subject’s members', () => {
    expect(
      code(
        'Chile and Peru signed a fisheries accord on Monday after talks between their foreign ministers.',
      ),
    ).toContain('CONSULT CHL > PER');
  });

  it('codes talks with no partner named as a meeting of the subject’s members', () => {
    expect(code('Chile and Peru agreed to reopen the border at talks in Lima.')).toContain(
      'CONSULT CHL > PER',
    );
  });

  it('gives a meeting that opens the sentence to the subject after its comma', () => {
    expect(
      code(
        'After two days of talks with Iranian officials in Tehran, the Omani foreign minister flew home.',
      ),
    ).toEqual(['CONSULT OMN > IRN']);
    expect(
      code(
        'During a visit to Beijing on Monday, the Brazilian president signed trade deals with China.',
      ),
    ).toContain('CONSULT BRA > CHN');
    expect(
      code('Speaking after talks with Erdogan in Ankara, Putin said the ceasefire would hold.'),
    ).toContain('CONSULT RUS > TUR');
  });

  it('codes a call or visit with no partner named as one with the one the verb addresses', () => {
    expect(
      code('Kenya’s president asked Beijing for debt relief during his visit on Tuesday.'),
    ).toContain('CONSULT KEN > CHN');
    expect(
      code(
        'The Thai foreign minister told Hun Manet in a phone call that the border would reopen.',
      ),
    ).toContain('CONSULT THA > KHM');
  });

  it('codes talks one side held in a foreign capital as talks with its hosts', () => {
    expect(code('The Argentine foreign minister held talks in Santiago on Monday.')).toEqual([
      'CONSULT ARG > CHL',
    ]);
    expect(code('Argentina and Uruguay held talks in Santiago on Monday.')).toEqual([
      'CONSULT ARG > URY',
    ]);
  });

  it('codes a meeting said to take place between parties named after the verb', () => {
    expect(
      code(
        'A closed-door meeting took place between the Kenyan president and the Somali president.',
      ),
    ).toContain('CONSULT KEN > SOM');
    expect(
      code('Talks were held in Doha on Monday between Chadian and Sudanese officials.'),
    ).toContain('CONSULT TCD > SDN');
  });

  it('codes a visit or talks begun or concluded as held, but not one cancelled', () => {
    expect(code('The Cuban foreign minister began a two-day visit to Hanoi on Tuesday.')).toContain(
      'CONSULT CUB > VNM',
    );
    expect(code('The Cuban foreign minister cancelled a visit to Hanoi.')).not.toContain(
      'CONSULT CUB > VNM',
    );
  });

  it('leaves talks named after "of" alone: their failure says nothing of a meeting held', () => {
    expect(
      code('Colombia’s president regretted the failure of talks with Venezuela.'),
    ).not.toContain('CONSULT COL > VEN');
  });
});

describe('acts done as the means of another', () => {
  it('codes a gerund after "by" that follows an active verb as done', () => {
    expect(code('Hungary responded by ordering two Romanian diplomats to leave.')).toContain(
      'SANCTION HUN > ROU',
    );
    expect(code('Ankara retaliated by suspending trade with Israel.')).toContain(
      'SANCTION TUR > ISR',
    );
  });

  it('reads over a particle or a time phrase between the verb and "by"', () => {
    expect(
      code(
        'Chile expelled a Bolivian consul, and La Paz hit back within hours by ordering the Chilean envoy out.',
      ),
    ).toContain('SANCTION BOL > CHL');
    expect(
      code(
        'Latvia declared two Belarusian diplomats unwelcome, and Lithuania followed a day later by ordering three Belarusian diplomats to leave.',
      ),
    ).toContain('SANCTION LTU > BLR');
  });

  it('takes no passive agent in "-ing" with no object across a gap for a means', () => {
    expect(
      code(
        'The UN fed four million people in Somalia, many of them in villages cut off by fighting near Baidoa.',
      ),
    ).not.toContain('ASSAULT SOM > SOM');
    expect(code('Two Syrian towns were hit on Monday by shelling.')).not.toContain(
      'ASSAULT SYR > SYR',
    );
  });
});

describe('acts in a clause of time', () => {
  it('codes the act of a clause after "after" with its own subject', () => {
    expect(
      code(
        'Kenya recalled its envoy on Monday, a day after Nairobi called on Somalia to free the sailors.',
      ),
    ).toContain('REQUEST KEN > SOM');
  });

  it('keeps a participle with its own agent after "after" as describing the noun', () => {
    expect(
      code('Jordan protested after the aid convoys sent by Egypt were stopped.'),
    ).not.toContain('AID EGY > JOR');
  });
});

describe('talks in an adjunct between a state and the rebels it faces at home (drops20)', () => {
  it('codes a government and its rebels at talks as meeting each other, and the mediator', () => {
    const acts = code(
      "Colombia's government and ELN rebels agreed to a ceasefire on Friday after talks in Havana mediated by Cuba.",
    );
    expect(acts).toContain('CONSULT COL > COL');
    expect(acts).toContain('CONSULT CUB > COL');
    expect(
      code(
        "Yemen's government and the Houthi rebels agreed to a prisoner swap at talks in Geneva.",
      ),
    ).toContain('CONSULT YEM > YEM');
    // Rebels with no country of their own are the state's they are joined to.
    expect(
      code("Sudan's army and rebels from Blue Nile agreed to a truce after talks in Juba."),
    ).toContain('CONSULT SDN > SDN');
  });

  it('does not make two organs of one state, or sides of no country, meet at talks', () => {
    expect(
      code("Kenya's army and police agreed on joint patrols after talks in Nairobi."),
    ).not.toContain('CONSULT KEN > KEN');
    expect(
      code('The government and rebels agreed to a truce at talks in Geneva.').some((a) =>
        a.startsWith('CONSULT'),
      ),
    ).toBe(false);
  });
});

describe('joint mediators and sides named with an adjective (drops20)', () => {
  it('gives each of several mediators of the talks a meeting with each side', () => {
    const acts = code(
      'Israel and Hamas agreed to a truce after talks brokered by Egypt, Qatar and the United States.',
    );
    for (const host of ['EGY', 'QAT', 'USA']) {
      expect(acts).toContain(`CONSULT ${host} > ISR`);
      expect(acts).toContain(`CONSULT ${host} > PSE`);
    }
  });

  it('takes no party of a later clause for a mediator', () => {
    const acts = code(
      'Israel and Hamas agreed to a truce after talks brokered by Egypt, and Jordan welcomed the deal.',
    );
    expect(acts).toContain('CONSULT EGY > ISR');
    expect(acts).not.toContain('CONSULT JOR > ISR');
  });

  it('reads "the paramilitary RSF" after "and" as a member of the subject', () => {
    // Dated after 15 April 2023: before the war the RSF were a force of the state (actors26).
    const acts = code(
      "Sudan's army and the paramilitary Rapid Support Forces agreed to a truce after talks in Jeddah brokered by Saudi Arabia.",
      '2023-05-21',
    );
    expect(acts).toContain('CONSULT SDN > SDN');
    expect(acts).toContain('CONSULT SAU > SDN');
  });
});

describe('an agreement reached after mediation by a third party (trig21b)', () => {
  it('gives the mediator named after "mediation by" or "the mediation of" a meeting with each side', () => {
    const acts = code(
      'Armenia and Azerbaijan agreed on Tuesday to reopen the border road after mediation by Georgia.',
    );
    expect(acts).toContain('CONSULT GEO > ARM');
    expect(acts).toContain('CONSULT GEO > AZE');
    const through = code(
      'Israel and Hamas agreed to extend the truce by two days through the mediation of Qatar and Egypt.',
    );
    for (const host of ['QAT', 'EGY']) {
      expect(through).toContain(`CONSULT ${host} > ISR`);
      expect(through).toContain(`CONSULT ${host} > PSE`);
    }
  });

  it('adds no meeting to a release the mediator arranged', () => {
    const acts = code(
      'Azerbaijan freed three Armenian soldiers on Monday after mediation by Russia.',
    );
    expect(acts.filter((a) => a.startsWith('CONSULT RUS'))).toEqual([]);
  });
});

describe('a mediator told by an aside or an adjective (twenty-third session)', () => {
  it('gives the mediator a meeting with each side', () => {
    const aside = code(
      'Tajikistan and Kyrgyzstan agreed to a truce, mediated by Uzbekistan, on Monday.',
    );
    expect(aside).toContain('CONSULT UZB > TJK');
    expect(aside).toContain('CONSULT UZB > KGZ');
    const adjective = code(
      'Under Kazakh mediation, Tajikistan and Kyrgyzstan agreed to a truce on Monday.',
    );
    expect(adjective).toContain('CONSULT KAZ > TJK');
    expect(adjective).toContain('CONSULT KAZ > KGZ');
  });

  it('not a mediator only by title, nor mediation only accepted', () => {
    const title = code(
      'Tajik leaders said they would meet Kazakh mediator Erlan Idrissov next week.',
    );
    expect(title.filter((a) => a.startsWith('CONSULT KAZ'))).toEqual([]);
    const accepted = code(
      'Tajikistan agreed to Kazakh mediation in its border talks with Kyrgyzstan.',
    );
    expect(accepted.filter((a) => a.startsWith('CONSULT KAZ'))).toEqual([]);
  });
});

// A subject of several states (fourteenth round): one event per state, with the third party
// the act is aimed at, and joint acts between the members only when none is named. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string, published = '2024-05-14') =>
  coder
    .code({ id: 'dcoord', text, published })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}${m.negated ? ' not' : ''}`)
    .sort();

describe('a joint act of several states aimed at a third party', () => {
  it('gives each member an event on the party named after the verb or "for"', () => {
    expect(code('Austria, Belgium and Portugal voiced support for Moldova on Monday.')).toEqual([
      'SUPPORT AUT > MDA',
      'SUPPORT BEL > MDA',
      'SUPPORT PRT > MDA',
    ]);
    expect(code('Slovenia, Malta and Ireland formally recognised a Palestinian state.')).toEqual([
      'SUPPORT IRL > PSE',
      'SUPPORT MLT > PSE',
      'SUPPORT SVN > PSE',
    ]);
    expect(code('Chile and Peru backed Bolivia in the dispute.')).toEqual([
      'SUPPORT CHL > BOL',
      'SUPPORT PER > BOL',
    ]);
  });

  it('takes the owner of an act the members back for the party backed', () => {
    // A straight apostrophe: the tokenizer keeps "’s" apart from "'s".
    expect(
      code("Chile and the United States voiced support for Bolivia's operation on Monday."),
    ).toEqual(['SUPPORT CHL > BOL', 'SUPPORT USA > BOL']);
    // An owner of what is no act stays a topic: the members are each other's partners.
    expect(code("Chile and Peru signed an accord on Bolivia's rivers.")).toEqual([
      'SUPPORT CHL > PER',
    ]);
  });

  it('keeps the members as each other’s partners when no third party is named', () => {
    expect(code('Chile and Peru signed a fisheries accord in Lima.')).toEqual([
      'SUPPORT CHL > PER',
    ]);
    // A place, a topic of a purpose clause or an owner is no party.
    expect(code('Chile and Peru met in Quito to discuss Bolivia.')).toEqual(['CONSULT CHL > PER']);
    expect(
      code(
        'Chile and Peru began sharing data on Bolivian border crossings, to speed up their response to Bolivia’s moves.',
      ),
    ).not.toContain('COOPERATE CHL > BOL');
  });
});

describe('a plural pronoun taking up a subject of several states', () => {
  it('gives each state the act it announced', () => {
    expect(code('Austria, Belgium and Portugal said they had expelled Russian diplomats.')).toEqual(
      ['SANCTION AUT > RUS', 'SANCTION BEL > RUS', 'SANCTION PRT > RUS'],
    );
    expect(code('Chile and Peru said they would send aid to Bolivia.')).toEqual([
      'AGREE CHL > BOL',
      'AGREE PER > BOL',
    ]);
  });

  it('makes a joint act announced by the group one between its members', () => {
    expect(code('Chile and Peru announced that they would restore full diplomatic ties.')).toEqual([
      'AGREE CHL > PER',
    ]);
  });

  it('leaves a pronoun of one actor alone', () => {
    expect(code('Austria said it had expelled Russian diplomats.')).toEqual(['SANCTION AUT > RUS']);
  });
});

describe('states "among" those who acted', () => {
  it('gives each state named the act of the relative clause', () => {
    expect(
      code(
        'Austria, Belgium and Portugal were among more than 15 countries that expelled Russian diplomats on Tuesday.',
      ),
    ).toEqual(['SANCTION AUT > RUS', 'SANCTION BEL > RUS', 'SANCTION PRT > RUS']);
    expect(code('Chile was among the few states that have imposed sanctions on Bolivia.')).toEqual([
      'SANCTION CHL > BOL',
    ]);
  });

  it('needs "be among" right before the class', () => {
    expect(
      code(
        'Austria expelled a diplomat, and countries that expelled Russian diplomats met on Tuesday.',
      ),
    ).not.toContain('SANCTION AUT > RUS');
  });
});

describe('"each side ... the other"', () => {
  it('makes each member of the subject act on the other', () => {
    expect(code('Chile and Peru traded fire on Monday, and each side blamed the other.')).toEqual(
      expect.arrayContaining(['ACCUSE CHL > PER', 'ACCUSE PER > CHL']),
    );
  });
});

describe('a pair of states taken up ("both countries", "the two governments")', () => {
  it('stands for the two states named before', () => {
    expect(
      code(
        'Ghana has asked Togo to withdraw its troops from the border, after officials from both countries held their first round of talks in Lome.',
      ),
    ).toContain('CONSULT GHA > TGO');
    expect(
      code(
        'Chile recalled its ambassador from Peru, and the two countries later agreed to hold talks.',
      ),
    ).toContain('AGREE CHL > PER');
    expect(
      code(
        'Chile and Peru reopened their border on Monday, a month after the two governments restored diplomatic relations.',
      ),
    ).toContain('SUPPORT CHL > PER');
  });

  it('needs exactly two states, and no question', () => {
    expect(
      code('Chile, Peru and Bolivia met, and the two countries agreed to hold talks.'),
    ).not.toContain('AGREE PER > BOL');
    expect(
      code(
        'Peace between Chile and Peru would depend on whether the two sides could agree on a road.',
      ),
    ).toEqual([]);
  });
});

describe('a joint act of several states with a partner named after "with"', () => {
  it('is each member’s act with the partner, not the members’ with each other', () => {
    expect(code('Kyrgyz and Tajik border guards clashed with Afghan troops on Sunday.')).toEqual([
      'ASSAULT KGZ > AFG',
      'ASSAULT TJK > AFG',
    ]);
    expect(code('China and Russia held naval drills with Iran in the Gulf of Oman.')).toEqual([
      'COOPERATE CHN > IRN',
      'COOPERATE RUS > IRN',
    ]);
  });

  it('is between the members when no partner is named', () => {
    expect(code('China and Russia held naval drills in the Sea of Japan.')).toEqual([
      'COOPERATE CHN > RUS',
    ]);
  });
});

describe('"both sides" as the object of an act', () => {
  it('stands for the two parties the sentence named before, one event each', () => {
    expect(
      code(
        'Kyrgyz and Tajik border guards exchanged fire on Monday, and Kazakhstan urged both sides to show restraint.',
      ),
    ).toEqual(expect.arrayContaining(['REQUEST KAZ > KGZ', 'REQUEST KAZ > TJK']));
    expect(
      code(
        'Serbian police clashed with Kosovar protesters in Mitrovica, and the European Union called on all sides to exercise restraint.',
      ),
    ).toEqual(expect.arrayContaining(['REQUEST EU > SRB', 'REQUEST EU > XKX']));
  });

  it('counts the parties a number names, states only for a group of countries', () => {
    // The body and the adjective ("Chilean copper") are not among "the three neighbours".
    expect(
      code(
        'Peru, Bolivia and Ecuador said they would keep their curbs on Chilean copper after the Andean Community lifted its own, and Chile responded by threatening to take the three neighbours to the World Trade Organization.',
      ),
    ).toEqual(
      expect.arrayContaining(['THREATEN CHL > PER', 'THREATEN CHL > BOL', 'THREATEN CHL > ECU']),
    );
    expect(
      code(
        'Peru and Bolivia said they would keep their curbs on Chilean copper, and Chile threatened to take the three neighbours to the World Trade Organization.',
      ),
    ).not.toContain('THREATEN CHL > PER');
  });

  it('names no one when the sentence named more than two parties before it', () => {
    const coded = code(
      'Chile, Peru and Bolivia traded accusations over the river, and Brazil urged both sides to talk.',
    );
    expect(coded).not.toContain('REQUEST BRA > CHL');
    expect(coded).not.toContain('REQUEST BRA > PER');
  });
});

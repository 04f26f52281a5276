// Ordinary wire phrasings of visits, backing and aid (eleventh round: forms that recur in
// real reports of CONSULT, SUPPORT and AID, found by reading them). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string, published = '2024-05-14') =>
  coder
    .code({ id: 'dvisit', text, published })
    .mentions.map(
      (m) => `${m.type} ${m.source.root} > ${m.target.root}${m.future ? ' (future)' : ''}`,
    );

describe('visits told in an adjunct', () => {
  it('codes a visit or trip to a state, told beside another act, as a visit to it', () => {
    expect(code('The Kenyan president opened a new rail link during a visit to Uganda.')).toContain(
      'CONSULT KEN > UGA',
    );
    expect(code('Spain’s prime minister signed a water deal on his trip to Morocco.')).toContain(
      'CONSULT ESP > MAR',
    );
    expect(
      code('The Polish president spoke about energy at the end of a three-day tour to Canada.'),
    ).toContain('CONSULT POL > CAN');
  });

  it('codes a stay in a capital "on a visit" and a journey "for a visit"', () => {
    expect(code('Chile’s foreign minister is in Lima on a two-day visit.')).toEqual([
      'CONSULT CHL > PER',
    ]);
    expect(
      code('The Indonesian president travelled to Canberra on Monday for an official visit.'),
    ).toEqual(['CONSULT IDN > AUS']);
  });

  it('codes a courtesy call paid on a leader as a visit', () => {
    expect(
      code('The Thai foreign minister paid a courtesy call on the Malaysian prime minister.'),
    ).toEqual(['CONSULT THA > MYS']);
  });

  it('codes a meeting told as a participle after "after" as one with the one met', () => {
    expect(
      code('Macron told journalists after meeting Erdogan that the talks had been frank.'),
    ).toContain('CONSULT FRA > TUR');
  });

  it('codes a call told in an adjunct as a phone call with the one called', () => {
    expect(
      code('The Austrian chancellor urged restraint in a phone call with Erdogan on Sunday.'),
    ).toContain('CONSULT AUT > TUR');
  });

  it('codes a leader welcomed or received for a visit as a hosted visit', () => {
    expect(code('Serbia’s president welcomed Xi to Belgrade for a state visit.')).toEqual([
      'CONSULT SRB > CHN',
    ]);
  });

  it('leaves a visit with no one visiting, or a trip to no state, uncoded', () => {
    expect(code('The visit to Riga was called off because of the storm.')).toEqual([]);
    expect(code('Crowds waited for hours after meeting organisers at the stadium.')).toEqual([]);
  });
});

describe('backing told as standing with or assuring', () => {
  it('codes standing with or behind a state as support', () => {
    expect(code('Estonia stands with Georgia against this pressure, its president said.')).toEqual([
      'SUPPORT EST > GEO',
    ]);
  });

  it('reads "today and tomorrow" as no announcement', () => {
    expect(
      code('"We stand with Moldova, today and tomorrow," the Romanian president said.'),
    ).toEqual(['SUPPORT ROU > MDA']);
  });

  it('codes assuring a state of support as support', () => {
    expect(code('Japan assured the Philippines of its full backing on Thursday.')).toEqual([
      'SUPPORT JPN > PHL',
    ]);
  });

  it('codes condolences or congratulations offered or conveyed as support, not an offer', () => {
    expect(code('Canada offered its condolences to Morocco after the earthquake.')).toEqual([
      'SUPPORT CAN > MAR',
    ]);
  });

  it('codes a vote in favour and a seat restored as support', () => {
    expect(code('Ghana voted in favour of the resolution backing Ukraine.')).toContain(
      'SUPPORT GHA > UKR',
    );
    expect(code('The African Union restored Mali’s membership on Friday.')).toEqual([
      'SUPPORT AU > MLI',
    ]);
  });

  it('leaves things that stand somewhere uncoded', () => {
    expect(code('Lorries carrying fuel stand in a queue at the Polish border.')).toEqual([]);
  });
});

describe('apologies', () => {
  it('codes an apology as SUPPORT with CAMEO 055, as the CAMEO-to-PLOVER table maps it', () => {
    const [apology] = coder.code({
      id: 'dapology',
      text: 'The Dutch prime minister apologised to Indonesia for the colonial war.',
      published: '2024-05-14',
    }).mentions;
    expect(apology).toMatchObject({ type: 'SUPPORT', cameo: '055' });
    expect([apology!.source.root, apology!.target.root]).toEqual(['NLD', 'IDN']);
  });
});

describe('bailouts', () => {
  it('codes a bailout approved for a state as aid', () => {
    expect(code('The IMF approved a $1.5 billion bailout for Pakistan on Friday.')).toEqual([
      'AID IMF > PAK',
    ]);
  });
});

describe('relief teams and compound modifiers', () => {
  it('codes medical or rescue teams deployed to a state as aid, not a mobilisation', () => {
    expect(code('Greece deployed rescue teams to Albania after the earthquake.')).toEqual([
      'AID GRC > ALB',
    ]);
  });

  it('reads a verb joined by a hyphen to the word before it as part of a modifier', () => {
    expect(code('Italy airlifted generators to storm-hit eastern Libya on Monday.')).toEqual([
      'AID ITA > LBY',
    ]);
  });
});

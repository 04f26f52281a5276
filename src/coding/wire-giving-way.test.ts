// Giving way, backing, helping and working together as wires phrase them (give19, issue #15):
// joint patrols flown and drills wrapped up, plans backed away from or postponed, candidate
// status granted, accession approved, aid packages of a sum, sanctions packages, diplomats
// stripped of their accreditation. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'dgive19', text, published: '2024-03-05' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);
const types = (text: string) => code(text).map((s) => s.split(' ')[0]);

describe('joint acts flown, kicked off or wrapped up', () => {
  it('codes a joint patrol flown by two states as cooperation', () => {
    expect(code('Russia and China flew a joint air patrol over the Sea of Japan.')).toContain(
      'COOPERATE RUS > CHN',
    );
  });

  it('codes drills kicked off together as cooperation, not as a consultation', () => {
    expect(code('Russia and Belarus kicked off joint exercises on Thursday.')).toEqual([
      'COOPERATE RUS > BLR',
    ]);
  });

  it('codes drills wrapped up by one state as a show of force', () => {
    expect(code('North Korea wrapped up its winter drills on Monday.')).toContain(
      'MOBILIZE PRK > PRK',
    );
  });
});

describe('measures backed away from or postponed', () => {
  it('codes backing away from a plan as giving way', () => {
    expect(code("Serbia's president backed away from the curfew plan on Wednesday.")).toContain(
      'CONCEDE SRB > SRB',
    );
  });

  it('codes backing off a measure as giving way', () => {
    expect(code("Kenya's president backed off the tax increases on Tuesday.")).toContain(
      'CONCEDE KEN > KEN',
    );
  });

  it('does not code troops backing away from a place as support', () => {
    expect(code('Israeli troops backed away from the border fence on Monday.')).toEqual([]);
  });

  it('codes legislation postponed or shelved as giving way', () => {
    expect(code('Netanyahu delayed the judicial legislation on Monday.')).toContain(
      'CONCEDE ISR > ISR',
    );
    expect(code("Georgia's ruling party shelved the legislation on Thursday.")).toContain(
      'CONCEDE GEO > GEO',
    );
  });

  it('does not code elections postponed as giving way', () => {
    expect(types('Thailand postponed the elections until March.')).not.toContain('CONCEDE');
  });
});

describe('membership backed', () => {
  it('codes candidate status granted or recommended as support', () => {
    expect(code('EU leaders granted candidate status to Ukraine and Moldova.')).toEqual([
      'SUPPORT EU > UKR',
      'SUPPORT EU > MDA',
    ]);
    expect(code('The European Commission recommended candidate status for Georgia.')).toContain(
      'SUPPORT EU > GEO',
    );
  });

  it('codes states made candidates for membership as support', () => {
    expect(code('EU leaders made Ukraine and Moldova candidates for membership.')).toContain(
      'SUPPORT EU > MDA',
    );
  });

  it('codes a membership approved as support', () => {
    expect(code("Turkey approved Sweden's NATO membership on Tuesday.")).toContain(
      'SUPPORT TUR > SWE',
    );
  });

  it('does not code a state applying for candidate status as support', () => {
    expect(types('Ukraine applied for candidate status in February.')).not.toContain('SUPPORT');
  });
});

describe('packages of aid and of sanctions', () => {
  it('codes a package of a sum for a state as aid', () => {
    expect(code('Blinken announced a new package of $1 billion for Ukraine.')).toEqual([
      'AID USA > UKR',
    ]);
    expect(code('The Pentagon announced a new $400 million package for Ukraine.')).toEqual([
      'AID USA > UKR',
    ]);
  });

  it('codes a sanctions package approved as a sanction, not as aid', () => {
    expect(code('The EU approved a new sanctions package against Iran on Monday.')).toEqual([
      'SANCTION EU > IRN',
    ]);
    expect(code('The EU adopted its 14th package against Russia on Monday.')).toEqual([
      'SANCTION EU > RUS',
    ]);
  });

  it('still codes an aid package approved as aid', () => {
    expect(code('The World Bank approved a $1 billion aid package for Pakistan.')).toEqual([
      'AID WB > PAK',
    ]);
  });
});

describe('accreditation stripped', () => {
  it("codes a diplomat stripped of accreditation as a sanction on the diplomat's state", () => {
    expect(code('Britain stripped a Russian diplomat of his accreditation on Wednesday.')).toEqual([
      'SANCTION GBR > RUS',
    ]);
    expect(code('Israel revoked the credentials of Norwegian diplomats on Thursday.')).toEqual([
      'SANCTION ISR > NOR',
    ]);
  });

  it('does not code an official stripped of immunity at home', () => {
    expect(types('The court stripped the former minister of his immunity.')).toEqual([]);
  });
});

// Ordinary wire phrasings of the types with the lowest recall on real text (issue 15,
// twenty-fourth session, trig24): ACCUSE, ASSAULT, SANCTION, SUPPORT and CONSULT told by verbs
// no pattern read. Invented sentences, with traps.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dtrig24', '2024-06-12');

describe('an alleged act told by a gerund the tagger reads as a noun (accused-gerunds.ts)', () => {
  it('codes the act alleged after "accused X of" as well as the accusation', () => {
    expect(code('Kabul accused Pakistan of firing rockets into Kunar province.')).toEqual(
      expect.arrayContaining(['ACCUSE AFG > PAK', 'ASSAULT PAK > AFG']),
    );
    expect(code('Baku accused Yerevan of firing on its posts near Lachin.')).toContain(
      'ASSAULT ARM > AZE',
    );
    expect(code('Moscow accused Kyiv of opening fire on the power plant.')).toContain(
      'ASSAULT UKR > RUS',
    );
    expect(
      code('Bamako accused Algiers on Monday of striking a Malian army convoy near Kidal.'),
    ).toContain('ASSAULT DZA > MLI');
  });

  it('reads "blamed X for" alike', () => {
    expect(code('Kigali blamed Kinshasa for firing shells into Rwanda.')).toContain(
      'ASSAULT COD > RWA',
    );
  });

  it('codes the act a verb of judging names after "for" as done', () => {
    expect(code('Ghana condemned Togo for opening fire on fishermen off Keta.')).toEqual(
      expect.arrayContaining(['ACCUSE GHA > TGO', 'ASSAULT TGO > GHA']),
    );
    expect(
      code('The union criticised the government for striking deals with foreign firms.').join(),
    ).not.toContain('ASSAULT');
  });

  it('aims an act alleged by a reciprocal accusation at the other side', () => {
    expect(
      code('Thailand and Cambodia accused each other on Friday of opening fire first.'),
    ).toEqual(expect.arrayContaining(['ASSAULT THA > KHM', 'ASSAULT KHM > THA']));
    expect(
      code('Kyrgyzstan and Tajikistan blamed one another for shelling villages near Batken.'),
    ).toEqual(expect.arrayContaining(['ASSAULT KGZ > TJK', 'ASSAULT TJK > KGZ']));
  });

  it('leaves "-ing" nouns that follow no verb of blame, or have nothing after them', () => {
    expect(
      code('The court in Lagos sentenced the smugglers to death by firing squad.').join(),
    ).not.toContain('ASSAULT');
    expect(code('The union held a rally in Lagos for striking workers.').join()).not.toContain(
      'ASSAULT',
    );
    expect(
      code('The police, who had been accused of standing by for an hour, left the square.'),
    ).toEqual([]);
  });
});

describe('"call ... on" is a request only across an adverb or a time', () => {
  it('reads "on" inside the object of a naming "call" as no request', () => {
    expect(code('Ankara called the new tariffs on Turkish steel unfair.').join()).not.toContain(
      'REQUEST',
    );
    expect(
      code('Jordan called the raid on the border post an act of aggression.').join(),
    ).not.toContain('REQUEST');
  });

  it('keeps the requests', () => {
    expect(code('The UN called again on Ethiopia to open the roads into Tigray.')).toContain(
      'REQUEST UN > ETH',
    );
    expect(code('Paris called last week on Tehran to free the detainees.')).toContain(
      'REQUEST FRA > IRN',
    );
  });
});

describe('sanctions told by their instrument', () => {
  it('codes penalising, blocking assets and an asset freeze imposed', () => {
    expect(code('Washington penalised two Chinese shipping firms on Tuesday.')).toContain(
      'SANCTION USA > CHN',
    );
    expect(code('The US Treasury blocked the assets of the Nicaraguan vice president.')).toContain(
      'SANCTION USA > NIC',
    );
    expect(
      code('The European Union imposed asset freezes on six Guatemalan prosecutors.'),
    ).toContain('SANCTION EU > GTM');
    expect(
      code('Canada imposed a freeze on the bank accounts of three Haitian politicians.'),
    ).toContain('SANCTION CAN > HTI');
  });

  it('codes high-level visits or contacts suspended as a sanction, not a visit', () => {
    expect(code('Islamabad suspended all high-level visits with Tehran on Wednesday.')).toEqual([
      'SANCTION PAK > IRN',
    ]);
    expect(code('Beijing halted military contacts with Washington.')).toContain(
      'SANCTION CHN > USA',
    );
  });

  it('codes nothing for a freeze, a block or a penalty of another kind', () => {
    expect(code('The Kenyan government imposed a freeze on hiring in March.')).toEqual([]);
    expect(code('The referee penalised the Ghanaian striker for diving.')).toEqual([]);
    expect(code('The Senate blocked a bill on pensions.')).toEqual([]);
  });
});

describe('support told by appreciation or thanks', () => {
  it('codes what a side appreciates another for', () => {
    expect(code('Riyadh said it appreciated the efforts of Kuwait to end the dispute.')).toContain(
      'SUPPORT SAU > KWT',
    );
    expect(code("Doha appreciates Oman's role in the prisoner talks.")).toContain(
      'SUPPORT QAT > OMN',
    );
    expect(code('The Kenyan president expressed his thanks to Tanzania for its help.')).toContain(
      'SUPPORT KEN > TZA',
    );
  });

  it('codes nothing for a currency that appreciates or risks appreciated', () => {
    expect(code('The rupee appreciated against the dollar on Monday.')).toEqual([]);
    expect(code('Beijing appreciated the risks of a trade war.')).toEqual([]);
  });
});

describe('talks told with "conduct"', () => {
  it('codes a telephone conversation or talks conducted', () => {
    expect(
      code('Tokayev and Mirziyoyev conducted a telephone conversation on Thursday.'),
    ).toContain('CONSULT KAZ > UZB');
    expect(code('The Serbian president conducted talks with Viktor Orban in Belgrade.')).toContain(
      'CONSULT SRB > HUN',
    );
  });

  it('codes nothing for a survey or an exercise conducted', () => {
    expect(code('The Kenyan army conducted a survey of the border area.')).toEqual([]);
  });
});

describe('an answer and what was downed', () => {
  it('codes nothing for an answer in words or in measures', () => {
    expect(code('Seoul responded with a statement on Monday.')).toEqual([]);
    expect(code('The EU responded with tariffs on American whiskey.').join()).not.toContain(
      'ASSAULT',
    );
  });

  it('codes aircraft downed and missiles intercepted, not aircraft or cargo intercepted', () => {
    expect(code('Algerian air defences downed a Malian drone near Tinzaouaten.')).toContain(
      'ASSAULT DZA > MLI',
    );
    expect(
      code('Saudi air defences intercepted a ballistic missile fired by the Houthis.'),
    ).toEqual(['ASSAULT SAU > YEM']);
    expect(code('Greek jets intercepted two Turkish drones over the Aegean.')).toEqual([
      'COERCE GRC > TUR',
    ]);
    expect(
      code(
        'The Yemeni coast guard intercepted a shipment of Iranian missiles bound for the Houthis.',
      ).join(),
    ).not.toContain('ASSAULT');
    expect(code('Striking dockers downed tools in Mombasa.').join()).not.toContain('ASSAULT');
  });
});

describe('recognition in a role aimed at the state the role is named for (recognised-roles.ts)', () => {
  it('takes the state after "as" when the object names none', () => {
    expect(
      code('Peru recognised the head of the National Assembly as Venezuela’s interim president.'),
    ).toEqual(['SUPPORT PER > VEN']);
    expect(
      code(
        'The African Union recognised the transitional council as the legitimate Libyan government.',
      ),
    ).toContain('SUPPORT AU > LBY');
  });

  it('keeps the object’s own state, and adds no target for a role of no state', () => {
    expect(code('Spain recognised Palestine as a state on Tuesday.')).toEqual([
      'SUPPORT ESP > PSE',
    ]);
    expect(
      code('Kenya recognised the importance of the talks as a first step.').join(),
    ).not.toMatch(/SUPPORT KEN > [A-Z]/);
  });
});

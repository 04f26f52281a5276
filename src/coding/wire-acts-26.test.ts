// Ordinary wire phrasings of the types whose real phrasings had no trigger, and false acts of the
// same words (issue 15, twenty-sixth session, trig26): aid announced or contributed as a sum,
// aid carried by ships and planes, carriers and presence as a show of force, envoys sent home,
// protests presented to envoys, slogans against a state, hired foreign forces, ceasefires
// announced or called off. Invented sentences from several crises, with traps.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dtrig26', '2024-06-11');

describe('a sum announced in aid (aid.announce-sum-in-aid, aid.announce-currency-in-aid)', () => {
  it('codes AID from the announcer to the state the aid is for', () => {
    expect(code('Washington announced $500 million in military aid for Taiwan.')).toContain(
      'AID USA > TWN',
    );
    expect(code('Japan announced an additional $20 million in emergency aid to Myanmar.')).toEqual([
      'AID JPN > MMR',
    ]);
    expect(code('Britain announced 20 million pounds in humanitarian aid for Sudan.')).toEqual([
      'AID GBR > SDN',
    ]);
    expect(
      code('The EU unveiled 50 million euros in humanitarian aid for Lebanon on Monday.'),
    ).toEqual(['AID EU > LBN']);
  });

  it('traps: a count of people in need, a sum with no aid', () => {
    expect(code('The UN announced that 2 million people in Sudan need food aid.')).toEqual([]);
    expect(code('Kenya announced $2 billion in new taxes on Monday.')).toEqual([]);
  });
});

describe('a sum contributed (aid.contribute-sum)', () => {
  it('codes AID to the one it is given to', () => {
    expect(code('Canada contributed $50 million to the UN refugee agency.')).toEqual([
      'AID CAN > UN',
    ]);
    expect(code('Qatar contributed 30 million dollars to Lebanon for army salaries.')).toEqual([
      'AID QAT > LBN',
    ]);
  });

  it('trap: a cause that contributed to unrest', () => {
    expect(code('The rising cost of bread contributed to the unrest in Sudan.')).toEqual([]);
  });
});

describe('ships, planes and convoys carrying aid (aid.send-vessel-with-aid)', () => {
  it('are aid, not a deployment of forces', () => {
    expect(code('Turkey sent a ship carrying 2,000 tonnes of flour to Sudan.')).toEqual([
      'AID TUR > SDN',
    ]);
    expect(code('India sent two naval ships carrying relief supplies to Myanmar.')).toEqual([
      'AID IND > MMR',
    ]);
    expect(code('Jordan sent planes loaded with medical aid to Gaza.')).toEqual(['AID JOR > PSE']);
    expect(code('Britain dispatched a warship with humanitarian aid to Tonga.')).toEqual([
      'AID GBR > TON',
    ]);
  });

  it('trap: warships sent with no cargo stay a deployment', () => {
    expect(code('Russia sent two warships to Venezuela on Monday.')).toEqual([
      'MOBILIZE RUS > VEN',
    ]);
  });
});

describe('an aircraft carrier sent or moved (mobilize.send-carrier)', () => {
  it('is a show of force, not aircraft given as aid', () => {
    expect(code('The United States sent an aircraft carrier toward the Korean peninsula.')).toEqual(
      ['MOBILIZE USA > USA'],
    );
    expect(
      code('The Pentagon ordered a second aircraft carrier to the eastern Mediterranean.'),
    ).toEqual(['MOBILIZE USA > USA']);
    expect(code('France dispatched its aircraft carrier to the Red Sea.')).not.toContain(
      'AID FRA > ',
    );
  });

  it('trap: aircraft given are still aid', () => {
    expect(code('The Netherlands sent six F-16 aircraft to Ukraine.')).toEqual(['AID NLD > UKR']);
  });
});

describe('a presence boosted (mobilize.boost-military-presence, mobilize.forces-boost-presence)', () => {
  it('codes MOBILIZE of forces or states that step up their military presence', () => {
    expect(code('KFOR said it had boosted its presence in northern Kosovo.')).toEqual([
      'MOBILIZE NATO > XKX',
    ]);
    expect(code('Kenyan police stepped up their presence in Nairobi on Monday.')).toEqual([
      'MOBILIZE KEN > KEN',
    ]);
    expect(code('The United States bolstered its naval presence in the Red Sea.')).toEqual([
      'MOBILIZE USA > USA',
    ]);
  });

  it('trap: a company expanding its presence in a market', () => {
    expect(code('Huawei expanded its presence in Kenya with a new office.')).toEqual([]);
    expect(code('Chinese banks expanded their presence in Africa.')).toEqual([]);
  });
});

describe('an envoy sent home (sanction.send-envoy-home, sanction.send-home-envoy)', () => {
  it('is a recall or expulsion, not a diplomatic dispatch', () => {
    expect(code('Somalia sent the Ethiopian ambassador home on Thursday.')).toEqual([
      'SANCTION SOM > ETH',
    ]);
    expect(code('Pakistan sent home the Afghan ambassador on Friday.')).toEqual([
      'SANCTION PAK > AFG',
    ]);
  });

  it('trap: an envoy sent to a capital', () => {
    expect(code('Turkey sent its ambassador to Damascus for talks on Monday.')).not.toContain(
      'SANCTION TUR > SYR',
    );
  });
});

describe('a protest presented, registered or conveyed (accuse.present-protest)', () => {
  it('codes ACCUSE of the one it is made to', () => {
    expect(
      code(
        'The Philippine government presented a strongly worded protest to the Chinese ambassador.',
      ),
    ).toEqual(['ACCUSE PHL > CHN']);
    expect(code('Seoul registered a strong protest with Tokyo over the textbooks.')).toEqual([
      'ACCUSE KOR > JPN',
    ]);
    expect(code('Britain made representations to Beijing over the detained journalist.')).toEqual([
      'ACCUSE GBR > CHN',
    ]);
    expect(code("China lodged 'stern representations' with Japan over the strategy.")).toEqual([
      'ACCUSE CHN > JPN',
    ]);
  });

  it('trap: a film about protests presented', () => {
    expect(code('The museum presented a film about the protests in Tehran.')).toEqual([]);
  });
});

describe('a slogan against a state chanted or shouted (protest.slogan-against)', () => {
  it('codes PROTEST against the state the slogan names, quoted or not', () => {
    expect(code('Crowds in Tehran chanted "death to America" after Friday prayers.')).toEqual([
      'PROTEST IRN > USA',
    ]);
    expect(code('Nigeriens in Niamey chanted "down with France" on Sunday.')).toEqual([
      'PROTEST NER > FRA',
    ]);
    expect(code('Malians in Bamako shouted down with France outside the base.')).toContain(
      'PROTEST MLI > FRA',
    );
  });

  it('trap: a slogan for someone', () => {
    expect(code('Jordanians in Amman chanted "long live the king" on Friday.')).toEqual([]);
  });
});

describe('foreign fighters hired or brought in (cooperate.bring-in-hired-forces)', () => {
  it('codes COOPERATE with the state of the hired forces', () => {
    expect(code("Mali's junta hired Russian mercenaries.")).toEqual(['COOPERATE MLI > RUS']);
    expect(code("Libya's eastern commander recruited Sudanese mercenaries.")).toEqual([
      'COOPERATE LBY > SDN',
    ]);
    expect(code('The Central African Republic brought in Russian military instructors.')).toEqual([
      'COOPERATE CAF > RUS',
    ]);
  });

  it('trap: a club hiring coaches', () => {
    expect(code('The Nigerian club hired Brazilian instructors for its academy.')).toEqual([]);
  });
});

describe('a ceasefire announced, or called off (concede.announce-ceasefire, sense.call-off-truce)', () => {
  it('an announced ceasefire is a concession, as a declared one', () => {
    expect(code('The ELN announced a unilateral ceasefire for the elections.')).toEqual([
      'CONCEDE COL > COL',
    ]);
    expect(code('The TPLF announced a ceasefire on Friday.')).toEqual(['CONCEDE ETH > ETH']);
  });

  it('trap: a ceasefire called off is no concession', () => {
    expect(code('Colombia called off a ceasefire with the ELN rebels on Wednesday.')).toEqual([]);
    expect(code('The Houthis called off their truce with Riyadh.')).not.toContain(
      'CONCEDE YEM > SAU',
    );
  });
});

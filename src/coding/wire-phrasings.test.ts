// Ordinary wire phrasings of acts whose trigger was never found (twelfth round): one class each,
// read in real reports of many crises and in the readable check sets' misses. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dphrase', '2025-03-11');

describe('accusations told as a judgement', () => {
  it('codes an act called, described or branded a provocation as an accusation of its doer', () => {
    expect(code('Oslo called the Russian overflight a dangerous provocation.')).toContain(
      'ACCUSE NOR > RUS',
    );
    expect(code('Caracas described the Guyanese licences as illegal.')).toContain(
      'ACCUSE VEN > GUY',
    );
    expect(code('Seoul branded the North Korean launch a reckless escalation.')).toContain(
      'ACCUSE KOR > PRK',
    );
    expect(code('Hanoi considers the Chinese survey a provocation.')).toContain('ACCUSE VNM > CHN');
  });

  it('reads a title ending in "general" as the subject of the past form after it', () => {
    // The tagger reads "general accused" as an adjective and the noun "the accused".
    expect(code("Kenya's attorney general accused Somali militants of the attack.")).toContain(
      'ACCUSE KEN > SOM',
    );
  });

  it('needs someone judged: a judgement of a thing with no party codes nothing', () => {
    expect(code('Lima called the storm damage a disgraceful failure of planning.')).toEqual([]);
  });

  it('leaves other senses of "call" alone', () => {
    expect(code('Kenya called for an end to the aggression in Sudan.')).not.toContain(
      'ACCUSE KEN > SDN',
    );
  });
});

describe('sanctions on links, visas and landing', () => {
  it('codes links cut and visas suspended as sanctions', () => {
    expect(code('Lithuania cut rail links with Belarus on Friday.')).toEqual([
      'SANCTION LTU > BLR',
    ]);
    expect(code('Pakistan suspended visas for Indian citizens.')).toEqual(['SANCTION PAK > IND']);
  });

  it('codes a state barring another’s airlines from flying or landing as a sanction', () => {
    expect(code('Chad banned Sudanese airlines from flying to Ndjamena.')).toContain(
      'SANCTION TCD > SDN',
    );
  });
});

describe('threats of a response', () => {
  it('codes a vow to respond, retaliate or hit back as a threat', () => {
    expect(code('Tehran vowed to respond to the Israeli strike.')).toEqual(['THREATEN IRN > ISR']);
    expect(code('Pyongyang threatened to hit back at South Korea.')).toEqual([
      'THREATEN PRK > KOR',
    ]);
  });

  it('codes a vow to hold someone accountable, or to take countermeasures, as a threat', () => {
    expect(code('Kyiv vowed to hold Moscow accountable.')).toEqual(['THREATEN UKR > RUS']);
    expect(code('Beijing vowed to take all necessary measures against Lithuania.')).toEqual([
      'THREATEN CHN > LTU',
    ]);
  });

  it('codes a right to respond reserved, and consequences foretold, as threats', () => {
    expect(code('Turkey reserved the right to respond to Greece.')).toEqual(['THREATEN TUR > GRC']);
    expect(
      code('The Polish president said an attack would have grave consequences for Belarus.'),
    ).toEqual(['THREATEN POL > BLR']);
    expect(code('Baku said Yerevan would face retribution.')).toEqual(['THREATEN AZE > ARM']);
  });
});

describe('concessions: admissions and restored licences', () => {
  it('codes an admission of fault as a concession', () => {
    expect(code('Ankara accepted responsibility for the incident with Syria.')).toContain(
      'CONCEDE TUR > SYR',
    );
    expect(code('Ankara admitted its mistake.')).toEqual(['CONCEDE TUR > TUR']);
  });

  it('codes accreditation or licences restored as a concession', () => {
    expect(code('Minsk restored the accreditation of Polish journalists.')).toEqual([
      'CONCEDE BLR > POL',
    ]);
  });
});

describe('retreats: fire stopped, truces observed', () => {
  it('codes two sides that stop firing as a retreat each way, not toward a mediator', () => {
    expect(
      code('Thailand and Cambodia stopped firing on Monday under a truce brokered by Malaysia.'),
    ).toEqual(['RETREAT THA > KHM', 'RETREAT KHM > THA']);
  });

  it('codes a truce observed as a retreat', () => {
    expect(code('Sudan observed the truce with South Sudan.')).toEqual(['RETREAT SDN > SSD']);
  });
});

describe('aid: refugees taken in', () => {
  it('codes refugees welcomed, hosted or sheltered as aid to their state', () => {
    expect(code('Moldova has welcomed thousands of Ukrainian refugees.')).toEqual([
      'AID MDA > UKR',
    ]);
    expect(code('Chad is sheltering 600,000 Sudanese refugees.')).toEqual(['AID TCD > SDN']);
  });

  it('keeps a welcomed proposal an agreement', () => {
    expect(code('Egypt welcomed the Qatari proposal.')).not.toContain('AID EGY > QAT');
  });
});

describe('requests: applications, pleas, lobbying', () => {
  it('codes an application to join as a request to the body', () => {
    expect(code('Georgia applied for membership of the European Union.')).toEqual([
      'REQUEST GEO > EU',
    ]);
    expect(code('Algeria submitted its application to join BRICS.')).toContain(
      'REQUEST DZA > BRICS',
    );
  });

  it('codes a request made, a plea renewed, a turn to another for help and lobbying', () => {
    expect(code('Somalia made a formal request to the African Union for troops.')).toEqual([
      'REQUEST SOM > AU',
    ]);
    expect(code('Kyiv renewed its plea to Berlin for more air defence.')).toEqual([
      'REQUEST UKR > DEU',
    ]);
    expect(code('Burkina Faso turned to Russia for help against the jihadists.')).toEqual([
      'REQUEST BFA > RUS',
    ]);
    expect(code('Estonia lobbied Germany to send more tanks.')).toContain('REQUEST EST > DEU');
  });
});

describe('impeachment and crowds at a building', () => {
  it('codes an impeachment as an accusation', () => {
    expect(code('Peru’s congress voted to impeach the Peruvian president.')).toContain(
      'ACCUSE PER > PER',
    );
  });

  it('codes a crowd gathered outside or converging on a building as a protest', () => {
    expect(code('Hundreds of students gathered outside the Russian embassy in Tbilisi.')).toEqual([
      'PROTEST GEO > RUS',
    ]);
    expect(code('Thousands of demonstrators converged on the parliament in Yerevan.')).toEqual([
      'PROTEST ARM > ARM',
    ]);
  });

  it('keeps leaders gathering for a summit no protest', () => {
    expect(code('Arab leaders gathered outside Riyadh for a summit.').join()).not.toContain(
      'PROTEST',
    );
  });
});

describe('other senses (precision)', () => {
  it('reads a past form describing an object as background, not an act', () => {
    expect(
      code('Uzbekistan blamed Tajikistan for the collapse of a truce agreed two days earlier.'),
    ).toEqual(['ACCUSE UZB > TJK']);
  });

  it('keeps a verb after a subject with an "of" phrase, or inside a relative clause, an act', () => {
    expect(code('Hundreds of Malian students marched outside the French embassy.')).toContain(
      'PROTEST MLI > FRA',
    );
    expect(
      code('Hamdok resigned after a day in which Sudanese troops killed two protesters.'),
    ).toContain('ASSAULT SDN > SDN');
  });

  it('codes forces pushing or advancing into a land as an attack, moving into it as a mobilisation', () => {
    expect(code('Ethiopian troops pushed into Somalia on Monday.')).toEqual(['ASSAULT ETH > SOM']);
    expect(code('Ethiopian troops moved into Somalia on Monday.')).toEqual(['MOBILIZE ETH > SOM']);
  });

  it('codes a border reopened by both neighbours as cooperation, by one as a concession', () => {
    expect(code('Chile and Bolivia reopened their shared border on Monday.')).toEqual([
      'COOPERATE CHL > BOL',
    ]);
    expect(code('Bolivia reopened its border with Chile on Monday.')).toEqual([
      'CONCEDE BOL > CHL',
    ]);
  });
});

describe('sanctions told with the penalty in a phrase', () => {
  it('codes a party targeted, hit or punished with sanctions as sanctioned, not attacked', () => {
    expect(code('Ottawa targeted Iranian shipping firms with new sanctions.')).toEqual([
      'SANCTION CAN > IRN',
    ]);
    expect(code('Britain hit Belarusian potash exporters with sanctions.')).toEqual([
      'SANCTION GBR > BLR',
    ]);
  });

  it('keeps a threat of sanctions a threat and a hit with rockets an attack', () => {
    expect(code('Washington threatened Turkey with sanctions.')).toEqual(['THREATEN USA > TUR']);
    expect(code('Hezbollah hit Israeli positions with rockets.')).toContain('ASSAULT LBN > ISR');
  });

  it('codes parties placed under sanctions or on a blacklist, and penalties placed on them', () => {
    expect(code('Japan placed two Russian banks under sanctions.')).toEqual(['SANCTION JPN > RUS']);
    expect(code('Washington put Chinese chipmakers on its entity list.')).toEqual([
      'SANCTION USA > CHN',
    ]);
    expect(code('Beijing placed export curbs on Japanese firms.')).toEqual(['SANCTION CHN > JPN']);
  });

  it('codes tariffs raised, exclusion from a system and dialogue suspended as sanctions', () => {
    expect(code('Canada raised tariffs on Chinese aluminium.')).toEqual(['SANCTION CAN > CHN']);
    expect(code('The EU excluded Iranian banks from the SWIFT system.')).toEqual([
      'SANCTION EU > IRN',
    ]);
    expect(code('Beijing suspended its dialogue with Washington on climate.')).toEqual([
      'SANCTION CHN > USA',
    ]);
  });
});

describe('coercion and refusals told by their object', () => {
  it('codes channels taken off the air, waters closed to shipping and parties dissolved as coercion', () => {
    expect(code('Bolivia’s government took two opposition radio stations off the air.')).toEqual([
      'COERCE BOL > BOL',
    ]);
    expect(code('Turkey closed the straits to Russian warships.')).toContain('COERCE TUR > RUS');
    expect(code('The Cambodian government dissolved the main opposition party.')).toEqual([
      'COERCE KHM > KHM',
    ]);
  });

  it('codes a plane forced down and boats blocked as coercion', () => {
    expect(code('Minsk forced down a Lithuanian airliner.')).toEqual(['COERCE BLR > LTU']);
    expect(code('Chinese ships blocked Vietnamese fishing boats near the Paracels.')).toContain(
      'COERCE CHN > VNM',
    );
  });

  it('codes a package blocked and a ruling ignored as a refusal', () => {
    expect(code('Slovakia blocked the EU loan for Ukraine.')).toContain('REJECT SVK > EU');
    expect(code('Caracas ignored the ICJ ruling on Guyana.')).toContain('REJECT VEN > UN');
  });
});

describe('ministers by portfolio, missiles slamming into', () => {
  it('reads a minister named by any portfolio as the government of the country before it', () => {
    expect(code('Malaysia’s trade minister accused the EU of discrimination.')).toEqual([
      'ACCUSE MYS > EU',
    ]);
    expect(code('The Nigerian information minister accused Niger of spying.')).toContain(
      'ACCUSE NGA > NER',
    );
  });

  it('codes a projectile slamming into a place as an attack, not a rebuke', () => {
    expect(code('A Russian drone slammed into a school in Kharkiv.')).toEqual([
      'ASSAULT RUS > UKR',
    ]);
  });
});

describe('aid by evacuation, treatment and shelter; refusals brushed aside; land ceded', () => {
  it('codes people flown out, the wounded treated and tents set up as aid', () => {
    expect(code('The UAE has flown hundreds of evacuees out of Khartoum.')).toContain(
      'AID ARE > SDN',
    );
    expect(code('Egypt treated wounded Palestinians in its hospitals.')).toEqual(['AID EGY > PSE']);
    expect(code('Algeria set up tents for Libyan flood victims.')).toEqual(['AID DZA > LBY']);
  });

  it('codes demands brushed aside as a refusal', () => {
    expect(code('Ankara brushed aside demands from Stockholm.')).toEqual(['REJECT TUR > SWE']);
  });

  it('codes membership frozen as a sanction and land ceded or handed over as a retreat', () => {
    expect(code('Belarus froze its membership of the OSCE.')).toEqual(['SANCTION BLR > OSCE']);
    expect(code('Serbia ceded two villages to Bosnia.')).toEqual(['RETREAT SRB > BIH']);
  });

  it('codes a deal refused as a refusal', () => {
    expect(code('Kyiv said it would not accept any deal with Moscow.').join()).toContain(
      'REJECT UKR',
    );
  });
});

describe('crowds filling streets, barricades, roads blocked', () => {
  it('codes a crowd pouring into or thronging the streets as a protest', () => {
    expect(code('Thousands of Malawians poured into the streets of Lilongwe.')).toEqual([
      'PROTEST MWI > MWI',
    ]);
  });

  it('codes barricades set up and motorways blocked by civilians as a protest', () => {
    expect(code('Bolivian protesters set up roadblocks across the highlands.')).toEqual([
      'PROTEST BOL > BOL',
    ]);
    expect(code('Dutch farmers blocked motorways around Amsterdam.')).toEqual([
      'PROTEST NLD > NLD',
    ]);
  });

  it('leaves troops setting up roadblocks no protest', () => {
    expect(code('Bolivian troops set up roadblocks across the highlands.').join()).not.toContain(
      'PROTEST',
    );
  });
});

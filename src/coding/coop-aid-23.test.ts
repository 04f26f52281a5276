// Cooperation and aid told by their product or their flow (twenty-third session, trig23a): aid
// resumed after a pause, patrols begun together, foreign forces joined, staple food delivered,
// wanted people handed to another state, and help given to an act of force (no aid). Classes
// seen in stored wire, agency and broadcaster reports of other crises. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcoop23', '2024-06-11');

describe('aid resumed, restored or unfrozen (AID)', () => {
  it('resuming or restoring funding, assistance, loans or grants to a party', () => {
    expect(code('Norway resumed funding to UNICEF on Tuesday.')).toEqual(['AID NOR > UN']);
    expect(code('Germany restored its development aid to Malawi.')).toEqual(['AID DEU > MWI']);
    expect(code('The World Bank resumed lending to Ethiopia after the truce.')).toContain(
      'AID WB > ETH',
    );
  });

  it('announced, it is a promise; asked for, a request', () => {
    expect(code('Denmark will resume assistance to the Palestinians, its minister said.')).toEqual([
      'AGREE DNK > PSE',
    ]);
    expect(code('The envoy urged Canada to resume funding to UNRWA.')).not.toContain(
      'AID CAN > UN',
    );
  });

  it('traps: talks on a loan resumed, funds restored by a court, aid suspended', () => {
    expect(code('Egypt and the IMF resumed talks on a new loan.')).not.toContain('AID EGY > IMF');
    expect(code('The court restored the funds seized from the opposition party.')).toEqual([]);
    expect(code('Sweden suspended funding to UNRWA on Friday.')).not.toContain('AID SWE > UN');
  });
});

describe('patrols begun together (COOPERATE), alone a deployment', () => {
  it('two navies beginning patrols', () => {
    expect(
      code('The Thai and Malaysian navies began coordinated patrols in the Andaman Sea.'),
    ).toContain('COOPERATE THA > MYS');
    expect(code('Kenyan and Somali troops started patrols along the border on Monday.')).toContain(
      'COOPERATE KEN > SOM',
    );
  });

  it('traps: one side patrolling is no cooperation; "began patrolling" no new pattern', () => {
    expect(code('The Chilean army began patrols in the Atacama desert.')).not.toContain(
      expect.stringMatching(/^COOPERATE/),
    );
    expect(code('Police began a patrol of the market after the riot.')).toEqual([]);
  });
});

describe('foreign forces joined (COOPERATE with each)', () => {
  it('"joined US, Australian and Japanese forces"', () => {
    expect(
      code('Malaysian troops joined US, Australian and Japanese forces for the exercises.'),
    ).toEqual(
      expect.arrayContaining(['COOPERATE MYS > USA', 'COOPERATE MYS > AUS', 'COOPERATE MYS > JPN']),
    );
    expect(code('Ghanaian soldiers joined French forces on the Niger border.')).toContain(
      'COOPERATE GHA > FRA',
    );
  });

  it('traps: civilians enlisting, a club joined', () => {
    expect(code('Hundreds of Nepalis have joined the Russian forces.')).not.toContain(
      'COOPERATE NPL > RUS',
    );
    expect(code('The Kenyan striker joined the French club for training.')).toEqual([]);
  });
});

describe('aid told by its staple food (AID)', () => {
  it('tonnes of sorghum, lentils or vegetable oil delivered to a place', () => {
    expect(
      code('The World Food Programme delivered 900 tonnes of sorghum to families in Kassala.'),
    ).toEqual(['AID UN > SDN']);
    expect(code('Turkey sent lentils and vegetable oil to Gaza on Sunday.')).toContain(
      'AID TUR > PSE',
    );
  });

  it('traps: staples traded, exported or talked about', () => {
    expect(code('Sudan exported 300,000 tonnes of sorghum to China last year.')).toEqual([]);
    expect(code('Prices of sorghum and lentils doubled in Khartoum.')).toEqual([]);
  });
});

describe('help given to an act of force is a part in it, no aid', () => {
  it('"helped detain", "helped to seize": the act of force is coded, the help is not', () => {
    expect(code('Dutch marines helped detain a Syrian cargo ship off Crete.')).toEqual([
      'COERCE NLD > SYR',
    ]);
    expect(code('Italian commandos helped to seize a Libyan trawler.')).toEqual([
      'COERCE ITA > LBY',
    ]);
  });

  it('traps: help with a beneficiary named, or to an act that is no force, stays aid', () => {
    expect(code('Japan helped Turkey rebuild its schools after the earthquake.')).toEqual([
      'AID JPN > TUR',
    ]);
    expect(code('Algeria helped Tunisia fight the forest fires.')).toContain('AID DZA > TUN');
  });
});

describe('wanted people handed to another state (COOPERATE)', () => {
  it('handing (over) a suspect, a wanted man or a kingpin to a state', () => {
    expect(code('Colombian police handed a suspected Ecuadorian gang leader to Ecuador.')).toEqual([
      'COOPERATE COL > ECU',
    ]);
    expect(code('Panama handed over a wanted drug lord to the United States on Friday.')).toEqual([
      'COOPERATE PAN > USA',
    ]);
  });

  it('traps: leaflets handed out, hostages handed to the Red Cross', () => {
    expect(code('Greek police handed out leaflets to suspected migrants on Lesbos.')).toEqual([]);
    expect(code('The rebels handed the hostages to the Red Cross.')).not.toContain(
      expect.stringMatching(/^COOPERATE/),
    );
  });
});

describe('aid told by its vehicles: the way crossed, the senders coordinated (AID)', () => {
  it('"crossed the border / the river into" a state reaches that state', () => {
    expect(code('Turkish aid trucks crossed the border into Syria on Monday.')).toEqual([
      'AID TUR > SYR',
    ]);
    expect(
      code('Indian lorries carrying relief supplies crossed the river into Nepal on Tuesday.'),
    ).toEqual(['AID IND > NPL']);
  });

  it('"Egyptian and Jordanian aid trucks": each sender gives the aid', () => {
    expect(code('Kenyan and Ugandan relief trucks entered South Sudan on Sunday.')).toEqual([
      'AID KEN > SSD',
      'AID UGA > SSD',
    ]);
  });

  it('traps: troops crossing stay a move of forces; a border crossed into nowhere named', () => {
    expect(code('Rwandan troops crossed the border into Congo on Thursday.')).toEqual([
      'MOBILIZE RWA > COD',
    ]);
    expect(code('Turkish aid trucks crossed the border on Monday.')).toEqual([]);
    expect(code('Kenyan and Ugandan trucks carrying cement entered South Sudan.')).toEqual([]);
  });
});

describe('rebels handing over their weapons disarm (RETREAT), no aid', () => {
  it('"handed over / laid down their weapons" by rebels', () => {
    expect(
      code('Houthi fighters handed over their heavy weapons to the Yemeni army on Tuesday.'),
    ).toEqual(['RETREAT YEM > YEM']);
    expect(code('The M23 rebels laid down their arms in Goma on Friday.')).toEqual([
      'RETREAT COD > COD',
    ]);
  });

  it('traps: a state handing weapons to another still aids it', () => {
    expect(code('Norway handed over weapons to Ukraine on Friday.')).toEqual(['AID NOR > UKR']);
  });
});

describe('"humanitarian" alone is no aid given', () => {
  it('a person handed to a humanitarian commission is no aid; humanitarian aid sent is', () => {
    expect(
      code('The guerrillas freed the mayor on Thursday, handing him to a humanitarian commission.'),
    ).not.toContain(expect.stringMatching(/^AID/));
    expect(code('Jordan sent humanitarian aid to Gaza.')).toEqual(['AID JOR > PSE']);
    expect(code('Egypt sent humanitarian convoys to Sudan on Monday.')).toEqual(['AID EGY > SDN']);
  });
});

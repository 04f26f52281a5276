// Classes of SANCTION, SUPPORT, CONCEDE and REJECT phrasing that the coder missed or typed wrong
// (issue #15, the twenty-third round), each seen in several stored wire and broadcaster reports
// before it was added. Invented sentences, with near misses that must not code.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('trig23b', '2024-05-14');

describe('an act told as the means of another, by a gerund the tagger reads as a noun', () => {
  it('codes "responded by expelling", "hit back by closing", "retaliated by freezing"', () => {
    expect(code('Lisbon responded by expelling four Angolan diplomats.')).toEqual([
      'SANCTION PRT > AGO',
    ]);
    expect(code('Ankara hit back by closing its airspace to Israeli planes.')).toEqual([
      'SANCTION TUR > ISR',
    ]);
    expect(code('Canada responded by freezing the assets of two Iranian banks.')).toEqual([
      'SANCTION CAN > IRN',
    ]);
  });

  it('leaves a noun in "-ing" after a passive\'s "by", or with no object, alone', () => {
    expect(code('The village was hit by shelling from Russian positions.')).not.toContain(
      'SANCTION RUS > UKR',
    );
    expect(code('The summit ended with closing remarks by the Kenyan president.')).toEqual([]);
  });
});

describe('a step taken with "moved to", not forces moved', () => {
  it('does not read "moved ... to punish X for shipping missiles" as troops moved', () => {
    expect(
      code('Paris and Rome moved on Monday to punish Pyongyang for selling missiles to Moscow.'),
    ).not.toContain('MOBILIZE FRA > PRK');
  });

  it('still codes forces moved, and an infinitive the pattern names', () => {
    expect(code('Armenia moved tanks closer to the border with Azerbaijan.')).toEqual([
      'MOBILIZE ARM > AZE',
    ]);
    expect(code('Mali ordered the UN monitors to leave the country.')).toEqual([
      'SANCTION MLI > UN',
    ]);
  });
});

describe('a state ordered to close its own mission', () => {
  it('codes the one ordering as sanctioning the state ordered', () => {
    expect(code('Norway ordered Russia to close its consulate in Tromso.')).toEqual([
      'SANCTION NOR > RUS',
    ]);
    expect(
      code('Beijing told Canada on Monday to shut its consulate in Shanghai within three days.'),
    ).toEqual(['SANCTION CHN > CAN']);
  });

  it('leaves an office closed by its own staff, or a border closed by an army, alone', () => {
    expect(
      code('The ministry told its staff to close the office early because of the storm.'),
    ).toEqual([]);
  });
});

describe('trade privileges withdrawn', () => {
  it('codes withdrawing, suspending or ending a trade status or preferences as a sanction', () => {
    expect(code('Australia suspended the most-favoured-nation trade status of Belarus.')).toEqual([
      'SANCTION AUS > BLR',
    ]);
    expect(code('Washington ended Turkey’s trade preferences on Friday.')).toEqual([
      'SANCTION USA > TUR',
    ]);
  });

  it('leaves privileges granted alone', () => {
    expect(code('Vietnam granted Laos tariff cuts on rice.')).not.toContain('SANCTION VNM > LAO');
  });
});

describe("an act on a text aimed at the text's authors", () => {
  it('aims a veto at the states after "drafted by" or before "-drafted"', () => {
    expect(
      code('China vetoed a Security Council resolution drafted by Britain and France on Monday.'),
    ).toEqual(['REJECT CHN > GBR', 'REJECT CHN > FRA']);
    expect(code('Moscow vetoed a Norwegian-drafted resolution on Myanmar.')).toEqual([
      'REJECT RUS > NOR',
    ]);
  });

  it('aims an endorsement of a drafted text at its author', () => {
    expect(
      code('The Security Council endorsed a resolution sponsored by Egypt on Tuesday.'),
    ).toContain('SUPPORT UN > EGY');
  });

  it('leaves a text with no author named, or one named past the phrase, to the role finder', () => {
    expect(
      code('Washington vetoed a resolution on Sudan that Moscow said was balanced.'),
    ).not.toContain('REJECT USA > RUS');
  });
});

describe('recognition switched from one party to another', () => {
  it('codes a break with the one after "from" and support for the one after "to"', () => {
    expect(
      code('Kiribati switched diplomatic recognition from Taiwan to China on Friday.'),
    ).toEqual(['SUPPORT KIR > CHN', 'SANCTION KIR > TWN']);
    expect(code('Malawi switched its allegiance to Beijing from Taipei.')).toEqual([
      'SUPPORT MWI > CHN',
      'SANCTION MWI > TWN',
    ]);
  });

  it('codes the recognition alone when no one is left, and nothing for relations merely shifted', () => {
    expect(code('Costa Rica shifted ties to Beijing.')).toEqual(['SUPPORT CRI > CHN']);
    expect(code('The war shifted relations between Serbia and Hungary.')).toEqual([]);
  });
});

describe('an official dismissed from office', () => {
  it('codes dismissing or sacking an official as coercion at home, not a rejection', () => {
    expect(code("Peru's president dismissed the interior minister on Sunday.")).toEqual([
      'COERCE PER > PER',
    ]);
    expect(code("Ghana's parliament sacked the head of the electoral commission.")).toEqual([
      'COERCE GHA > GHA',
    ]);
  });

  it("keeps an official's words or a plan dismissed a rejection", () => {
    expect(code("Moscow dismissed the Finnish minister's claims on Monday.")).not.toContain(
      'COERCE RUS > FIN',
    );
    expect(code("Caracas dismissed Bogota's peace plan on Tuesday.")).toEqual(['REJECT VEN > COL']);
  });
});

describe('standing by a party', () => {
  it('codes standing by a named party as support, also when it is said it will', () => {
    expect(code('Minsk said Belarus stands by Moscow.')).toEqual(['SUPPORT BLR > RUS']);
    expect(code('Tehran said Iran would stand by Damascus.')).toEqual(['SUPPORT IRN > SYR']);
  });

  it('codes nothing for standing by a decision or remarks, or standing by idle', () => {
    expect(code('The Danish minister stood by her remarks on Tuesday.')).toEqual([]);
    expect(code('Greek police stood by for an hour as the crowd grew.')).toEqual([]);
  });
});

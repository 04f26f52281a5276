// Acts named by a noun that another side reacts to or that a measure answers (reacted-acts.ts).
// Invented sentences of the class, and near misses that must not code the act.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('reacted24', '2024-05-01');

describe('an act named as the object of a verb of reaction', () => {
  it('codes the act with its owner as doer and the one after "on" as target', () => {
    expect(code("Chile condemned Peru's strike on Bolivia.")).toEqual([
      'ACCUSE CHL > PER',
      'ASSAULT PER > BOL',
    ]);
    expect(code('Jordan denounced the Israeli air strikes on Lebanon.')).toEqual([
      'ACCUSE JOR > ISR',
      'ASSAULT ISR > LBN',
    ]);
  });

  it('takes the doer from a "by" phrase and the place struck for the target', () => {
    expect(code('Turkey denounced the attack by Russian forces on a market in Odesa.')).toEqual([
      'ACCUSE TUR > RUS',
      'ASSAULT RUS > UKR',
    ]);
  });

  it('reads the object past a time adjunct, and a conjunct through the first', () => {
    expect(code('Qatar condemned on Friday the Israeli airstrikes on Syria.')).toEqual([
      'ACCUSE QAT > ISR',
      'ASSAULT ISR > SYR',
    ]);
    expect(code("Britain and France condemned Iran's drone and missile attack on Israel.")).toEqual(
      expect.arrayContaining(['ASSAULT IRN > ISR']),
    );
  });

  it('codes a sanction reacted to', () => {
    expect(code("China criticised Japan's sanctions on Chinese firms.")).toEqual([
      'ACCUSE CHN > JPN',
      'SANCTION JPN > CHN',
    ]);
  });

  it('codes an act cited as a reason, its "its" standing for the party named before', () => {
    expect(code('Bolivia cut ties with Israel, citing its attacks on the Gaza Strip.')).toEqual([
      'SANCTION BOL > ISR',
      'ASSAULT ISR > PSE',
    ]);
  });
});

describe('an act named after a preposition of cause', () => {
  it('codes the act "over" which a measure is taken', () => {
    expect(
      code("The EU imposed sanctions on Turkish officials over Ankara's offensive in Syria."),
    ).toEqual(['SANCTION EU > TUR', 'ASSAULT TUR > SYR']);
  });
});

describe('traps: acts reacted to that are not reported as done by a named doer', () => {
  it('codes no act with no doer named, or with its victim before the noun', () => {
    expect(code('Chile condemned the strike on Bolivia.')).not.toContainEqual(
      expect.stringMatching(/^ASSAULT/),
    );
    expect(code('Qatar condemned the Gaza attack.')).not.toContainEqual(
      expect.stringMatching(/^ASSAULT/),
    );
    expect(code('Egypt condemned the embassy bombing in Kabul.')).not.toContainEqual(
      expect.stringMatching(/^ASSAULT/),
    );
  });

  it('codes no act only feared, discussed, possible or long past', () => {
    expect(code('Egypt feared an Israeli attack on Lebanon.')).toEqual([]);
    expect(code('Egypt condemned any Israeli attack on Lebanon.')).toEqual(['ACCUSE EGY > ISR']);
    expect(code("Moscow condemned Israel's 1982 invasion of Lebanon.")).toEqual([
      'ACCUSE RUS > ISR',
    ]);
    expect(code('The minister warned of a possible Russian attack on Moldova.')).not.toContainEqual(
      'ASSAULT RUS > MDA',
    );
  });
});

describe('an act named as the object of a verb of characterising, with its predicate', () => {
  it('codes the act called or described as something', () => {
    expect(code('Iran described the Israeli strikes on Syria as a crime.')).toContain(
      'ASSAULT ISR > SYR',
    );
    expect(code('Kenya called the Somali attack on Mandera a grave provocation.')).toContain(
      'ASSAULT SOM > KEN',
    );
  });

  it('reads "called X\'s strike on Y a ..." as no call on anyone (request.call-on-2)', () => {
    expect(code("Jordan called Israel's strike on Lebanon a flagrant violation.")).toEqual([
      'ACCUSE JOR > ISR',
      'ASSAULT ISR > LBN',
    ]);
    expect(code('The EU called again on Serbia to free the officers.')).toContain(
      'REQUEST EU > SRB',
    );
  });

  it('codes no act called with no predicate ("called a meeting")', () => {
    expect(code('Egypt called an emergency Arab League meeting on Gaza.')).not.toContainEqual(
      expect.stringMatching(/^CONSULT/),
    );
  });
});

describe('sanctions whose doer is the agent of "imposed by" in their own phrase', () => {
  it('codes the agent as doer and the one after "on" as target', () => {
    expect(code('The sanctions imposed by Canada on Nicaragua took effect on Monday.')).toEqual([
      'SANCTION CAN > NIC',
    ]);
  });
});

describe('an act protested against, and a crackdown reacted to', () => {
  it('codes the act a crowd rallies or protests against', () => {
    expect(code("Protesters rallied in Amman against Israel's strikes on Lebanon.")).toContain(
      'ASSAULT ISR > LBN',
    );
  });

  it('codes a crackdown named with its doer and the ones cracked down on', () => {
    expect(code("Poland condemned Belarus's crackdown on Polish activists.")).toContain(
      'COERCE BLR > POL',
    );
  });

  it('codes no act warned against, nor a crackdown only announced', () => {
    expect(code('The minister warned against an Israeli attack on Lebanon.')).not.toContainEqual(
      expect.stringMatching(/^ASSAULT/),
    );
    expect(code('The government announced a crackdown on smugglers.')).toEqual([]);
  });
});

describe("the parse's readings of an object the tagger or the parser mislabels", () => {
  it('takes an act noun tagged as an adjective under the verb as its object', () => {
    expect(code("The Pentagon condemned Turkey's offensive on Kurds in Syria.")).toContain(
      'ASSAULT TUR > SYR',
    );
  });

  it('takes a predicate parsed as a second object', () => {
    expect(code('Ukraine called the Russian strike on Kharkiv an act of aggression.')).toContain(
      'ASSAULT RUS > UKR',
    );
  });
});

describe('a doer named by a participle of doing inside the phrase of the act reacted to', () => {
  it('takes the agent of "carried out by" or "imposed by" as the doer', () => {
    expect(code('Egypt condemned the raids on Lebanon carried out by Israel.')).toContain(
      'ASSAULT ISR > LBN',
    );
    expect(code('Jordan condemned the sanctions imposed by the United States on Iran.')).toContain(
      'SANCTION USA > IRN',
    );
  });

  it('codes no act whose participle names no agent', () => {
    expect(code('Jordan condemned the sanctions imposed on Iran.')).not.toContainEqual(
      expect.stringMatching(/^SANCTION/),
    );
  });
});

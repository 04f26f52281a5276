// Classes of wire phrasing the twentieth round's real-news sample (news20, its tuning half) showed
// failing, each seen again in further stored reports before it was added. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('news20', '2024-03-05');

describe('a place taken, occupied or "liberated" (CAMEO 192, PLOVER ASSAULT)', () => {
  it('codes a town taken over or liberated by name, against the state it lies in', () => {
    expect(code('Russian forces took over Vuhledar after a two-year siege.')).toEqual([
      'ASSAULT RUS > UKR',
    ]);
    expect(
      code(
        'The Russian army liberated the settlement of Krasnohorivka, the defence ministry said.',
      ),
    ).toEqual(['ASSAULT RUS > UKR']);
  });

  it('codes villages, settlements and positions occupied as fighting, not a seizure of goods', () => {
    expect(code('Armenian forces occupied three positions near the border, Baku said.')).toEqual([
      'ASSAULT ARM > AZE',
    ]);
    expect(
      code('Ukrainian troops took over two villages near Robotyne, the general staff said.'),
    ).toEqual(['ASSAULT UKR > ']);
  });

  it('leaves hostages liberated and a company taken over alone', () => {
    expect(code('Israeli special forces liberated four hostages in Nuseirat.')).toEqual([]);
    expect(code('The government took over the failing airline last year.')).toEqual([]);
  });
});

describe('a threat told as what the other side will suffer', () => {
  it('codes "would be punished" said of a named party', () => {
    expect(code('Russia said Ukraine would be punished for the incursion.')).toEqual([
      'THREATEN RUS > UKR',
    ]);
  });

  it('codes "would receive a decisive response" and "would come with consequences"', () => {
    expect(
      code('Moscow said any NATO deployment in Ukraine would receive a decisive response.'),
    ).toEqual(['THREATEN RUS > NATO']);
    expect(
      code('Washington warned that the purchase would come with consequences for Ankara.'),
    ).toEqual(['THREATEN USA > TUR']);
  });

  it('codes the speaker who will give a tough, adequate or mirror response', () => {
    expect(
      code('Russia will give a mirror response to the expulsion of its diplomats by Germany.'),
    ).toEqual(['THREATEN RUS > DEU']);
    expect(code('The minister gave a detailed response to questions from lawmakers.')).toEqual([]);
  });

  it('leaves punishment done and a reply received as facts', () => {
    expect(code('The court punished two officers for negligence.')).toEqual([]);
    expect(code('Kyiv received a response from the IMF on Tuesday.')).toEqual([]);
  });
});

describe('an attack attributed to someone (PLOVER ACCUSE)', () => {
  it('codes the one attributing it against the one named after "to"', () => {
    expect(code('Seoul attributed the attack on its patrol ship to North Korea.')).toEqual([
      'ACCUSE KOR > PRK',
    ]);
    expect(code('Baghdad attributed the strikes near Erbil to Turkey.')).toEqual([
      'ACCUSE IRQ > TUR',
    ]);
  });

  it('leaves other things attributed alone', () => {
    expect(code('Kyiv attributed the success to Western weapons.')).toEqual([]);
  });
});

describe('a ban announced on imports', () => {
  it('codes an announced import ban as a sanction on the exporting state', () => {
    expect(code('Hungary announced a ban on imports of Ukrainian grain.')).toEqual([
      'SANCTION HUN > UKR',
    ]);
  });

  it('leaves a ban aimed at no other party alone', () => {
    expect(code('The mayor announced a ban on fireworks.')).toEqual([]);
  });
});

describe('"struck" with an object is an attack, whoever the plural doer', () => {
  it('codes a nationality plural striking a city as an attack, not a walkout', () => {
    expect(code('Russians struck Kharkiv with a glide bomb on Tuesday.')).toEqual([
      'ASSAULT RUS > UKR',
    ]);
  });

  it('keeps workers who strike, with no object or only a time after the verb, a protest', () => {
    expect(code('French workers struck on Thursday against the pension reform.')).toEqual([
      'PROTEST FRA > FRA',
    ]);
    expect(
      code('Teachers in Scotland will not strike this term after accepting the pay offer.'),
    ).toEqual(['PROTEST GBR > GBR']);
  });
});

// A crowd's demand is its protest's aim, and a force of nature or a whole war's toll is no
// side's attack (twenty-fifth round, issue #15: false events on real text; harm-causes.ts).
// Invented sentences and traps.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dprotestdemand', '2024-05-14');

describe("a protesting crowd's demand", () => {
  it('codes the protest alone when the demand is its participle or purpose', () => {
    const marched = code(
      'Thousands of teachers marched through Nairobi on Monday, demanding that the government pay their arrears.',
    );
    expect(marched).toContain('PROTEST KEN > KEN');
    expect(marched.some((e) => e.startsWith('REQUEST'))).toBe(false);
    expect(
      code('Farmers blocked highways across Punjab for a third day to demand higher crop prices.'),
    ).toEqual(['PROTEST IND > IND']);
  });

  it('keeps a request by another side told after the protest', () => {
    expect(
      code(
        'Students rallied outside parliament in Dhaka, and the army chief urged the prime minister to resign.',
      ),
    ).toContain('REQUEST BGD > BGD');
    expect(
      code(
        'Protesters burned tyres in Conakry on Monday, and France urged the junta to hold elections.',
      ),
    ).toContain('REQUEST FRA > GIN');
  });

  it("keeps a state's demand and a crowd's demand that no protest of the sentence tells", () => {
    expect(
      code('Russia demanded that Poland punish the protesters who threw paint at its ambassador.'),
    ).toContain('REQUEST RUS > POL');
    expect(code('Protesters demanded that President Ruto withdraw the finance bill.')).toContain(
      'REQUEST KEN > KEN',
    );
  });
});

describe("a whole war's toll", () => {
  it("is a count, no attack by the place's state", () => {
    expect(
      code(
        'The war in Sudan has killed more than 20,000 people and displaced 10 million, according to the United Nations.',
      ),
    ).toEqual([]);
    expect(
      code(
        "Last year's six-week war over the enclave killed more than 6,000 soldiers in Nagorno-Karabakh.",
      ),
    ).toEqual([]);
  });

  it("leaves the incidents of one day placed, and a named side's attack coded", () => {
    expect(
      code('Clashes between the army and rebels killed 12 people in North Kivu on Tuesday.'),
    ).toContain('ASSAULT COD > COD');
    expect(code('Russian missiles killed five people in Kharkiv on Monday.')).toContain(
      'ASSAULT RUS > UKR',
    );
  });
});

describe('a force of nature', () => {
  it('is no attacker placed where it struck', () => {
    expect(
      code('A powerful earthquake killed more than 300 people in western Nepal on Friday.'),
    ).toEqual([]);
    expect(
      code(
        'Cyclone Mocha struck the coast of Rakhine state on Sunday, killing at least 20 people.',
      ),
    ).toEqual([]);
    expect(code('At least 40 people were killed in floods in eastern Kenya this week.')).toEqual(
      [],
    );
    expect(
      code('A landslide triggered by heavy rain killed 12 villagers in northern Peru on Sunday.'),
    ).toEqual([]);
  });

  it('leaves an unnamed attacker placed, also after a disaster named as a time', () => {
    expect(code('A roadside bomb killed five soldiers near Kandahar on Monday.')).toContain(
      'ASSAULT AFG > AFG',
    );
    expect(
      code('A day after the earthquake, a roadside bomb killed five soldiers near Herat.'),
    ).toContain('ASSAULT AFG > AFG');
    expect(
      code('Since the floods, an explosion killed four police officers in Peshawar.'),
    ).toContain('ASSAULT PAK > PAK');
  });
});

describe('a participle of result after a subordinate clause', () => {
  it("is the act of that clause's subject, not of the main one", () => {
    const kenya = code(
      'Kenya closed its border with Somalia after al-Shabaab fighters attacked a police post, killing four officers.',
    );
    expect(kenya).not.toContain('ASSAULT KEN > SOM');
    expect(kenya).toContain('ASSAULT SOM > KEN');
    expect(
      code(
        'The United Nations condemned the attack after gunmen stormed a hotel in Mogadishu, killing 12 people.',
      ).some((e) => e.startsWith('ASSAULT UN')),
    ).toBe(false);
  });

  it("has no doer when that clause's subject names no actor", () => {
    expect(
      code(
        'Azerbaijan and Armenia agreed to a ceasefire on Wednesday after clashes broke out on their border, killing three Armenian soldiers.',
      ),
    ).toEqual(['AGREE AZE > ARM']);
  });

  it('shares the main subject when no subordinate clause comes between', () => {
    expect(code('Russian missiles struck Kharkiv on Monday, killing five people.')).toContain(
      'ASSAULT RUS > UKR',
    );
    expect(
      code('The Sudanese army shelled Omdurman on Sunday, killing at least 20 civilians.'),
    ).toContain('ASSAULT SDN > SDN');
  });
});

describe('what an act is said to endanger (sense.endanger-goods)', () => {
  it('is no threat against anyone', () => {
    expect(code('China said the joint drills threatened regional peace and stability.')).toEqual(
      [],
    );
    expect(
      code('Kenya said the incursion threatened its sovereignty and territorial integrity.'),
    ).toEqual([]);
    expect(
      code(
        'The State Department condemned the Chinese actions, saying they directly threatened regional peace and stability.',
      ).some((e) => e.startsWith('THREATEN')),
    ).toBe(false);
  });

  it('leaves threats against a party, and to do something, coded', () => {
    expect(code('Russia threatened Moldova with retaliation on Tuesday.')).toContain(
      'THREATEN RUS > MDA',
    );
    expect(code('North Korea threatened to strike US bases in Guam.')).toContain(
      'THREATEN PRK > USA',
    );
    expect(
      code('The rebels threatened to attack security forces in Kidal.').some((e) =>
        e.startsWith('THREATEN'),
      ),
    ).toBe(true);
  });
});

describe('an envoy summoned or expelled in the passive (envoy-hosts.ts)', () => {
  it('was summoned by the state of the post', () => {
    expect(
      code(
        'The French ambassador to Bamako was summoned on Monday and told to leave within 72 hours.',
      ),
    ).toContain('ACCUSE MLI > FRA');
    expect(code('The Iranian envoy in Kabul was expelled on Tuesday.')).toContain(
      'SANCTION AFG > IRN',
    );
  });

  it('keeps a named agent, and an unknown doer where no post is named', () => {
    expect(
      code("The US ambassador to the United Nations was summoned by Russia's foreign ministry."),
    ).toContain('ACCUSE RUS > USA');
    expect(code('The French ambassador was summoned on Monday.')).toEqual(['ACCUSE  > FRA']);
  });
});

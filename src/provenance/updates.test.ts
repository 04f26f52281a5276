// Versions of one wire story: a toll updated during the day, and an edit that keeps its plain
// sentences between the ones that name and count. Invented texts (the class was found on real
// copies of one agency story; see README, "Real copies of one wire story").
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';
import { updateToll } from './realistic.js';

const th = thesaurus();
const compare = (a: string, b: string) => compareDocuments(tokenize(a), tokenize(b), th);

/** An agency story of a factory fire, at a given toll (killed, of them women, of them men). */
const fire = (killed: number, women: number, men: number, injured = 90): string[] => [
  `DHAKA (Wire) - A fire swept through a garment factory near Dhaka on Tuesday, killing at least ${killed} workers and injuring ${injured}, fire officials said.`,
  'The blaze broke out at 9:15 a.m. on the third floor of the eight-storey building in the Ashulia industrial zone, about 30 km (19 miles) north of the capital.',
  '"The toll may rise as we search the upper floors," fire service official Rahim Uddin told reporters at the scene.',
  `Of the dead, ${women} were women and ${men} were men, police official Kamal Hossain said.`,
  'Firefighters battled the flames through the morning before bringing them under control, and ambulances lined the road outside.',
  'The factory supplied clothing to retailers in Europe and the United States, according to the Bangladesh Garment Manufacturers association.',
  'It was the deadliest factory fire in the country since 2012, when 112 workers died in a blaze at the Tazreen Fashions plant.',
  'Labour groups have long accused owners of ignoring safety rules, a charge the owners deny.',
  'The fire service sent 18 units, and the army flew 2 helicopters to the roof, officials said.',
  'The factory, which opened in 2009, employed about 2,500 workers on three shifts.',
];

describe('a wire story updated during the day', () => {
  it('joins a later version whose toll changed in two sentences and whose other numbers held', () => {
    const early = fire(42, 30, 12).join(' ');
    const later = fire(57, 41, 16)
      .map((s) => s.replace('fire officials said', 'officials said').replace('at the scene', ''))
      .join(' ');
    const c = compare(early, later);
    expect(c.numbersDisagreeing).toBe(2);
    expect(c.numbersAgreeing).toBeGreaterThanOrEqual(2 * c.numbersDisagreeing);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false });
  });

  it('keeps apart a report of another day whose every count changed (a template)', () => {
    const changed = fire(42, 30, 12, 90)
      .map((s) =>
        s
          .replace('9:15', '11:40')
          .replace('30 km (19 miles)', '25 km (16 miles)')
          .replace('2012, when 112', '2013, when 1,134')
          .replace('18 units', '11 units')
          .replace('2 helicopters', '3 helicopters')
          .replace('2009', '2011')
          .replace('2,500', '1,900'),
      )
      .join(' ');
    const c = compare(fire(57, 41, 16, 75).join(' '), changed);
    expect(c.numbersAgreeing).toBe(0);
    expect(judge(c)).toMatchObject({ isCopy: false, contradicts: true });
  });

  it('keeps apart an article that shares a background paragraph but gives its own counts', () => {
    const original = fire(42, 30, 12);
    // The outlet's next article: new counts of its own, the fire's background paragraph again.
    const followUp = [
      'DHAKA (Wire) - Garment workers blocked a highway near Dhaka on Wednesday to demand compensation for the victims of a factory fire.',
      'About 3,000 workers joined the protest, which lasted 4 hours, police official Kamal Hossain said.',
      'Police fired tear gas and detained 14 protesters, witnesses said.',
      original[4]!,
      original[5]!,
      original[6]!,
      'Officials promised payments of 200,000 taka to each family of the 57 dead.',
    ].join(' ');
    const c = compare(original.join(' '), followUp);
    expect(judge(c).isCopy).toBe(false);
  });
});

describe('a story updated in the few sentences that give numbers', () => {
  const ferry = (passengers: number, killed: number, survivors: number, divers = 40): string =>
    [
      `A ferry carrying ${passengers} passengers capsized on the Padma river on Sunday, killing at least ${killed} people, police said.`,
      `Rescuers pulled ${survivors} survivors from the water, and ${divers} divers searched the wreck, fire service official Abdul Karim said.`,
      'Prime Minister Sheikh Hasina ordered an inquiry into the accident and offered condolences to the families.',
      'Witnesses said the ferry tilted in strong winds near Munshiganj before it overturned within minutes.',
      'The ferry, built in 1998, was licensed to carry 250 passengers, the Bangladesh shipping authority said.',
      'Relatives of the missing waited on the bank at Mawa as night fell, Abdul Karim said.',
    ].join(' ');

  it('joins a later version that changed two of its three numbered sentences', () => {
    const c = compare(ferry(310, 24, 180), ferry(310, 27, 195));
    // Too few agreeing sentences to outnumber the changed ones...
    expect(c.numbersDisagreeing).toBe(2);
    expect(c.numbersAgreeing).toBeLessThan(2 * c.numbersDisagreeing);
    // ...but the numbers in digits it did not update are still there (310, 40, 250).
    expect(c.digitsShared).toBe(3);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false });
  });

  it('keeps apart the same text with every number changed', () => {
    const c = compare(ferry(310, 24, 180, 40), ferry(290, 33, 150, 35).replace('250', '220'));
    expect(c.digitsShared).toBe(0);
    expect(judge(c)).toMatchObject({ isCopy: false, contradicts: true });
  });

  it('does not count dates, years or clock times as numbers kept', () => {
    const day = (d: number, n: number) =>
      `Daily report of ${d} February 2022, as of 19:30 the previous evening. The mission recorded ${n} ceasefire violations near Horlivka on February ${d}, monitors said.`;
    const c = compare(day(15, 120), day(16, 85));
    expect(c.digitsShort).toBe(1);
    expect(c.digitsShared).toBe(0);
  });
});

describe('an edited copy', () => {
  it('counts a run through aligned sentences that name nobody and give no number', () => {
    const original = fire(42, 30, 12);
    // An edit that rewrote the second sentence and the last three, and kept the rest: the kept
    // third to seventh are one run, the fifth (no name, no number) inside it.
    const edited = [
      original[0]!,
      'Witnesses said the blaze started in a storeroom shortly after the morning shift began.',
      original[2]!,
      original[3]!,
      original[4]!,
      original[5]!,
      original[6]!,
      'Rights groups said the owners had ignored warnings about locked exits.',
    ];
    const c = compare(original.join(' '), edited.join(' '));
    // Four sentences that name or count, in a row (the plain fifth between them adds nothing).
    expect(c.run).toBe(4);
    expect(judge(c)).toMatchObject({ isCopy: true });
  });
});

describe("updateToll (the evaluation's later versions)", () => {
  it('raises the first number of the first two units that give one, and keeps the rest', () => {
    const text = [
      'An attack killed 12 people and wounded 30 on Monday.',
      'Rescuers worked through the night.',
      'Officials said 4 of the dead were children, and 2,000 people fled.',
      'The last attack of this size, in 2015, killed 40.',
    ].join('\n\n');
    const out = updateToll(text, () => 0.5).split('\n\n');
    expect(out[0]).toMatch(/^An attack killed (\d+) people and wounded 30 on Monday\.$/);
    expect(Number(/killed (\d+)/.exec(out[0]!)![1])).toBeGreaterThan(12);
    expect(out[1]).toBe('Rescuers worked through the night.');
    expect(out[2]).toMatch(
      /^Officials said (\d+) of the dead were children, and 2,000 people fled\.$/,
    );
    expect(out[2]).not.toMatch(/said 4 /);
    expect(out[3]).toBe('The last attack of this size, in 2015, killed 40.');
  });

  it('changes a count, never the date, the year or the time the story is told on', () => {
    const text = [
      'On February 14, 2022, at 10:30, a blast killed 12 people, police said.',
      'A second blast on 15 February wounded 7.',
    ].join('\n\n');
    const out = updateToll(text, () => 0.5).split('\n\n');
    expect(out[0]).toMatch(/^On February 14, 2022, at 10:30, a blast killed (\d+) people/);
    expect(out[0]).not.toMatch(/killed 12 /);
    expect(out[1]).toMatch(/^A second blast on 15 February wounded (\d+)\.$/);
    expect(out[1]).not.toMatch(/wounded 7\./);
  });
});

// Thirteenth round: the reporter's own wording two texts keep (runs of five words outside
// quotes), which tells a version of one story with one count updated from a report that only
// shares its quotes. Invented texts (the classes were found on real copies; see README,
// "Thirteenth round").
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge, type Comparison } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const compare = (a: string[], b: string[]): Comparison =>
  compareDocuments(tokenize(a.join('\n\n')), tokenize(b.join('\n\n')), th);
const share = (c: Comparison): number => c.phrasesShared / c.phrasesShort;

/** An agency story of a tram that left its rails, at a given count of riders. */
const wire = (riders: number): string[] => [
  `A crowded tram carrying about ${riders} riders left its rails on a bend in the old town of Vessen on Friday evening, killing 4 people and injuring 37, the city's transport authority said.`,
  'Three of the tram’s five cars overturned and came to rest against the front of a bakery, which was closed at the time.',
  'Firefighters used cutting gear to free 9 passengers trapped in the second car, a spokesman for the fire brigade said.',
  'The driver, a 52-year-old man, was taken to hospital with head injuries and has not yet been questioned.',
  '"The tram came round the corner far too fast and simply tipped over," said Marta Hollis, who saw the crash from her balcony.',
  '"There was glass everywhere and people were screaming for help."',
  'The line was reopened in March after a two-year renewal of its tracks and signals that cost 48 million euros.',
  'Investigators from the national rail safety office were expected at the scene on Saturday morning.',
];

describe('an independent report of the same crash', () => {
  // The witness quoted word for word, the facts in sentences of its own.
  const report = [
    'Four people died when a packed tram overturned in Vessen’s old town on Friday, and dozens were hurt.',
    '"The tram came round the corner far too fast and simply tipped over," said Marta Hollis, who saw the crash from her balcony.',
    '"There was glass everywhere and people were screaming for help."',
    'Rescue teams needed two hours to reach the 9 people held inside one of the overturned cars.',
    'Union leaders said drivers had warned the operator about the new timetable, which left them little time at the ends of the line.',
    'The operator declined to comment before the safety office had examined the tram.',
  ];

  it('shares the quote, not the reporter’s wording: its phrases in quotes do not count', () => {
    const c = compare(wire(180), report);
    expect(c.sentencesKept).toBe(2);
    expect(share(c)).toBeLessThan(0.25);
    expect(judge(c).isCopy).toBe(false);
  });
});

describe('a version of one story with one count updated', () => {
  it('keeps its numbers agreeing when the two keep each other’s wording', () => {
    // An earlier version: the first three paragraphs, the riders counted otherwise, and two
    // paragraphs the later version dropped.
    const earlier = [
      ...wire(150).slice(0, 3),
      'Ambulances from Kessel, Orne and Brenna were sent to the old town, the regional health office said.',
      'Trams on the other lines of Vessen kept running through the evening, the Vessen transport authority said.',
      'Mayor Jonas Pelt cut short a visit to Brenna and went to the scene.',
    ];
    const later = wire(180);
    const c = compare(earlier, later);
    expect(c.numbersDisagreeing).toBe(1);
    // Neither its own runs kept nor its sentences followed word by word (the nineteenth round's
    // rewritten version): not a copy.
    expect(judge({ ...c, phrasesShared: 0, wordingKept: 0 })).toMatchObject({ isCopy: false });
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false });
  });

  it('still contradicts a template report of another day, its counts changed throughout', () => {
    const template = (n: number): string[] => [
      `Vessen's transport authority reported ${n} minor incidents on the Kessel and Orne lines on Friday.`,
      `Trams on the Kessel line ran ${n + 11} minutes late on average, the Vessen authority said.`,
      `Inspectors on the Orne line checked ${n * 30} tickets and fined ${n + 4} riders without one.`,
      'The Vessen authority publishes its figures every morning on its website.',
    ];
    const c = compare(template(7), template(12));
    expect(share(c)).toBeGreaterThanOrEqual(0.25);
    expect(c.numbersDisagreeing).toBeGreaterThan(1);
    expect(judge(c)).toMatchObject({ isCopy: false, contradicts: true });
  });
});

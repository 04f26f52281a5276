// A passage of one story inside another version of it: an agency's first take and its later
// version share the scene paragraph (three sentences in a row, kept word for word, a count in
// digits) and little else, under the excerpt rule's third of either text (real set 13: a first
// take against two later versions of an agency's earthquake story). Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string, b: string) => checkPair(tokenize(a), tokenize(b), th);

/** The agency's first take of a landslide (12 killed). */
const firstTake = [
  "LIMA (Wire) - A landslide buried part of a mining town in Peru's southern Andes on Tuesday, killing at least 12 people, officials said.",
  'The slide struck Ocoña district in Arequipa region before dawn after three days of heavy rain, the civil defence institute said.',
  'Regional governor Rohel Sánchez said the army had sent 2 helicopters to carry the injured to hospitals in Arequipa city.',
  'In the village of Alto Molino near the slide, neighbours dug through mud with shovels and their bare hands. Fallen boulders blocked the road to the Ocoña valley for 5 km, cutting the village off from the district capital. Outside the health post, around 8 bodies lay under blankets as relatives waited nearby.',
  '"The hill came down like a river," said Rosa Quispe, whose house was swept away.',
  "Heavy rains linked to a warm Pacific current have caused floods and slides across Peru's south since January.",
  'President Dina Boluarte was due to visit the area on Wednesday, her office said.',
  "The country's worst landslide in recent years killed 24 people in 2022 in the northern region of La Libertad.",
].join('\n');

/** Its later version: another lede and toll, the scene paragraph kept, much of its own. */
const laterVersion = [
  'LIMA (Wire) - Rescuers in southern Peru pulled more bodies from the mud on Wednesday raising the death toll to 30 with dozens of people still missing.',
  'Soldiers and firefighters worked with sniffer dogs through the night under floodlights, the defence ministry said in a statement.',
  'About 400 people have been moved to tents set up on a football pitch on higher ground, the civil defence institute said.',
  'In the village of Alto Molino near the slide, neighbours dug through mud with shovels and their bare hands. Fallen boulders blocked the road to the Ocoña valley for 5 km, cutting the village off from the district capital. Outside the health post, around 8 bodies lay under blankets as relatives waited nearby.',
  'The mining company that runs the nearby pit said none of its workers were among the dead and offered trucks to clear the road.',
  'Geologists warned that more of the hillside could give way if the rain continued into the weekend.',
  'Congress approved an emergency fund of 50 million soles for the region late on Wednesday.',
  '"We have lost everything, even the photographs of our children," said farmer Juan Mamani, 58, standing by the tents.',
  'Engineers from the transport ministry said it could take a week to reopen the highway to Arequipa city, where hospitals were treating 41 injured.',
  'The Roman Catholic archbishop of Arequipa, Javier del Río, held a mass for the victims in the town square on Wednesday evening.',
  'Officials said the search would continue until every missing person had been found.',
].join('\n');

/** Another agency's story of the day: the same scene told in sentences of its own. */
const otherAgency = [
  'AREQUIPA, Peru (Other agency) - Rescuers in southern Peru pulled more bodies from the mud on Wednesday raising the death toll to 30 with dozens of people still missing.',
  'Soldiers and firefighters worked with sniffer dogs through the night under floodlights, the defence ministry said in a statement.',
  'About 400 people have been moved to tents set up on a football pitch on higher ground, the civil defence institute said.',
  'Neighbours in Alto Molino, close to where the hill gave way, used shovels and bare hands to search the mud for survivors. For 5 km the road to the Ocoña valley was blocked by boulders, leaving the district capital out of reach. Relatives waited beside around 8 bodies wrapped in blankets in front of the village health post.',
  'The mining company that runs the nearby pit said none of its workers were among the dead and offered trucks to clear the road.',
  'Geologists warned that more of the hillside could give way if the rain continued into the weekend.',
  'Congress approved an emergency fund of 50 million soles for the region late on Wednesday.',
  '"We have lost everything, even the photographs of our children," said farmer Juan Mamani, 58, standing by the tents.',
  'Engineers from the transport ministry said it could take a week to reopen the highway to Arequipa city, where hospitals were treating 41 injured.',
  'The Roman Catholic archbishop of Arequipa, Javier del Río, held a mass for the victims in the town square on Wednesday evening.',
  'Officials said the search would continue until every missing person had been found.',
].join('\n');

describe('a passage of a story kept in another version of it', () => {
  it('joins, weakly, both ways', () => {
    for (const [a, b] of [
      [firstTake, laterVersion],
      [laterVersion, firstTake],
    ] as const) {
      const { comparison: c, verdict } = check(a, b);
      expect(c.run).toBe(3);
      expect(c.sentencesKept).toBeGreaterThanOrEqual(2);
      // Under the excerpt's third of either text.
      expect(Math.max(c.containment, c.containmentLong)).toBeLessThan(0.34);
      expect(verdict).toMatchObject({ isCopy: true, contradicts: false, weak: true });
    }
  });

  it('keeps apart a report that tells the same scene in words of its own', () => {
    const { comparison: c, verdict } = check(firstTake, otherAgency);
    expect(c.run).toBe(3);
    expect(c.sentencesKept).toBe(0);
    expect(verdict.isCopy).toBe(false);
  });
});

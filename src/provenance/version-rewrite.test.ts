// A rewrite of one story's version: a site rewords a wire story sentence by sentence (keeping
// each sentence's frame, few of its runs of five words) and gives the later toll in one
// sentence. The count changed there read as a template of another day, and the pair stayed
// apart (set 13: a release rewritten with a magnitude of the site's own, an agency's running
// story rewritten at its later toll). Invented texts.
import { describe, expect, it } from 'vitest';
import { checkPair } from './compare.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const check = (a: string, b: string) => checkPair(tokenize(a), tokenize(b), th);

/** An agency's story of a ferry capsized, at its first toll (23). */
const agency = [
  'DHAKA (Wire) - A crowded ferry capsized on the Meghna river south of Dhaka on Sunday, killing at least 23 passengers, and rescuers were searching for dozens more, police said.',
  'The three-deck vessel was carrying about 150 people from the capital to the southern district of Barisal when it was hit by a sudden storm shortly after dawn.',
  '"The ferry turned over within a minute and many people were trapped in the lower deck," survivor Abdul Karim told reporters at the river bank.',
  'Divers from the fire service and the navy pulled 17 bodies from the hull by the afternoon, district administrator Nasima Akter said.',
  'Relatives gathered on the bank, some weeping as the bodies were laid out on plastic sheets under a tent.',
  'The owner of the vessel had been told last year that it was not fit to sail in bad weather, a shipping official said.',
  'Ferry accidents are common in the delta country, where boats are often overloaded and safety rules are rarely enforced.',
  'In 2015, at least 70 people died when a ferry collided with a cargo ship on the Padma river.',
  'The government has formed a committee of 5 members to investigate the accident, the shipping ministry said.',
  'The river police chief said the search would go on through the night with searchlights and 4 boats.',
  'Prime Minister Sheikh Hasina expressed her grief and ordered officials to give each family of the dead 25,000 taka.',
  'Weather officials had warned boat operators on Saturday evening that squalls were likely over the estuary through the weekend.',
  'Bangladesh Inland Water Transport Authority chairman Golam Sadeq said 3 inspectors would be suspended while the inquiry went on.',
  'The United Nations resident coordinator Gwyn Lewis said UNICEF teams were helping the families of 12 missing children in Chandpur and Barisal.',
].join('\n');

/** A site's rewrite of the later version (31 killed), with sentences of its own. */
const rewrite = [
  'Packed ferry overturns near Dhaka',
  'A packed ferry overturned on the Meghna river south of Dhaka on Sunday, killing at least 31 passengers, while rescuers were looking for dozens more, police said.',
  'The three-deck boat was carrying around 150 people from the capital to the southern district of Barisal when a sudden storm struck it shortly after dawn.',
  'Local traders said the river had been rough all week and several smaller boats had stayed in port.',
  'Divers from the fire service and the navy recovered 17 bodies from the hull by the afternoon, district administrator Nasima Akter said.',
  'Families crowded the river bank, many of them in tears, as the dead were placed on plastic sheets beneath a tent.',
  'Hospitals in the nearby town of Chandpur treated dozens of survivors for shock and for water in their lungs.',
  'A teacher who swam ashore said she had lost sight of her two children when the lights went out.',
  'Boat accidents are frequent in the delta nation, where vessels are regularly overloaded and safety rules are seldom enforced.',
  'The government has set up a committee of 5 members to look into the accident, the shipping ministry said.',
  'Opposition leaders blamed the shipping authority for failing to stop old boats from sailing in the storm season.',
  'Witnesses on the bank said the crew had ignored warnings from passengers that the lower deck was already taking on water before departure.',
  "Awami League lawmaker Shafiqur Rahman, who represents the riverside constituency, called for the ferry's owner Mohammad Jalal to be arrested at once.",
  'The Bangladesh Red Crescent Society said its volunteers in Chandpur had handed out 600 blankets and 2 tonnes of rice to survivors.',
].join('\n');

/** Another outlet's report of the same happening, in sentences of its own, at the later toll. */
const report = [
  'Storm sinks ferry in Bangladesh',
  'At least 31 passengers died on Sunday after a storm tipped over a crowded ferry on the Meghna river south of Dhaka, police said, with dozens more feared missing.',
  'According to the shipping ministry, about 150 people from the capital had boarded the three-deck vessel bound for the southern district of Barisal.',
  'District administrator Nasima Akter said 17 bodies had been recovered from the hull by divers of the navy and the fire service by the afternoon.',
  '"We heard screams, then nothing," said fisherman Rafiq Mia, who pulled four survivors into his boat.',
  'The shipping ministry said a committee of 5 members would investigate why the ferry sailed despite the storm warning, the government said.',
  "Overcrowding and poor maintenance are blamed for most of the country's ferry disasters, which kill hundreds of people every year.",
  'Survivors and relatives waited at the Chandpur jetty late into the evening for news of the missing.',
  'Chandpur civil surgeon Dr Mohammad Sakhawat Ullah said 28 of the rescued passengers were being treated at the district hospital, 6 of them in serious condition.',
  'The Bangladesh Meteorological Department said winds of up to 60 km an hour had swept across the estuary in the early hours of Sunday.',
  'Transport Minister Khalid Mahmud Chowdhury visited the jetty in the evening and promised the families that those responsible would be punished.',
  'The vessel, MV Sonar Tori, had been built in 1998 and was last inspected in 2022, according to records of the Department of Shipping.',
].join('\n');

describe('a rewrite of another version of one story', () => {
  it('joins, weakly, though one aligned sentence gives another toll', () => {
    for (const [a, b] of [
      [agency, rewrite],
      [rewrite, agency],
    ] as const) {
      const { comparison: c, verdict } = check(a, b);
      expect(c.numbersDisagreeing).toBe(1);
      // Not the wording a version keeps outside quotes: the reworded sentences share few runs.
      expect(c.phrasesShared).toBeLessThan(0.25 * c.phrasesShort);
      expect(c.wordingKept).toBeGreaterThanOrEqual(0.7);
      expect(verdict).toMatchObject({ isCopy: true, contradicts: false, weak: true });
    }
  });

  it('keeps apart a report of the same happening that tells the facts in its own sentences', () => {
    const { comparison: c, verdict } = check(agency, report);
    expect(c.alignedSentences).toBeGreaterThanOrEqual(4);
    expect(c.numbersDisagreeing).toBe(1);
    expect(c.wordingKept).toBeLessThan(0.6);
    expect(verdict.isCopy).toBe(false);
  });
});

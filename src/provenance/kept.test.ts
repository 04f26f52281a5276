// Sentences kept word for word (eleventh round): a later version of one article that reworded
// most of its sentences but kept four whole, with no counts in digits to anchor it; and two
// retellings of one dispatch that follow its order in words of their own (independent reports).
// And a summary that keeps its original's lede and a few sentences whole, as the generator's
// `digest` makes them. Invented texts (the classes were found on real copies; see README,
// "Eleventh round").
import { describe, expect, it } from 'vitest';
import { compareDocuments, judge } from './compare.js';
import { seededRandom } from '../random.js';
import { digest } from './realistic.js';
import { splitSentences, tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const compare = (a: string, b: string) => compareDocuments(tokenize(a), tokenize(b), th);

/** A broadcaster's story of a mutiny, with no count in digits. */
const first = [
  'Soldiers have appeared on state television in Veloria to say they have removed the government.',
  'They said they had suspended the constitution of Veloria, dissolved its parliament in Dravon and shut the country’s airports.',
  'President Anton Marek has been held by members of his own guard since early on Tuesday.',
  'The foreign minister of Ostland, Clara Weiss, offered the president her government’s "full backing" in a call.',
  'Mr Marek is seen as a key partner of the region’s governments in the fight against smuggling gangs.',
  'In the broadcast on Tuesday night Colonel Ivo Brandt, with several officers behind him, said the army had acted to end "years of neglect".',
  'He also said that all of the country’s ministries had been placed under the command of their senior civil servants until further notice.',
  'Colonel Brandt said that the borders would stay closed and that a night curfew would be enforced in every city of the country.',
  'He said the officers were acting for a body calling itself the Council for the Defence of the Nation.',
];

/** The same broadcaster's later version: most sentences reworded, four kept whole. */
const later = [
  'The officers in Dravon say they acted because of "years of neglect" by the government of Veloria.',
  'Soldiers in the small mountain state of Veloria have announced on television that they have taken power.',
  'They claim to have deposed Veloria’s elected leader and to have put an end to what they call chaos in Dravon.',
  'President Anton Marek has been held by members of his own guard since early on Tuesday.',
  'It was not clear where Mr Marek was being kept or whether he had agreed to step down.',
  'He also said that all of the country’s ministries had been placed under the command of their senior civil servants until further notice.',
  'Colonel Brandt said that the borders would stay closed and that a night curfew would be enforced in every city of the country.',
  'He said the officers were acting for a body calling itself the Council for the Defence of the Nation.',
  'After the broadcast, Clara Weiss of Ostland called for the release of Mr Marek.',
  'Ostland’s neighbours, Riga Vale and Hollin, said they would recall their ambassadors from Dravon.',
  'The African Union’s envoy, Samuel Obi, said he would fly to Dravon on Thursday.',
];

/** A dispatch's lede told twice by two sites, each in words of its own, in the dispatch's order. */
const retellingA = [
  'Soldiers in Veloria have declared on state television that President Anton Marek is no longer in power, hours after his guard detained him, an agency reported.',
  'Reading a statement, Colonel Ivo Brandt said the army had decided to end the government because of insecurity and poor management of the economy.',
  'The foreign minister of Ostland, Clara Weiss, spoke to the detained Mr Marek and offered him the full support of her government, her office said.',
  'The officers in Veloria have also warned foreign powers against any intervention, while saying that the president is being treated well.',
  'Veloria has had four governments since independence, and Mr Marek won the last election with a narrow majority.',
  'Trade with Ostland, its largest partner, has fallen since the border dispute with Hollin began.',
  'Opposition leader Mara Lind called on her supporters in Dravon to stay at home.',
  'The Ostland embassy in Dravon told its citizens to avoid the area around the palace.',
  'Shops in the old town of Dravon stayed shut on Wednesday, residents told the Herald.',
];
const retellingB = [
  'Officers in Veloria have reportedly announced on state television the removal of President Anton Marek from power, after his guard detained him, according to an agency.',
  'In their statement, Colonel Ivo Brandt declared that the army had decided to put an end to the government over the insecurity and bad management of the economy.',
  'Separately, Clara Weiss, the foreign minister of Ostland, said she had spoken to the detained Mr Marek and offered him the full support of her government.',
  'The officers in Veloria also warned foreign powers against intervention and said that the president was being treated well.',
  'Airports across the country were closed, and a curfew was announced for the capital and every large city.',
  'Veloria’s mining exports, mostly to Riga Vale, are the main source of its revenue.',
  'Mr Marek’s party said on social media that the seizure of power was illegal.',
  'Riga Vale’s foreign ministry summoned Veloria’s ambassador to explain the events.',
  'Colonel Brandt trained at a military academy in Ostland, according to his official biography.',
  'Flights from Hollin to Dravon were turned back on Wednesday, the Hollin airport authority said.',
];

describe('sentences kept word for word', () => {
  it('joins a later version that reworded the rest of the article but kept four sentences whole', () => {
    const c = compare(first.join(' '), later.join(' '));
    expect(c.sentencesKept).toBe(4);
    expect(c.digitsShort).toBe(0);
    // Neither the sentence pairing nor the wording of the rewrite rule takes it alone.
    expect(judge({ ...c, sentencesKept: 0 }).isCopy).toBe(false);
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false, weak: true });
  });

  it('keeps apart a text that keeps three sentences of the other whole, and no more', () => {
    const three = later.filter((s) => !s.startsWith('President Anton Marek has been held'));
    const c = compare(first.join(' '), three.join(' '));
    expect(c.sentencesKept).toBe(3);
    expect(judge(c).isCopy).toBe(false);
  });

  it('keeps apart two retellings of one dispatch that follow its order in their own words', () => {
    const c = compare(retellingA.join(' '), retellingB.join(' '));
    expect(c.run).toBeGreaterThanOrEqual(3);
    expect(c.sentencesKept).toBeLessThan(2);
    expect(judge(c).isCopy).toBe(false);
    // The same run with its sentences kept whole is an excerpt.
    const excerpt = [...retellingB.slice(0, 1), ...retellingA.slice(1), ...retellingB.slice(4)];
    const e = compare(retellingA.join(' '), excerpt.join(' '));
    expect(e.sentencesKept).toBeGreaterThanOrEqual(2);
    expect(judge(e).isCopy).toBe(true);
  });
});

/** An agency story of a dam failure, long enough to be summarised. */
const dam = [
  'KORVA (Wire) - A dam burst above the town of Korva on Sunday night after days of rain, sweeping away houses and killing at least 37 people, the regional governor said.',
  'Governor Lena Sorb told reporters that 112 people were still missing and that rescue teams were searching the riverbanks downstream.',
  'The dam, built in 1971 to supply a textile mill, had been listed as unsafe by inspectors two years ago, according to the water agency.',
  'Residents described a wall of brown water that carried cars and livestock through the lower streets within minutes of the breach.',
  'The army sent 400 soldiers and 6 helicopters to the valley, and the railway line to the capital was closed.',
  'Prime Minister Aron Vell cut short a visit abroad and said an inquiry would find who had ignored the warnings.',
  'Weather forecasters expect more heavy rain over the mountains until Wednesday.',
];

describe('a summary that keeps its original’s lede and a few sentences whole', () => {
  const own = [
    'Floods are common in the Tarn valley in autumn, but none has been this deadly since 1988.',
    'Aid groups in Korva asked donors in Norvik and Belo for blankets and drinking water.',
    'The Red Cross said its volunteers from Norvik had set up 3 kitchens near the station.',
    'Officials in Norvik, the nearest city, opened 2 schools to families from Korva and the villages around it, the mayor Ida Renn said.',
  ];
  it('joins as a summary: the lede, two sentences kept whole and its own between them', () => {
    const summary = [dam[0], own[0], dam[2], own[2], dam[5], own[3], own[1]].join(' ');
    const c = compare(summary, dam.join(' '));
    expect(c.ledeKept).toBe(true);
    expect(c.sentencesKept).toBe(3);
    expect(judge({ ...c, ledeKept: false }).isCopy).toBe(false);
    expect(judge(c)).toMatchObject({ isCopy: true, link: 'summary', weak: true });
  });

  it('keeps apart an article that repeats the lede and a background paragraph among its own news', () => {
    const next = [
      dam[0],
      'Rescuers on Monday pulled 9 survivors from a flooded school in the lower town, the fire service said.',
      'Engineers warned that a second dam upstream, at Belo, showed cracks and ordered 2,000 people to leave.',
      'Governor Lena Sorb said the missing now numbered 140 as relatives reported more names overnight.',
      'Schools across the district will stay closed until Friday, the education office said.',
      'Prime Minister Aron Vell visited the town and met families at a shelter set up in a sports hall.',
      dam[2],
      dam[3],
    ].join(' ');
    const c = compare(next, dam.join(' '));
    expect(c.ledeKept).toBe(true);
    expect(c.sentencesKept).toBe(3);
    expect(c.containment).toBeLessThan(0.5);
    expect(judge(c).isCopy).toBe(false);
  });
});

describe('the generator’s digest', () => {
  it('keeps the lede and two or three later sentences whole, in order, with its own between', () => {
    const text = dam.join('\n\n');
    const own = [
      'Floods are common in the Tarn valley in autumn.',
      'Aid groups asked for blankets.',
    ];
    for (let seed = 1; seed <= 5; seed++) {
      const out = digest(text, own, seededRandom(seed));
      const lines = splitSentences(out.split('\n\n')[0]!);
      expect(lines[0]).toBe(dam[0]);
      const kept = lines.filter((l) => dam.includes(l));
      expect(kept.length).toBeGreaterThanOrEqual(3);
      expect(kept.length).toBeLessThanOrEqual(4);
      // In the original's order, and never its second sentence (the lede's continuation).
      const at = kept.map((l) => dam.indexOf(l));
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect(at).not.toContain(1);
      expect(lines.filter((l) => own.includes(l)).length).toBeGreaterThanOrEqual(1);
    }
  });
});

// Acts a report gives as background (prec21): seen in wire and regional reports that set the
// day's news against a war's start, a long campaign or an earlier year. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dbackground', '2024-05-14');

describe('acts given as background', () => {
  it('an act inside a clause opened by "since" is not coded; the news beside it is', () => {
    expect(
      code(
        'The foreign ministers of Serbia and Kosovo met in Brussels on Monday, their first talks since fighting erupted in the north.',
      ),
    ).toContain('CONSULT SRB > XKX');
    expect(
      code(
        'Russian missiles hit Kharkiv on Monday, the heaviest strike on the city since Ukrainian troops recaptured it.',
      ).some((e) => e.startsWith('COERCE') || e.startsWith('ASSAULT UKR')),
    ).toBe(false);
    // "since" before a day or a year is a preposition: the act before it is news.
    expect(code('Russian forces have shelled Kharkiv since Monday.')).toContain(
      'ASSAULT RUS > UKR',
    );
  });

  it('an act in the perfect lasting years is not coded; one lasting days is', () => {
    expect(
      code("Niger's army has fought jihadist insurgents in the west for more than a decade."),
    ).toEqual([]);
    expect(code('Kenyan troops have fought al-Shabaab in Somalia for years.')).toEqual([]);
    expect(code('French troops had been stationed in Chad since 2019.')).toEqual([]);
    // A month of an earlier year lasts as long (precis25); one of the report's year is news.
    expect(
      code(
        'Ethiopian troops have fought al-Shabaab in Somalia since March 2021, the ministry said.',
      ),
    ).toEqual([]);
    expect(
      code('Sudan has been embroiled in a war between the army and the RSF since April 2023.'),
    ).toEqual([]);
    expect(code('Russian forces have shelled Kharkiv since April 2024.')).toContain(
      'ASSAULT RUS > UKR',
    );
    expect(
      code('Sudanese troops have fought the paramilitaries in Omdurman for three days.'),
    ).not.toEqual([]);
  });

  it('a term of years is a punishment, not a background', () => {
    expect(
      code('Thailand banned the opposition leader from politics for ten years on Wednesday.'),
    ).not.toEqual([]);
  });

  it('an act in a relative clause dated to an earlier year than the report is not coded', () => {
    expect(code('Kyiv wants back the peninsula, which Russia annexed in 2014.')).toEqual([]);
    // An act the sentence narrates keeps its own date; so does a year that is the report's.
    expect(code('In March 2019, Israeli jets struck targets near Damascus.')).toContain(
      'ASSAULT ISR > SYR',
    );
    expect(
      code('Kyiv wants back the towns that Russian troops seized in 2024.').some((e) =>
        e.startsWith('COERCE RUS'),
      ),
    ).toBe(true);
    expect(code('The Houthis vowed in December 2023 to attack ships bound for Israel.')).toContain(
      'THREATEN YEM > ISR',
    );
  });
});

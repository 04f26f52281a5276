// Other senses of act verbs and result clauses (fifteenth round, precision): each class seen in
// the false alarms of two or more check sets and in stored wire news. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';
import { loadPatterns } from './patterns.js';
import { accidentResult, findTriggers, resultParticiple } from './triggers.js';
import { analyse } from '../nlp/analyse.js';

const tokenize = (text: string) => analyse(text)[0]!.tokens;
const code = sentenceCoder('dsense', '2024-03-12');

describe('other senses of act verbs (role "sense")', () => {
  it('"hit back at / by" is a retort, not an attack; the means that follow code on their own', () => {
    expect(code('Beijing hit back at Washington on Friday over the visa curbs.')).toEqual([]);
    expect(
      code('Moscow hit back by summoning the Dutch ambassador on Thursday.').some((a) =>
        a.startsWith('ASSAULT'),
      ),
    ).toBe(false);
    // Retaliation by force, or promised, is still coded.
    expect(code('Israel hit back with air strikes on Gaza on Sunday.')).toContain(
      'ASSAULT ISR > PSE',
    );
    expect(code('Tehran would hit back within minutes at any Israeli raid.')).toContain(
      'THREATEN IRN > ISR',
    );
    expect(code('Russian missiles hit Kharkiv on Monday.')).toContain('ASSAULT RUS > UKR');
  });

  it('a level reached ("hit a record low", "hit 40 percent") is no strike', () => {
    expect(code('The Turkish lira hit a record low against the dollar on Tuesday.')).toEqual([]);
    expect(code('Inflation in Egypt hit 35 percent in February.')).toEqual([]);
  });

  it('a charm or diplomatic offensive is no armed one', () => {
    expect(code('Iran launched a charm offensive in the Gulf on Monday.')).toEqual([]);
    expect(code('Serbia began a diplomatic offensive across Africa last year.')).toEqual([]);
    expect(code('Ukraine launched a counteroffensive near Kherson on Monday.')).toContain(
      'ASSAULT UKR > UKR',
    );
  });

  it('meeting a condition, target or deadline is no meeting', () => {
    expect(code('Ghana must meet the conditions set by the IMF for its loan.')).toEqual([]);
    expect(code('Kenya failed to meet the deadline for the troop deployment.')).toEqual([]);
    expect(code("Kenya's president met Ethiopia's prime minister in Nairobi on Monday.")).toContain(
      'CONSULT KEN > ETH',
    );
  });
});

describe('deaths told after an accident or a disaster', () => {
  it('", killing ..." after a crash, a capsizing or a storm is inflicted by no one', () => {
    expect(
      code('A military transport plane crashed near Bamako on Friday, killing all 14 on board.'),
    ).toEqual([]);
    expect(
      code('A migrant boat capsized off the Libyan coast on Sunday, killing at least 60 people.'),
    ).toEqual([]);
    expect(
      code(
        'Cyclone Freddy struck the coast of Malawi on Monday, flattening villages and cutting power to Blantyre.',
      ),
    ).toEqual([]);
  });

  it('the same clause after a strike or a bombing is still an attack', () => {
    expect(code('Russian drones struck Odesa on Monday, killing four people.')).toContain(
      'ASSAULT RUS > UKR',
    );
  });

  it('accidentResult reads the finite verb or the hazard before the comma', () => {
    const at = (text: string) => {
      const tokens = tokenize(text);
      return accidentResult(
        tokens,
        tokens.findIndex((t) => t.lower === 'killing'),
      );
    };
    expect(at('A ferry sank off Sumatra, killing 12.')).toBe(true);
    expect(at('An earthquake struck the south, killing 300.')).toBe(true);
    expect(at('Gunmen stormed the hotel, killing 12.')).toBe(false);
  });
});

describe('result participles (pattern option result: false)', () => {
  it('", allowing X to ..." after a finite verb tells a result, not a concession', () => {
    expect(
      code(
        'Armenia and Georgia reopened a mountain crossing on Friday, allowing traders to pass for the first time in years.',
      ).some((a) => a.startsWith('CONCEDE')),
    ).toBe(false);
    // A permission that is the sentence's act stays one.
    expect(code('Uzbekistan allowed opposition parties to register on Monday.')).toContain(
      'CONCEDE UZB > UZB',
    );
  });

  it('resultParticiple needs a comma and a finite verb before it', () => {
    const at = (text: string, word: string) => {
      const tokens = tokenize(text);
      return resultParticiple(
        tokens,
        tokens.findIndex((t) => t.lower === word),
      );
    };
    expect(at('They reopened the road, allowing buses to pass.', 'allowing')).toBe(true);
    expect(at('Allowing buses to pass, they reopened the road.', 'allowing')).toBe(false);
    expect(at('They accused Kabul of allowing the raid.', 'allowing')).toBe(false);
  });

  it('a sense pattern keeps the act pattern off its words in findTriggers', () => {
    const index = loadPatterns([]);
    const ids = findTriggers(tokenize('China hit back at Japan.'), index).map((m) => m.pattern.id);
    expect(ids).toEqual(['sense.hit-back']);
  });
});

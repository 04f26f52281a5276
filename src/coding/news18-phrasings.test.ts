// Acts whose trigger was never found in the eighteenth round's real-news sample (trig18): one
// class of phrasing each, recurring in reports of several crises. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('trig18', '2024-03-05');

describe('cooperation boosted, bolstered or reinforced', () => {
  it('codes ties or cooperation boosted with a partner as cooperation', () => {
    expect(code('Vietnam boosted defence ties with Australia on Tuesday.')).toContain(
      'COOPERATE VNM > AUS',
    );
    expect(code('Seoul has bolstered security cooperation with Washington.')).toContain(
      'COOPERATE KOR > USA',
    );
  });

  it('needs cooperation or ties: a budget boosted is no act', () => {
    const events = code('Vietnam boosted its defence budget on Tuesday.');
    expect(events.filter((e) => e.startsWith('COOPERATE'))).toEqual([]);
  });
});

describe('protests led or organised', () => {
  it('codes a march or rally led or organised by a crowd as a protest', () => {
    expect(
      code("Opposition activists led a march through Tbilisi against the government's new law."),
    ).toContain('PROTEST GEO > GEO');
    expect(code("Teachers' unions organised a rally outside parliament in Nairobi.")).toContain(
      'PROTEST KEN > KEN',
    );
  });

  it('leaves a delegation led somewhere alone', () => {
    expect(code('The Egyptian army chief led a delegation to Khartoum.')).not.toContain(
      'PROTEST EGY > SDN',
    );
  });
});

describe('warnings given as a caution', () => {
  it('codes a state cautioning another against an act as a threat, like a warning', () => {
    expect(
      code('Azerbaijan cautioned Armenia against any provocation along the border.'),
    ).toContain('THREATEN AZE > ARM');
  });

  it('codes nothing for a caution aimed at no one', () => {
    expect(code('The Azerbaijani minister cautioned that talks could take months.')).toEqual([]);
  });
});

describe('a deadline given to act', () => {
  it('codes days, weeks or months given to someone to restore, release or cede as an ultimatum', () => {
    expect(
      code(
        'The African Union gave the military rulers of Gabon two weeks to restore civilian rule.',
      ),
    ).toContain('THREATEN AU > GAB');
  });

  it('codes a month given to leave as an expulsion, as hours or days were', () => {
    expect(code('The junta in Niamey gave the French ambassador one month to leave.')).toEqual([
      'SANCTION NER > FRA',
    ]);
  });

  it('needs a demanded act: a deadline to reply or to comment is procedure, no ultimatum', () => {
    const events = code("Nigeria's court gave Niger's junta a month to reply.");
    expect(events.filter((e) => e.startsWith('THREATEN'))).toEqual([]);
  });

  it('codes nothing for a deadline between no parties', () => {
    expect(code('The committee gave the ministry two weeks to reply.')).toEqual([]);
  });
});

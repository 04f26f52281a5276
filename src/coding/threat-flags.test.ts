// Flags of acts made by being said: a threat uttered (its "if" and "would" belong to the act it
// threatens: test/gold/README.md, "Conditional"), a readiness stated, an act judged.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
/** The distinct flag pairs of the sentence's mentions of `type` (one pair per target otherwise). */
const flagsOf = (text: string, type: string) =>
  [
    ...new Set(
      coder
        .code({ id: 'dthreat', text, published: '2020-03-02' })
        .mentions.filter((m) => m.type === type)
        .map((m) => JSON.stringify({ conditional: m.conditional, future: m.future })),
    ),
  ].map((f) => JSON.parse(f) as { conditional: boolean; future: boolean });

describe('threat flags', () => {
  it('codes a threat uttered with "would ... if" as made, neither conditional nor future', () => {
    expect(
      flagsOf(
        "Chad's defence minister warned that his army would strike rebel camps in Libya if the raids continued.",
        'THREATEN',
      ),
    ).toEqual([{ conditional: false, future: false }]);
    expect(
      flagsOf(
        "Venezuela's defence minister said on Sunday that its air force would shoot down any Colombian aircraft entering its airspace.",
        'THREATEN',
      ),
    ).toEqual([{ conditional: false, future: false }]);
  });

  it('keeps "only if" conditional: a promise of restraint, not a threat made', () => {
    expect(
      flagsOf(
        "Azerbaijan's defence ministry said its forces would strike Armenian positions only if they were attacked.",
        'THREATEN',
      ),
    ).toEqual([{ conditional: true, future: true }]);
  });

  it('does not read "on condition of anonymity" as a condition on the act', () => {
    const mobilised = coder
      .code({
        id: 'danon',
        published: '2020-11-10',
        text: 'Ethiopian troops were deployed to the border with Sudan last week, according to officials who spoke on condition of anonymity.',
      })
      .mentions.filter((m) => m.type === 'MOBILIZE');
    expect(mobilised.length).toBeGreaterThan(0);
    expect(mobilised.every((m) => !m.conditional)).toBe(true);
  });

  it('codes a readiness stated now as an AGREE made, not one to come', () => {
    const agree = coder
      .code({
        id: 'dready',
        published: '2021-06-01',
        text: 'The Kenyan president said he was ready to meet the Ethiopian prime minister at any time.',
      })
      .mentions.filter((m) => m.type === 'AGREE');
    expect(agree.length).toBeGreaterThan(0);
    expect(agree.every((m) => !m.future)).toBe(true);
  });

  it('takes an act judged "for" as known, an act blamed "for" as alleged', () => {
    const acts = (text: string) =>
      coder
        .code({ id: 'dfor', published: '2021-06-01', text })
        .mentions.filter((m) => m.type !== 'ACCUSE')
        .map((m) => `${m.source.root} ${m.type} ${m.claimed ? 'claimed' : 'asserted'}`);
    expect(
      acts(
        "Kenya's foreign minister condemned the Ugandan police for detaining two Kenyan reporters.",
      ),
    ).toEqual(['UGA COERCE asserted']);
    expect(
      acts(
        "Kenya's foreign minister blamed the Ugandan police for detaining two Kenyan reporters.",
      ),
    ).toEqual(['UGA COERCE claimed']);
  });
});

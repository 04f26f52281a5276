// A reaction told in an appositive after the act it answers (fourteenth round: acts let go and
// their targets). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'dreact', text, published: '2024-03-02' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`)
    .sort();

describe('a reaction in an appositive', () => {
  it('is an act of its subject on the one whose act it takes up', () => {
    expect(
      code(
        'The African Union suspended Mali on Monday, a decision Mali’s junta rejected hours later.',
      ),
    ).toContain('REJECT MLI > AU');
    expect(
      code(
        'Chile expelled two Peruvian diplomats on Monday, a step the head of the Peruvian foreign ministry condemned as unjustified.',
      ),
    ).toContain('ACCUSE PER > CHL');
  });

  it('takes the subject of a domestic story’s opposition as that country’s', () => {
    expect(
      code(
        'Zambia’s president withdrew the draft law on Saturday, a move opposition leaders welcomed.',
      ),
    ).toContain('SUPPORT ZMB > ZMB');
  });

  it('is no request when it calls the act a name', () => {
    expect(
      code(
        'Japan tightened controls on exports to Vietnam on Thursday, a move Hanoi called economic retaliation.',
      ),
    ).not.toContain('REQUEST VNM > JPN');
  });
  it('reads over the auxiliaries and adverbs of its verb', () => {
    expect(
      code(
        'Moldova’s parliament voted on Monday to leave the customs union, a move the Kremlin had denounced as hostile.',
      ),
    ).toContain('ACCUSE RUS > MDA');
    expect(
      code(
        'Serbia ordered its troops to pull back from the boundary line, an offer that Pristina promptly dismissed as a trick.',
      ),
    ).toContain('REJECT XKX > SRB');
  });

  it('is a request when its "for" is left at the end, asking for the act it takes up', () => {
    expect(
      code(
        'Egypt opened the Rafah crossing to aid convoys on Sunday, a step the United Nations had been pressing for since October.',
      ),
    ).toContain('REQUEST UN > EGY');
  });

  it('may follow "in" as the manner of the act, or be told by "in what"', () => {
    expect(
      code(
        'Belarus released twelve Lithuanian truck drivers on Friday in a gesture Lithuania’s president thanked him for.',
      ),
    ).toContain('SUPPORT LTU > BLR');
    expect(
      code('Syrian jets bombed a market in Idlib on Monday, in what Turkey called a war crime.'),
    ).toContain('ACCUSE TUR > SYR');
  });

  it('is no reaction when the act noun follows no comma nor "in"', () => {
    expect(
      code(
        'Greece closed its border on Monday after a deal the Turkish minister had denounced collapsed.',
      ),
    ).not.toContain('ACCUSE TUR > GRC');
  });
});

describe('the act an appositive answers', () => {
  it('ends where the appositive opens: its subject is none of the act’s parties', () => {
    // The answer codes nothing (a denial), so nothing else keeps its subject out of the act.
    expect(
      code(
        'Kabul said Pakistani jets had bombed three villages in Khost, a charge Islamabad denied.',
      ),
    ).toContain('ASSAULT PAK > AFG');
    expect(
      code(
        'Kabul said Pakistani jets had bombed three villages in Khost, a charge Islamabad denied.',
      ),
    ).not.toContain('ASSAULT PAK > PAK');
    // The answer is an act of its own, and still no party to the one it answers.
    expect(
      code(
        'Armenian troops shelled two villages in Tovuz, an allegation the Armenian defence ministry rejected.',
      ),
    ).not.toContain('ASSAULT ARM > ARM');
  });

  it('leaves an act with no appositive after it as it was', () => {
    expect(code('Pakistani jets bombed three villages in Khost, Afghanistan said.')).toContain(
      'ASSAULT PAK > AFG',
    );
  });
});

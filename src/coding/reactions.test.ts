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
});

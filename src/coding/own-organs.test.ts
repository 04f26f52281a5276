// A state's organ named by its sector alone ("the army chief", "the speaker", "security
// forces") in a sentence that names one country only is that country's (fourteenth round:
// triggers let go for want of a doer). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'dorgan', text, published: '2024-03-02' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`)
    .sort();

describe('an organ of the one country its sentence names', () => {
  it('gives an office named alone the sentence’s country', () => {
    expect(
      code(
        'Protesters blocked the main highways into Lima on Monday, and the army chief urged the prime minister to resign.',
      ),
    ).toContain('REQUEST PER > PER');
  });

  it('gives forces that arrest or impose a curfew at home the sentence’s country', () => {
    expect(
      code(
        'Tajikistan’s president dissolved parliament, and the army declared a nationwide curfew.',
      ),
    ).toContain('COERCE TJK > TJK');
  });

  it('leaves them unplaced when the sentence names no country or several', () => {
    expect(code('The army chief urged the prime minister to resign.')).toEqual([]);
    expect(
      code(
        'Uganda and Kenya signed a deal, and the army chief urged the prime minister to resign.',
      ),
    ).not.toContain('REQUEST UGA > UGA');
  });

  it('does not make unnamed forces that strike the country they strike', () => {
    expect(code('Jets struck Syrian army positions overnight.')).toEqual([]);
  });

  it('gives the police the one country for acts of force too (sixteenth round)', () => {
    expect(
      code(
        "Students occupied Chile's education ministry on Tuesday, and police fired tear gas to clear the building.",
      ),
    ).toContainEqual(expect.stringMatching(/^ASSAULT CHL >/));
  });

  it('still leaves unnamed soldiers striking the one country named without it', () => {
    expect(
      code("Crowds gathered outside Chile's education ministry, and soldiers fired on the crowd."),
    ).not.toContainEqual(expect.stringMatching(/^ASSAULT CHL >/));
  });
});

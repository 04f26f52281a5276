// Hand-kept corrections to imported PETRARCH2 patterns (data/patterns/imported-overrides.jsonl),
// checked through the whole coder. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'doverride', text, published: '2024-05-02' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);

describe('imported-pattern overrides', () => {
  it('codes an ultimatum of hours given to do something, and not hours that merely pass', () => {
    expect(code('Serbia gave Kosovo 24 hours to remove its police from the north.')).toContain(
      'THREATEN SRB > XKX',
    );
    expect(
      code('Two Malian soldiers who had fled gave themselves up to Senegal hours later.').some(
        (e) => e.startsWith('THREATEN'),
      ),
    ).toBe(false);
  });

  it("codes no act toward another for a state's own lawmaking", () => {
    expect(code('The Kazakh president signed a law on Thursday ending the death penalty.')).toEqual(
      [],
    );
    expect(
      code('Lawmakers in Kyrgyzstan gave final approval to a bill on foreign agents.'),
    ).toEqual([]);
  });

  it('codes a deal announced as an agreement with its parties', () => {
    expect(
      code('Turkey announced a deal with Ukraine and Russia on Wednesday to resume grain exports.'),
    ).toEqual(expect.arrayContaining(['AGREE TUR > UKR', 'AGREE TUR > RUS']));
  });

  it('codes no accusation for people described as suspects', () => {
    expect(
      code('Spain extradited three men suspected of organising attacks in Paris to France.'),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^ACCUSE/)]));
  });
});

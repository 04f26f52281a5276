// A gerund after "took the step of" or "made the decision of" is the act the subject did
// (chosen-acts.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'dchosen', text, published: '2024-03-12' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);

describe('an act told as a course chosen', () => {
  it('the step taken of expelling is an expulsion by the one who took it', () => {
    expect(
      code(
        "The Canadian foreign ministry took the dramatic step of expelling the Libyan charge d'affaires.",
      ),
    ).toContain('SANCTION CAN > LBY');
    expect(code('Kenya took the unusual step of expelling three Somali diplomats.')).toContain(
      'SANCTION KEN > SOM',
    );
  });

  it('a decision made or announced of expelling is the expulsion', () => {
    expect(code('Norway made the decision of expelling two Russian diplomats.')).toContain(
      'SANCTION NOR > RUS',
    );
  });

  it('a gerund after "of" under any other noun or verb names no act done', () => {
    expect(
      code('Kenyan lawmakers questioned the wisdom of expelling three Somali diplomats.'),
    ).toEqual([]);
    expect(code('Kenya considered the option of expelling three Somali diplomats.')).toEqual([]);
  });
});

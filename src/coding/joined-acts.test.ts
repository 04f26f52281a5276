// Acts named by a noun that a side takes up by a verb of joining (joined-acts.ts). Invented
// sentences of the class, and near misses whose joined object is no act of the joiner's.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('joined24', '2024-05-01');

describe('sanctions joined by the subject', () => {
  it('codes the joiner as doer and the one named after "on"/"against" as target', () => {
    expect(code("Australia joined Britain's sanctions on Iran.")).toEqual(['SANCTION AUS > IRN']);
    expect(code('Norway joined the EU sanctions against Belarus on Friday.')).toEqual([
      'SANCTION NOR > BLR',
    ]);
  });

  it('keeps the negation of the joining verb', () => {
    const { mentions } = createCoder().code({
      id: 'joined24',
      text: 'Mexico will not join Western sanctions against Cuba.',
      published: '2024-05-01',
    });
    expect(mentions.map((m) => [m.type, m.source.root, m.target.root, m.negated])).toEqual([
      ['SANCTION', 'MEX', 'CUB', true],
    ]);
  });
});

describe('traps: what is joined is not the act', () => {
  it('codes no sanction for joined calls, a debate, or sanctions with no one named', () => {
    expect(code('Norway joined calls for sanctions on Israel.')).not.toContainEqual(
      expect.stringMatching(/^SANCTION/),
    );
    expect(code('Kenya joined the sanctions debate with Uganda.')).toEqual([]);
    expect(code('Turkey said it would not join the sanctions.')).toEqual([]);
  });
});

// "Agreed on" new sanctions: a decision to sanction, as "agreed new sanctions" is (issue 15).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const coded = (text: string) =>
  coder.code({ id: 'dagreed', text, published: '2021-11-15' }).mentions.map((m) => ({
    source: m.source.root,
    type: m.type,
    target: m.target.root,
    negated: m.negated,
  }));

describe('sanctions agreed on', () => {
  it('codes new sanctions or a package of them agreed on as a sanction', () => {
    expect(coded('EU ministers agreed on fresh sanctions on Belarus.')).toEqual([
      { source: 'EU', type: 'SANCTION', target: 'BLR', negated: false },
    ]);
    expect(
      coded('EU leaders agreed on a seventh package of sanctions targeting Russian gold.'),
    ).toEqual([{ source: 'EU', type: 'SANCTION', target: 'RUS', negated: false }]);
  });

  it('keeps a failure to agree negated, and agreement on anything else an agreement', () => {
    expect(coded('EU ministers failed to agree on sanctions on Belarus.')).toEqual([
      { source: 'EU', type: 'SANCTION', target: 'BLR', negated: true },
    ]);
    expect(coded('EU ministers agreed on the need for sanctions on Belarus.')[0]?.type).toBe(
      'AGREE',
    );
  });
});

// A doer's later act with no one named follows up its earlier act of the same leaning against
// that act's target ("accused China ... and vowed to respond"), where it was let go as untied;
// another doer's act, or one of the other leaning, is not. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import type { TriggerDrop } from './types.js';

const drops: TriggerDrop[] = [];
const coder = createCoder({ onDrop: (d) => drops.push(d) });
const code = (text: string): string[] => {
  drops.length = 0;
  return coder
    .code({ id: 'dfollow', text, published: '2024-08-02' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);
};

describe('acts that follow up an earlier act of their doer', () => {
  it('aims a vow to respond at the one its doer accused', () => {
    expect(
      code(
        'Japan accused China of harassing its fishing boats near the islands and vowed to respond.',
      ),
    ).toEqual(['ACCUSE JPN > CHN', 'THREATEN JPN > CHN']);
  });

  it('aims a reserved right at the one a protest was lodged with', () => {
    expect(
      code(
        'Beijing lodged a protest with the Japanese embassy, warning that China reserved the right to respond.',
      ),
    ).toContain('THREATEN CHN > JPN');
  });

  it('gives no target from another doer’s act', () => {
    const out = code(
      'Japan accused China of harassing its fishing boats near the islands, and Manila vowed to respond.',
    );
    expect(out).toEqual(['ACCUSE JPN > CHN']);
    expect(drops.map((d) => `${d.type} ${d.reason}`)).toContain('THREATEN untied');
  });

  it('gives no target across the leanings', () => {
    expect(
      code(
        'Japan accused China of harassing its fishing boats near the islands and sent rescue teams.',
      ),
    ).toEqual(['ACCUSE JPN > CHN']);
    expect(drops.map((d) => `${d.type} ${d.reason}`)).toContain('AID untied');
  });
});

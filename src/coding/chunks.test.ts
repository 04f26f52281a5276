// A long document is coded in chunks of sentences while the store takes them: the chunks must
// hold exactly what coding it whole gives, whatever the cut, including a count that a later
// "previous period" figure completes.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const report = [
  'KYIV, Feb. 19 (Wire) - Russian forces shelled the village of Stanytsia on Saturday, officials said.',
  'In Donetsk region, the mission recorded 189 ceasefire violations, including 128 explosions.',
  'In the previous reporting period, it recorded 24 ceasefire violations in the region.',
  "Ukraine's foreign minister accused Russia of breaking the ceasefire.",
  'In Luhansk region, the mission recorded 402 ceasefire violations, including 188 explosions.',
  'Lavrov spoke with Blinken by telephone on Friday.',
  'In the previous reporting period, it recorded 129 ceasefire violations in the region.',
].join(' ');

describe('coding in chunks', () => {
  const coder = createCoder();
  const doc = { id: 'dlong', text: `${report}\n\n${report}`, published: '2022-02-19' };
  const whole = coder.code(doc);

  it('gives what coding the document whole gives, whatever the chunk size', () => {
    expect(whole.mentions.length).toBeGreaterThan(4);
    for (const size of [1, 2, 3, 5]) {
      const chunks = [...coder.chunks!(doc, size)];
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.flatMap((c) => c.sentences)).toEqual(whole.sentences);
      expect(chunks.flatMap((c) => c.mentions)).toEqual(whole.mentions);
      expect(chunks.flatMap((c) => c.quotes)).toEqual(whole.quotes);
    }
  });

  it('hands a count over only once the previous period has joined it', () => {
    const counts = [...coder.chunks!(doc, 1)]
      .flatMap((c) => c.mentions)
      .filter((m) => m.pattern === 'assault.counted');
    expect(counts.map((m) => m.quantities.map((q) => q.count))).toEqual([
      [189, 128, 24],
      [402, 188, 129],
      [189, 128, 24],
      [402, 188, 129],
    ]);
  });
});

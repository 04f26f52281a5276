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

  /** Each monitoring count the coder made of `doc`, as "count region period" rows. */
  const countRows = (doc: { id: string; published: string; text: string }) =>
    coder
      .code(doc)
      .mentions.filter((m) => m.pattern === 'assault.counted')
      .map((m) => m.quantities.map((q) => `${q.count} ${q.region} ${q.period}`));

  it("keeps a weekend report's two regions apart, each with its previous range", () => {
    // The latest period is a range here too: only a range ending before it joins a count.
    const weekend = {
      id: 'dweekend',
      published: '2022-02-21',
      text: [
        'In Donetsk region, between the evenings of 18 and 20 February, the SMM recorded 2,158 ceasefire violations, including 1,100 explosions.',
        'Between the evenings of 17 and 18 February, it recorded 222 ceasefire violations in the region.',
        '',
        'In Luhansk region, between the evenings of 18 and 20 February, the Mission recorded 1,073 ceasefire violations, including 938 explosions.',
        'Between the evenings of 17 and 18 February, it recorded 648 ceasefire violations in the region.',
      ].join('\n'),
    };
    expect(countRows(weekend)).toEqual([
      [
        '2158 Donetsk 2022-02-18/2022-02-20',
        '1100 Donetsk 2022-02-18/2022-02-20',
        '222 Donetsk 2022-02-17/2022-02-18',
      ],
      [
        '1073 Luhansk 2022-02-18/2022-02-20',
        '938 Luhansk 2022-02-18/2022-02-20',
        '648 Luhansk 2022-02-17/2022-02-18',
      ],
    ]);
  });

  it('counts "in both regions" for the two regions named before it', () => {
    const doc = {
      id: 'dboth',
      published: '2020-08-14',
      text: [
        'The SMM recorded 36 ceasefire violations in Donetsk region and 34 in Luhansk region.',
        'In the previous reporting period, the Mission recorded no ceasefire violations in both regions.',
      ].join(' '),
    };
    expect(countRows(doc)).toEqual([
      ['36 Donetsk current', '34 Luhansk current', '0 Donetsk previous', '0 Luhansk previous'],
    ]);
  });
});

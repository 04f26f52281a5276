import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.js';
import { halfOf, splitHalves } from './halves.js';
import { formatHalves, scoreHalves } from './cli.js';
import { predicted } from './fixtures.js';

const ids = Array.from({ length: 200 }, (_, i) => `G-${i}`);
const gold = parseGold(
  ids
    .map((id) =>
      JSON.stringify({
        id,
        date: null,
        text: 'Ruritania met Borduria.',
        events: [{ source: 'RUR', target: 'BOR', type: 'CONSULT' }],
      }),
    )
    .join('\n'),
  'gold.jsonl',
);

describe('dev halves', () => {
  it('puts every id in exactly one half, by the id alone', () => {
    const { A, B } = splitHalves(gold);
    expect(A.length + B.length).toBe(gold.length);
    expect(new Set([...A, ...B].map((g) => g.id)).size).toBe(gold.length);
    // Roughly even, and the same answer whatever else is in the file.
    expect(A.length).toBeGreaterThan(70);
    expect(B.length).toBeGreaterThan(70);
    expect(splitHalves(gold.slice(0, 10)).A.map((g) => g.id)).toEqual(
      A.filter((g) => ids.slice(0, 10).includes(g.id)).map((g) => g.id),
    );
    expect(halfOf('G-1')).toBe(halfOf('G-1'));
  });

  it('scores each half on its own and prints the gap', () => {
    const { A } = splitHalves(gold);
    const aIds = new Set(A.map((g) => g.id));
    // Right on half A only.
    const predictions = new Map(
      gold.map((g) => [g.id, aIds.has(g.id) ? [predicted('RUR', 'BOR', 'CONSULT')] : []]),
    );
    const halves = scoreHalves(gold, predictions);
    expect(halves.A.f1).toBe(1);
    expect(halves.B.f1).toBe(0);
    expect(formatHalves(halves)).toMatch(/F1 gap between the halves\s+100\.0/);
  });
});

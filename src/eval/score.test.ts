import { describe, expect, it } from 'vitest';
import { parseGold, GoldFileError } from './gold.js';
import { predicted } from './fixtures.js';
import { score } from './score.js';

const gold = parseGold(
  [
    '{"id":"a","date":null,"text":"A met B.","events":[{"source":"RUS","target":"USA","type":"CONSULT","negated":false,"source_sector":"GOV"}]}',
    '{"id":"b","date":null,"text":"A and B agreed.","events":[{"source":"USA","target":"JOR","type":"AGREE","negated":false,"symmetric":true}]}',
    '{"id":"c","date":null,"text":"A resigned.","events":[{"source":"KGZ","target":"","type":"RETREAT","negated":false}]}',
    '{"id":"d","date":null,"text":"Nothing.","events":[]}',
    '{"id":"e","date":null,"text":"Two the same.","events":[{"source":"RUS","target":"UKR","type":"ASSAULT","negated":true}]}',
  ].join('\n'),
  'gold.jsonl',
);

describe('score', () => {
  it('matches root source, root target and type; counts leftovers', () => {
    const s = score(
      gold,
      new Map([
        ['a', [predicted('RUS', 'USA', 'CONSULT', { source_sector: 'GOV' })]],
        ['b', [predicted('JOR', 'USA', 'AGREE')]], // symmetric: either direction
        ['c', [predicted('KGZ', 'UN', 'RETREAT')]], // gold target "" matches any target
        ['d', [predicted('FRA', 'DEU', 'SUPPORT')]], // false positive
        ['e', [predicted('RUS', 'UKR', 'ASSAULT'), predicted('RUS', 'UKR', 'ASSAULT')]], // one-to-one
      ]),
    );
    expect(s).toMatchObject({ tp: 4, fp: 2, fn: 0 });
    expect(s.precision).toBeCloseTo(4 / 6);
    expect(s.recall).toBe(1);
    expect(s.sector_accuracy).toBe(1);
    expect(s.negation_accuracy).toBe(3 / 4); // e is negated in gold, not in the prediction
    expect(s.per_type.SUPPORT).toMatchObject({ tp: 0, fp: 1, support: 0 });
    expect(s.errors.filter((e) => e.kind === 'false_positive').map((e) => e.id)).toEqual([
      'd',
      'e',
    ]);
    // A match with a flag the gold states wrong is listed with that flag.
    expect(s.errors.filter((e) => e.kind === 'wrong_flags')).toMatchObject([
      { id: 'e', flags: ['negated: true'] },
    ]);
  });

  it('does not match a wrong direction unless the gold is symmetric', () => {
    const s = score(gold.slice(0, 1), new Map([['a', [predicted('USA', 'RUS', 'CONSULT')]]]));
    expect(s).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts the misses by cause, and the reasons of those whose trigger was let go', () => {
    const s = score(
      gold.slice(0, 1).concat(gold.slice(4, 5)),
      new Map([['a', [predicted('RUS', 'GBR', 'CONSULT')]]]),
      new Map([['e', [{ type: 'ASSAULT', reason: 'no_doer' as const }]]]),
    );
    expect(s.causes).toMatchObject({ wrong_target: 1, dropped: 1, no_trigger: 0 });
    expect(s.drop_reasons).toEqual({ no_doer: 1 });
    expect(s.errors.find((e) => e.id === 'e')).toMatchObject({ dropped: ['no_doer'] });
  });

  it('names file, line and field for bad gold lines', () => {
    expect(() =>
      parseGold(
        '{"id":"x","text":"t","events":[{"source":"A","target":"B","type":"HUG"}]}',
        'g.jsonl',
      ),
    ).toThrow(/g\.jsonl:1: field "events\.0\.type"/);
    expect(() => parseGold('{oops', 'g.jsonl')).toThrow(GoldFileError);
  });
});

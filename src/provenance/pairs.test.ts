// Labelled pairs linked alone (the outside check's reading), on invented documents.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPairsFile } from './pairs-cli.js';
import { groupOriginals, linkPairs, publicationOrder, type PairDocument } from './pairs.js';
import { storeSet } from './set-store.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-pairs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const story = [
  'HARARE (Wire) - Floods swept through three districts of eastern Zimbabwe on Sunday, killing at least 23 people and leaving 4,000 homeless, civil protection officials said.',
  'The Odzi river burst its banks after 180 mm of rain fell in 36 hours, district official Tendai Moyo told reporters in Mutare.',
  '"We are still searching for 11 people who were swept away," Moyo said.',
  'The army sent 2 helicopters and 40 soldiers to rescue families stranded on rooftops.',
  'The floods were the worst in the region since 2019, when Cyclone Idai killed more than 600 people.',
];
const doc = (
  name: string,
  text: string,
  group: string | null,
  published = '2024-03-10',
): PairDocument => ({ name, text, source: name, published, group });

const floods = (): PairDocument[] => [
  doc('wire', story.join(' '), 'floods'),
  // An edit of the next day: the quote dropped, a line of its own added.
  doc(
    'edit',
    [story[0], story[1], story[3], story[4], 'Donors pledged help on Monday.'].join(' '),
    'floods',
    '2024-03-11',
  ),
  doc(
    'other',
    'MUTARE - Residents of Chimanimani said on Sunday the water rose within minutes. Aid agency CARE said it would send food parcels to families in the hills, and the government declared a state of disaster in Manicaland province.',
    null,
  ),
];

describe('linkPairs', () => {
  it('counts copies joined and independent reports kept apart, pair by pair', async () => {
    const docs = floods();
    const summary = await linkPairs(docs);
    expect(summary.pairs).toHaveLength(6);
    expect(summary).toMatchObject({
      copyPairs: 2,
      copiesJoined: 2,
      independentPairs: 4,
      independentKeptApart: 4,
      originalPairs: 2,
      originalJoined: 2,
    });
    expect(summary.pairs.find((p) => p.first === 'wire' && p.second === 'edit')?.link).toBe(
      'edited',
    );
  });
});

describe('copies against their original, and the set in one store', () => {
  // The wire's top and its bottom, cut by two outlets: each is the wire's, but they share one
  // sentence of four and five, so linked alone they stay apart; in a store both meet the wire.
  const cuts = (): PairDocument[] => [
    doc('top', story.slice(0, 4).join(' '), 'floods', '2024-03-11'),
    doc('wire', story.join(' '), 'floods'),
    doc('bottom', story.slice(3).join(' '), 'floods', '2024-03-11'),
    floods()[2]!,
  ];

  it('takes the earliest published as the original, the first listed on a tie, unless marked', () => {
    const docs = cuts();
    expect(publicationOrder(docs)).toEqual([1, 3, 0, 2]);
    expect(groupOriginals(docs)).toEqual(new Map([['floods', 1]]));
    docs[2] = { ...docs[2]!, original: true };
    expect(groupOriginals(docs)).toEqual(new Map([['floods', 2]]));
    expect(groupOriginals([{ ...docs[0]!, published: null }, docs[2]!, docs[1]!])).toEqual(
      new Map([['floods', 1]]),
    );
  });

  it('splits the copy pairs by whether the original is one side, and counts the stories', async () => {
    const docs = cuts();
    const summary = await linkPairs(docs);
    expect(summary).toMatchObject({ copyPairs: 6, originalPairs: 4, originalJoined: 4 });
    expect(summary.copiesJoined).toBe(4);
    const stored = await storeSet(docs);
    expect(stored).toMatchObject({
      copies: 2,
      copiesWithOriginal: 2,
      groupsWhole: 1,
      independents: 1,
      independentsJoined: 0,
      foreign: 0,
    });
    expect(stored.groups).toEqual([
      { group: 'floods', original: 'wire', size: 3, withOriginal: 3, foreign: 0 },
    ]);
  });
});

describe('readPairsFile', () => {
  it('reads name, source, date and group, and names the file and line of a bad line', () => {
    const good = path.join(tmp, 'good.jsonl');
    writeFileSync(
      good,
      `${JSON.stringify({ text: 'A text.', title: 'a', group: 'g', original: true })}\n\n${JSON.stringify({ text: 'B text.', name: 'b', source: 'Desk', published: '2024-01-02' })}\n`,
    );
    expect(readPairsFile(good)).toEqual([
      { text: 'A text.', name: 'a', source: '', published: null, group: 'g', original: true },
      { text: 'B text.', name: 'b', source: 'Desk', published: '2024-01-02', group: null },
    ]);
    const bad = path.join(tmp, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify({ text: 'A.' })}\n{"name": "no text"}\n`);
    expect(() => readPairsFile(bad)).toThrow(`${bad}:2: field "text" must be a non-empty string`);
  });
});

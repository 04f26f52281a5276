// Which fine checks run must not depend on how many texts link.ts remembers: a candidate that
// was remembered when the texts were read, and pushed out by the candidates checked before
// it, was once skipped. Invented template reports (`report`): each contradicts every other.
import { afterEach, describe, expect, it } from 'vitest';
import { addDocument, memoryDb, report } from './fixtures.js';
import { linkDocument, rememberAtMost } from './link.js';

const COUNTS = [
  [64, 21, 35, 48, 17, 29],
  [81, 33, 64, 52, 26, 48],
  [47, 12, 81, 39, 15, 52],
  [93, 40, 47, 61, 30, 39],
  [58, 19, 93, 44, 22, 61],
];

/** Links five daily reports into a fresh store; the conflicts it records, as id pairs. */
async function conflictsOfReports(): Promise<string[]> {
  const store = memoryDb();
  try {
    for (const [i, counts] of COUNTS.entries()) {
      const doc = addDocument(store, report(10 + i, counts));
      await linkDocument(store.provenance, doc);
    }
    return (
      store.db.prepare('SELECT a, b FROM provenance_conflicts ORDER BY a, b').raw().all() as [
        string,
        string,
      ][]
    ).map(([a, b]) => `${a}-${b}`);
  } finally {
    await store.close();
  }
}

describe('remembered texts', () => {
  let previous: number | undefined;
  afterEach(() => {
    if (previous !== undefined) rememberAtMost(previous);
  });

  it('records every contradiction whether two texts are remembered or many', async () => {
    previous = rememberAtMost(1024);
    const many = await conflictsOfReports();
    // Every report contradicts every other one: all ten pairs are recorded.
    expect(many).toHaveLength((COUNTS.length * (COUNTS.length - 1)) / 2);
    rememberAtMost(2);
    expect(await conflictsOfReports()).toEqual(many);
  });
});

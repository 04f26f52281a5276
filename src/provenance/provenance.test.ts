import { describe, expect, it } from 'vitest';
import { findCandidates, fingerprint, linkDocument as linkTo } from './index.js';
import { STOP_ABOVE } from './link.js';
import { editText, spinText, summarise } from './generate.js';
import { seededRandom } from '../random.js';
import { addDocument, memoryDb, ORIGINAL, report, SAME_ACTORS_OTHER_STORY } from './fixtures.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const spun30 = spinText(ORIGINAL, 0.3, seededRandom(7), th);
const edited = editText(ORIGINAL, seededRandom(3));

function storyOf(db: ReturnType<typeof memoryDb>, doc: string): string | null {
  return (
    (db.db.prepare('SELECT story FROM story_members WHERE doc = ?').pluck().get(doc) as
      string | undefined) ?? null
  );
}

describe('copy detection', () => {
  it('links verbatim, edited and 30%-spun copies to the original', async () => {
    const db = memoryDb();
    const original = addDocument(db, ORIGINAL, { source: 'Northwire', published: '2022-02-16' });
    expect((await linkTo(db.provenance, original)).copyOf).toBeNull();
    const verbatim = addDocument(db, `${ORIGINAL}\n\nSource: Northwire`, {
      source: 'Harbor',
      published: '2022-02-16',
    });
    const edit = addDocument(db, edited, { source: 'Digest', published: '2022-02-17' });
    const spun = addDocument(db, spun30.text, { source: 'Farm', published: '2022-02-17' });
    expect(spun30.swaps).toBeGreaterThan(20);
    expect((await linkTo(db.provenance, verbatim)).copyOf).toBe(original.id);
    expect((await linkTo(db.provenance, edit)).copyOf).toBe(original.id);
    expect((await linkTo(db.provenance, spun)).copyOf).toBe(original.id);
    const [story] = await db.stories();
    expect(story?.original).toBe(original.id);
    const links = Object.fromEntries(story!.members.map((m) => [m.doc, m.link]));
    expect(links).toEqual({
      [original.id]: 'original',
      [verbatim.id]: 'verbatim',
      [edit.id]: 'edited',
      [spun.id]: 'spun',
    });
  });

  it('links a summary as a summary', async () => {
    const db = memoryDb();
    const original = addDocument(db, ORIGINAL, { published: '2022-02-16' });
    await linkTo(db.provenance, original);
    const summary = addDocument(db, summarise(ORIGINAL), { published: '2022-02-16' });
    expect((await linkTo(db.provenance, summary)).copyOf).toBe(original.id);
    expect((await db.describeDocument(summary.id))?.link).toBe('summary');
  });

  it('does not link a template report of another day', async () => {
    const db = memoryDb();
    const day15 = addDocument(db, report(15, [71, 19, 24, 153, 31, 129]), {
      published: '2022-02-15',
    });
    const day16 = addDocument(db, report(16, [189, 128, 71, 402, 188, 153]), {
      published: '2022-02-16',
    });
    await linkTo(db.provenance, day15);
    const result = await linkTo(db.provenance, day16);
    expect(result.copyOf).toBeNull();
    // It was a candidate (shared boilerplate) and was rejected on the numbers.
    expect(await db.stories()).toEqual([]);
  });

  it('does not link a different story about the same actors', async () => {
    const db = memoryDb();
    await linkTo(db.provenance, addDocument(db, ORIGINAL, { published: '2022-02-16' }));
    expect(
      (
        await linkTo(
          db.provenance,
          addDocument(db, SAME_ACTORS_OTHER_STORY, { published: '2022-02-10' }),
        )
      ).copyOf,
    ).toBeNull();
  });

  it('picks the earliest published document as the original, whatever the order of arrival', async () => {
    const db = memoryDb();
    const spun = addDocument(db, spun30.text, { published: '2022-02-18' });
    const copy = addDocument(db, edited, { published: '2022-02-17' });
    const original = addDocument(db, ORIGINAL, { published: '2022-02-16' });
    await linkTo(db.provenance, spun);
    await linkTo(db.provenance, copy);
    await linkTo(db.provenance, original);
    const [story] = await db.stories();
    expect(story?.original).toBe(original.id);
    expect((await db.describeDocument(spun.id))?.copyOf?.doc).toBe(original.id);
  });

  it('gives the same clusters whatever order documents are added in', async () => {
    const texts = [
      ORIGINAL,
      spun30.text,
      edited,
      summarise(ORIGINAL),
      SAME_ACTORS_OTHER_STORY,
      spinText(SAME_ACTORS_OTHER_STORY, 0.3, seededRandom(11), th).text,
      report(15, [71, 19, 24, 153, 31, 129]),
      report(16, [189, 128, 71, 402, 188, 153]),
    ];
    const clusters = async (order: number[]): Promise<string[]> => {
      const db = memoryDb();
      const docs = texts.map((t, i) => addDocument(db, t, { published: `2022-02-${10 + i}` }));
      for (const i of order) await linkTo(db.provenance, docs[i]!);
      return texts
        .map((_, i) => {
          const s = storyOf(db, docs[i]!.id);
          return s === null
            ? `${i}`
            : texts
                .map((__, j) => j)
                .filter((j) => storyOf(db, docs[j]!.id) === s)
                .join(',');
        })
        .sort();
    };
    const forward = await clusters([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(forward).toContain('0,1,2,3');
    expect(forward).toContain('4,5');
    expect(await clusters([7, 5, 3, 1, 6, 4, 2, 0])).toEqual(forward);
    expect(await clusters([3, 2, 5, 0, 7, 1, 4, 6])).toEqual(forward);
  });

  it('scores spun copies higher than verbatim ones', async () => {
    const db = memoryDb();
    const original = addDocument(db, ORIGINAL, { published: '2022-02-16' });
    const verbatim = addDocument(db, `${ORIGINAL}\n\nRead more.`, { published: '2022-02-16' });
    const spun = addDocument(db, spun30.text, { published: '2022-02-17' });
    for (const d of [original, verbatim, spun]) await linkTo(db.provenance, d);
    const spins = new Map<string, number>();
    for (const d of [original, verbatim, spun])
      spins.set(d.id, (await db.describeDocument(d.id))!.spin!);
    const spinOf = (id: string): number => spins.get(id)!;
    expect(spinOf(spun.id)).toBeGreaterThan(0.15);
    expect(spinOf(verbatim.id)).toBeLessThan(0.02);
    expect(spinOf(spun.id)).toBeGreaterThan(spinOf(verbatim.id));
  });

  it('is idempotent', async () => {
    const db = memoryDb();
    const original = addDocument(db, ORIGINAL, { published: '2022-02-16' });
    const spun = addDocument(db, spun30.text, { published: '2022-02-17' });
    await linkTo(db.provenance, original);
    expect((await linkTo(db.provenance, spun)).copyOf).toBe(original.id);
    expect((await linkTo(db.provenance, spun)).copyOf).toBe(original.id);
    expect(db.db.prepare('SELECT COUNT(*) FROM story_members').pluck().get()).toBe(2);
  });
});

describe('a story copied many times', () => {
  it('still takes new copies when every band key of the story is a stop key', async () => {
    const db = memoryDb();
    const original = addDocument(db, ORIGINAL, { source: 'Northwire', published: '2022-02-16' });
    await linkTo(db.provenance, original);
    // More verbatim re-posts than STOP_ABOVE: each of the story's keys is held by all of them.
    for (let i = 0; i <= STOP_ABOVE; i++) {
      const site = `Site ${String.fromCharCode(65 + i)}`;
      const copy = addDocument(db, `${ORIGINAL}\n\nSource: Northwire via ${site}`, {
        source: site,
        published: '2022-02-16',
      });
      expect((await linkTo(db.provenance, copy)).story).not.toBeNull();
    }
    const late = addDocument(db, `${ORIGINAL}\n\nRe-posted from Northwire.`, {
      source: 'Late',
      published: '2022-02-18',
    });
    const spun = addDocument(db, spinText(ORIGINAL, 0.3, seededRandom(11), th).text, {
      source: 'Farm',
      published: '2022-02-18',
    });
    const found = await findCandidates(db.provenance, fingerprint(late.text).bands, late.id);
    expect(found.length).toBeGreaterThan(0);
    expect((await linkTo(db.provenance, late)).story).not.toBeNull();
    expect((await linkTo(db.provenance, spun)).story).not.toBeNull();
    expect(await db.stories()).toHaveLength(1);
  });
});

describe('evaluation harness', () => {
  it('finds 30%-spun copies with no false links on a small generated corpus', async () => {
    const { evaluate } = await import('./evaluate.js');
    const figures = Object.fromEntries(
      (await evaluate({ seed: 3, generated: 12, corpusDir: null })).figures.map((f) => [
        f.name,
        f.value,
      ]),
    );
    expect(figures['recall.spun30']).toBeGreaterThanOrEqual(0.9);
    expect(figures['recall.verbatim']).toBe(1);
    expect(figures['precision.all_pairs']).toBeGreaterThanOrEqual(0.95);
  });
});

describe('one outlet, one day', () => {
  it('links the same article at a second address of the outlet', async () => {
    const db = memoryDb();
    const first = addDocument(db, ORIGINAL, { source: 'Northwire', published: '2022-02-16' });
    await linkTo(db.provenance, first);
    const again = addDocument(db, `${ORIGINAL}\n\nShare this article`, {
      source: 'Northwire',
      published: '2022-02-16',
    });
    expect((await linkTo(db.provenance, again)).copyOf).toBe(first.id);
  });

  it('keeps its follow-up apart, also through a third outlet that copies the background', async () => {
    const db = memoryDb();
    const first = addDocument(db, ORIGINAL, { source: 'Northwire', published: '2022-02-16' });
    await linkTo(db.provenance, first);
    // The same outlet's next article of the day: news of its own, the first's text as background.
    const followUp = addDocument(db, `${SAME_ACTORS_OTHER_STORY}\n\n${edited}`, {
      source: 'Northwire',
      published: '2022-02-16',
    });
    const verdict = await linkTo(db.provenance, followUp);
    expect(verdict.copyOf).toBeNull();
    const copy = addDocument(db, `${ORIGINAL}\n\nSource: Northwire`, {
      source: 'Harbor',
      published: '2022-02-17',
    });
    await linkTo(db.provenance, copy);
    const story = storyOf(db, copy.id);
    expect(story).toBe(storyOf(db, first.id));
    expect(storyOf(db, followUp.id)).not.toBe(story);
  });
});

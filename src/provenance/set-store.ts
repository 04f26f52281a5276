// A labelled set as the analyst sees it: every document ingested into one fresh store in
// publication order, through the real `linkDocument` path, and the stories read back. The pairs
// tool links each pair alone, so two copies that share little must join without their original;
// in a store they both meet the original, and what counts is whether each copy lands in the story
// of its group's original, and whether a report of its own lands in anyone's story.
import { SqliteStore } from '../store/sqlite/store.js';
import { linkDocument } from './link.js';
import { groupOriginals, publicationOrder, record, type PairDocument } from './pairs.js';

export interface GroupInStore {
  group: string;
  /** Name of the group's original (`groupOriginals`). */
  original: string;
  size: number;
  /** Documents of the group in the story of its original, the original included. */
  withOriginal: number;
  /** Documents of other groups, or of none, in that story. */
  foreign: number;
}

export interface StoreSummary {
  groups: GroupInStore[];
  /** Copies (group members other than the original), and those in their original's story. */
  copies: number;
  copiesWithOriginal: number;
  /** Groups whose every document is in the original's story. */
  groupsWhole: number;
  /** Documents of no group, and those sharing a story with any other document. */
  independents: number;
  independentsJoined: number;
  /** Documents in the story of another group's original. */
  foreign: number;
}

/** Ingests `docs` into a fresh in-memory store in publication order and reads the stories. */
export async function storeSet(docs: readonly PairDocument[]): Promise<StoreSummary> {
  const store = SqliteStore.open(':memory:');
  try {
    const order = publicationOrder(docs);
    const ids = new Array<string>(docs.length);
    for (const [at, i] of order.entries()) {
      const doc = record(docs[i]!, at);
      ids[i] = doc.id;
      await store.writeDocument(doc, { sentences: [], mentions: [], quotes: [] }, []);
      await linkDocument(store.provenance, doc);
    }
    const storyOf = new Map<string, string>();
    for (const s of await store.stories({ minSize: 1 }))
      for (const m of s.members) storyOf.set(m.doc, s.id);
    // A document in no story stands alone: its own id is its story.
    const story = (i: number): string => storyOf.get(ids[i]!) ?? ids[i]!;
    const groups: GroupInStore[] = [];
    let foreign = 0;
    for (const [group, o] of groupOriginals(docs)) {
      const members = docs.map((d, i) => ({ d, i })).filter(({ d }) => d.group === group);
      const inStory = docs.map((_, i) => i).filter((i) => story(i) === story(o));
      const own = inStory.filter((i) => docs[i]!.group === group).length;
      groups.push({
        group,
        original: docs[o]!.name,
        size: members.length,
        withOriginal: own,
        foreign: inStory.length - own,
      });
      foreign += inStory.length - own;
    }
    const independents = docs.map((_, i) => i).filter((i) => docs[i]!.group === null);
    const shared = (i: number): boolean => docs.some((_, j) => j !== i && story(j) === story(i));
    return {
      groups,
      copies: groups.reduce((n, g) => n + g.size - 1, 0),
      copiesWithOriginal: groups.reduce((n, g) => n + g.withOriginal - 1, 0),
      groupsWhole: groups.filter((g) => g.withOriginal === g.size).length,
      independents: independents.length,
      independentsJoined: independents.filter(shared).length,
      foreign,
    };
  } finally {
    await store.close();
  }
}

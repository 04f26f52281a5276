// Copy detection on labelled pairs of real documents, the way the outside check reads it:
// each ordered pair (a, then b) is linked alone into a fresh store, and b either joins a's story
// or not. Documents of one `group` are copies of one another (every pair should join); documents
// of different groups, or with none, are independent (every pair should stay apart). Real texts
// stay outside the repository: this reads a file the user gives.
import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../records.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { linkDocument } from './link.js';

export interface PairDocument {
  text: string;
  /** A short name for the report (a file name, an outlet). */
  name: string;
  source: string;
  published: string | null;
  /** Documents sharing a group are copies of one story; null: a report of its own. */
  group: string | null;
  /** Marks the group's original when the set says so (else the earliest published is). */
  original?: boolean;
}

export interface PairResult {
  first: string;
  second: string;
  /** Both in one group: they should join. */
  copies: boolean;
  /** Copies, and one side is the group's original (`groupOriginals`): what the analyst reads as
   *  a copy against its original; the other copy pairs are two copies of one story. */
  againstOriginal: boolean;
  joined: boolean;
  /** The link kind the second got, when it joined. */
  link: string | null;
}

export interface PairsSummary {
  pairs: PairResult[];
  copyPairs: number;
  copiesJoined: number;
  /** Copy pairs with the group's original on one side, and how many joined. */
  originalPairs: number;
  originalJoined: number;
  independentPairs: number;
  independentKeptApart: number;
}

/**
 * The original of each group: the document marked `original`, else the earliest `published`
 * (an undated one last), the first in the set's order on a tie (sets give days, and a set lists
 * a group's fullest agency text first). Keyed by group, the document's position in `docs`.
 */
export function groupOriginals(docs: readonly PairDocument[]): Map<string, number> {
  const originals = new Map<string, number>();
  for (const i of publicationOrder(docs)) {
    const g = docs[i]!.group;
    if (g !== null && !originals.has(g)) originals.set(g, i);
  }
  for (const [i, d] of docs.entries())
    if (d.group !== null && d.original) originals.set(d.group, i);
  return originals;
}

/** Positions of `docs` by `published` (undated last), the set's order on a tie. */
export function publicationOrder(docs: readonly PairDocument[]): number[] {
  const key = (d: PairDocument): string => d.published ?? '\uffff';
  return docs
    .map((_, i) => i)
    .sort((a, b) => {
      const ka = key(docs[a]!);
      const kb = key(docs[b]!);
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
}

export function record(d: PairDocument, i: number): DocumentRecord {
  const hash = createHash('sha256').update(`${i}\n${d.text}`).digest('hex');
  return {
    id: `d${hash.slice(0, 16)}`,
    hash,
    text: d.text,
    source: d.source,
    url: null,
    title: d.name,
    published: d.published,
    path: d.name,
    format: 'text',
    ingested: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
  };
}

/** Does `second` join `first` when linked after it in an empty store? */
async function linkPair(
  first: PairDocument,
  second: PairDocument,
  againstOriginal: boolean,
): Promise<PairResult> {
  const store = SqliteStore.open(':memory:');
  try {
    const docs = [record(first, 0), record(second, 1)];
    for (const doc of docs) {
      await store.writeDocument(doc, { sentences: [], mentions: [], quotes: [] }, []);
      await linkDocument(store.provenance, doc);
    }
    const stories = await store.stories({ minSize: 1 });
    const story = stories.find((s) => s.members.some((m) => m.doc === docs[1]!.id));
    const joined = story?.members.some((m) => m.doc === docs[0]!.id) ?? false;
    const link = joined ? (story!.members.find((m) => m.doc === docs[1]!.id)?.link ?? null) : null;
    return {
      first: first.name,
      second: second.name,
      copies: first.group !== null && first.group === second.group,
      againstOriginal,
      joined,
      link,
    };
  } finally {
    await store.close();
  }
}

/** Every ordered pair of `docs`, linked alone. */
export async function linkPairs(docs: readonly PairDocument[]): Promise<PairsSummary> {
  const pairs: PairResult[] = [];
  const originals = new Set(groupOriginals(docs).values());
  for (const [i, a] of docs.entries()) {
    for (const [j, b] of docs.entries()) {
      if (i === j) continue;
      const copies = a.group !== null && a.group === b.group;
      pairs.push(await linkPair(a, b, copies && (originals.has(i) || originals.has(j))));
    }
  }
  const copies = pairs.filter((p) => p.copies);
  const againstOriginal = copies.filter((p) => p.againstOriginal);
  const independent = pairs.filter((p) => !p.copies);
  return {
    pairs,
    copyPairs: copies.length,
    copiesJoined: copies.filter((p) => p.joined).length,
    originalPairs: againstOriginal.length,
    originalJoined: againstOriginal.filter((p) => p.joined).length,
    independentPairs: independent.length,
    independentKeptApart: independent.filter((p) => !p.joined).length,
  };
}

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
}

export interface PairResult {
  first: string;
  second: string;
  /** Both in one group: they should join. */
  copies: boolean;
  joined: boolean;
  /** The link kind the second got, when it joined. */
  link: string | null;
}

export interface PairsSummary {
  pairs: PairResult[];
  copyPairs: number;
  copiesJoined: number;
  independentPairs: number;
  independentKeptApart: number;
}

function record(d: PairDocument, i: number): DocumentRecord {
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
async function linkPair(first: PairDocument, second: PairDocument): Promise<PairResult> {
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
  for (const a of docs) {
    for (const b of docs) if (a !== b) pairs.push(await linkPair(a, b));
  }
  const copies = pairs.filter((p) => p.copies);
  const independent = pairs.filter((p) => !p.copies);
  return {
    pairs,
    copyPairs: copies.length,
    copiesJoined: copies.filter((p) => p.joined).length,
    independentPairs: independent.length,
    independentKeptApart: independent.filter((p) => !p.joined).length,
  };
}

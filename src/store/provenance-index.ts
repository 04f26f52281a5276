// The data provenance keeps: MinHash signatures with their LSH band keys, the stories that group
// copies, each document's place in its story, and pairs that must never be joined. The decisions
// (what is a copy, which is the original) are provenance's; this is only where they are kept.
import type { LinkKind } from './views.js';

export interface LshCandidate {
  doc: string;
  /** Band keys shared with the query. */
  bands: number;
}

export interface StoredSignature {
  sig: Uint32Array;
  /** Size of the shingle set (for containment estimates). */
  shingles: number;
}

/** A stored document as provenance needs it to choose an original and compare texts. */
export interface StoryMemberInfo {
  id: string;
  published: string | null;
  ingested: string;
  source: string;
  text: string;
}

/** How a story member relates to its original. */
export interface MemberRelation {
  similarity: number;
  link: LinkKind;
  substitutions: number;
  spin: number;
  copyOf: string | null;
}

export interface StoryRow {
  id: string;
  original: string;
  created: string;
}

export interface ProvenanceIndex {
  /** The document's recorded link, or null when it was never linked. */
  linkOf(doc: string): Promise<{ story: string | null; copyOf: string | null } | null>;
  /**
   * Documents sharing at least one band key with `bands`, most shared first, at most `limit`;
   * each key reads at most `bucketLimit` documents, so a lookup costs the same at any size.
   * With `stopAbove`, a key held by more than that many documents is a stop key: it is read up
   * to `stopAbove + 1` rows and none of its documents count.
   */
  candidates(
    bands: Int32Array,
    exclude: string,
    limit: number,
    bucketLimit: number,
    stopAbove?: number,
  ): Promise<LshCandidate[]>;
  signature(doc: string): Promise<StoredSignature | null>;
  text(doc: string): Promise<string | null>;
  members(ids: readonly string[]): Promise<StoryMemberInfo[]>;
  storyOf(doc: string): Promise<string | null>;
  storyDocs(story: string): Promise<string[]>;
  /** Whether the two documents were found to contradict each other. */
  conflict(a: string, b: string): Promise<boolean>;

  saveFingerprint(doc: string, signature: StoredSignature, bands: Int32Array): Promise<void>;
  /** Forgets the document's signature and band keys (before it is fingerprinted again). */
  removeFingerprint(doc: string): Promise<void>;
  saveConflict(a: string, b: string): Promise<void>;
  /** A document in no story: its own spin score only. */
  saveStandalone(doc: string, spin: number): Promise<void>;
  /** Creates the story unless it exists. */
  createStory(story: StoryRow): Promise<void>;
  /** The stories with these ids, oldest first. */
  storiesByIds(ids: readonly string[]): Promise<StoryRow[]>;
  /** Moves every member of `from` into `into` and deletes `from`. */
  absorbStory(into: string, from: string): Promise<void>;
  relations(story: string): Promise<Map<string, MemberRelation>>;
  saveMember(story: string, doc: string, relation: MemberRelation): Promise<void>;
  setOriginal(story: string, original: string): Promise<void>;
}

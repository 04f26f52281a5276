// The provenance index kept in SQLite tables (002-provenance.sql).
import { BANDS, blobToSignature, signatureToBlob } from '../../provenance/minhash.js';
import type {
  LshCandidate,
  MemberRelation,
  ProvenanceIndex,
  StoredSignature,
  StoryMemberInfo,
  StoryRow,
} from '../provenance-index.js';
import type { LinkKind } from '../views.js';
import { statement, type Db } from './db.js';
import { FullBuckets } from './full-buckets.js';

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** The index, with what a rolled back write must tell it. */
export interface SqliteProvenanceIndex extends ProvenanceIndex {
  /** Forgets what lookups learnt of the buckets: rows written since may be gone. */
  forget(): void;
}

export function sqliteProvenance(db: Db): SqliteProvenanceIndex {
  const pluck = (sql: string, ...params: unknown[]): unknown =>
    statement(db, sql)
      .pluck()
      .get(...params);
  const full = new FullBuckets();
  // What `full` knows holds while this connection alone writes: another one's commit (a
  // reindex elsewhere may remove rows) changes the file's data_version, and `full` is cleared.
  let seenVersion: unknown;
  return {
    forget: () => full.clear(),

    async linkOf(doc) {
      const row = statement(
        db,
        'SELECT story, copy_of AS copyOf FROM document_provenance WHERE doc = ?',
      ).get(doc) as { story: string | null; copyOf: string | null } | undefined;
      return row ?? null;
    },

    async candidates(bands, exclude, limit, bucketLimit, stopAbove): Promise<LshCandidate[]> {
      // One statement for every band, each bucket's documents as one JSON array: one statement
      // per band cost 2.9 times as much CPU on the bench's 2 MB corpus (96 calls and a row per
      // document read, where this is one call and a row per band). Each bucket is still read at
      // most `read` documents, in key order.
      const read = stopAbove === undefined ? bucketLimit : Math.min(bucketLimit, stopAbove + 1);
      // A bucket known to hold more than stopAbove documents is a stop key without reading it
      // again: it is sent as null, and not read (see full-buckets.ts). Only when a read can tell
      // a stop key: with read <= stopAbove every bucket counts.
      const stop = stopAbove !== undefined && read > stopAbove ? stopAbove : undefined;
      const version = pluck('PRAGMA data_version');
      if (version !== seenVersion) {
        full.clear();
        seenVersion = version;
      }
      const asked = Array.from(bands.subarray(0, BANDS), (hash, band) =>
        stop !== undefined && full.isStopKey(band, hash, stop) ? null : hash,
      );
      const buckets = statement(
        db,
        `SELECT j.key, (SELECT json_group_array(doc) FROM
                   (SELECT doc FROM lsh_bands WHERE band = j.key AND hash = j.value
                     ORDER BY doc LIMIT ?))
           FROM json_each(?) j WHERE j.type = 'integer'`,
      )
        .raw()
        .all(read, JSON.stringify(asked)) as Array<[number, string]>;
      const hits = new Map<string, number>();
      for (const [band, bucket] of buckets) {
        const docs = JSON.parse(bucket) as string[];
        full.saw(band, bands[band]!, docs.length, read);
        if (stopAbove !== undefined && docs.length > stopAbove) continue;
        for (const doc of docs) if (doc !== exclude) hits.set(doc, (hits.get(doc) ?? 0) + 1);
      }
      return [...hits.entries()]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, limit)
        .map(([doc, n]) => ({ doc, bands: n }));
    },

    async signature(doc): Promise<StoredSignature | null> {
      const row = statement(db, 'SELECT sig, shingles FROM doc_signatures WHERE doc = ?').get(
        doc,
      ) as { sig: Buffer; shingles: number } | undefined;
      return row ? { sig: blobToSignature(row.sig), shingles: row.shingles } : null;
    },

    async text(doc) {
      return (pluck('SELECT text FROM documents WHERE id = ?', doc) as string | undefined) ?? null;
    },

    async members(ids): Promise<StoryMemberInfo[]> {
      const load = statement(
        db,
        'SELECT id, published, ingested, source, text FROM documents WHERE id = ?',
      );
      return ids
        .map((id) => load.get(id) as StoryMemberInfo | undefined)
        .filter((m): m is StoryMemberInfo => !!m);
    },

    async storyOf(doc) {
      return (
        (pluck('SELECT story FROM story_members WHERE doc = ?', doc) as string | undefined) ?? null
      );
    },

    async storyDocs(story) {
      return statement(db, 'SELECT doc FROM story_members WHERE story = ?')
        .pluck()
        .all(story) as string[];
    },

    async conflict(a, b) {
      return (
        pluck('SELECT 1 FROM provenance_conflicts WHERE a = ? AND b = ?', ...ordered(a, b)) !==
        undefined
      );
    },

    async saveFingerprint(doc, sig, bands) {
      // The band keys as one JSON array, by band: one statement for all of them, and kept with
      // the signature so that removeFingerprint finds the rows by key (migration 010).
      const keys = JSON.stringify(Array.from(bands.subarray(0, BANDS)));
      statement(
        db,
        'INSERT OR REPLACE INTO doc_signatures (doc, sig, shingles, bands) VALUES (?, ?, ?, ?)',
      ).run(doc, signatureToBlob(sig.sig), sig.shingles, keys);
      statement(
        db,
        `INSERT OR IGNORE INTO lsh_bands (band, hash, doc)
           SELECT CAST(key AS INTEGER), value, ? FROM json_each(?)`,
      ).run(doc, keys);
    },

    async removeFingerprint(doc) {
      const keys = pluck('SELECT bands FROM doc_signatures WHERE doc = ?', doc) as
        string | null | undefined;
      if (typeof keys === 'string') {
        statement(
          db,
          `DELETE FROM lsh_bands WHERE (band, hash, doc) IN
             (SELECT CAST(key AS INTEGER), value, ? FROM json_each(?))`,
        ).run(doc, keys);
      } else {
        // A signature without its keys (none the store writes): every row is looked at.
        statement(db, 'DELETE FROM lsh_bands WHERE doc = ?').run(doc);
      }
      statement(db, 'DELETE FROM doc_signatures WHERE doc = ?').run(doc);
      full.clear();
    },

    async saveConflict(a, b) {
      statement(db, 'INSERT OR IGNORE INTO provenance_conflicts (a, b) VALUES (?, ?)').run(
        ...ordered(a, b),
      );
    },

    async saveStandalone(doc, spin) {
      statement(
        db,
        'INSERT OR REPLACE INTO document_provenance (doc, story, spin, copy_of) VALUES (?, NULL, ?, NULL)',
      ).run(doc, spin);
    },

    async createStory(story: StoryRow) {
      statement(db, 'INSERT OR IGNORE INTO stories (id, original, created) VALUES (?, ?, ?)').run(
        story.id,
        story.original,
        story.created,
      );
    },

    async storiesByIds(ids) {
      if (ids.length === 0) return [];
      return statement(
        db,
        `SELECT id, original, created FROM stories WHERE id IN (SELECT value FROM json_each(?))
         ORDER BY created, id`,
      ).all(JSON.stringify(ids)) as StoryRow[];
    },

    async absorbStory(into, from) {
      statement(db, 'UPDATE story_members SET story = ? WHERE story = ?').run(into, from);
      statement(db, 'UPDATE document_provenance SET story = ? WHERE story = ?').run(into, from);
      statement(db, 'DELETE FROM stories WHERE id = ?').run(from);
    },

    async relations(story) {
      const rows = statement(
        db,
        `SELECT m.doc, m.similarity, m.link, m.substitutions, p.spin, p.copy_of AS copyOf
           FROM story_members m LEFT JOIN document_provenance p ON p.doc = m.doc WHERE m.story = ?`,
      ).all(story) as Array<MemberRelation & { doc: string; link: LinkKind }>;
      return new Map(rows.map(({ doc, ...relation }) => [doc, relation] as const));
    },

    async saveMember(story, doc, r) {
      statement(
        db,
        'INSERT OR REPLACE INTO story_members (story, doc, similarity, link, substitutions) VALUES (?, ?, ?, ?, ?)',
      ).run(story, doc, r.similarity, r.link, r.substitutions);
      statement(
        db,
        'INSERT OR REPLACE INTO document_provenance (doc, story, spin, copy_of) VALUES (?, ?, ?, ?)',
      ).run(doc, story, r.spin, r.copyOf);
    },

    async setOriginal(story, original) {
      statement(db, 'UPDATE stories SET original = ? WHERE id = ?').run(original, story);
    },
  };
}

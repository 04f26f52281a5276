// The provenance index kept in PostgreSQL tables (migrations/002-provenance.sql). SQLite's
// INSERT OR REPLACE / OR IGNORE become ON CONFLICT clauses.
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
import type { Sql } from './db.js';

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** The index, with what a document's write does to it at its end or on its failure. */
export interface PostgresProvenanceIndex extends ProvenanceIndex {
  /** Sends what is held back (conflicts); before the document's savepoint is released. */
  settle(): Promise<void>;
  /** Forgets what is held back; when the document's savepoint is rolled back. */
  discard(): void;
}

export function postgresProvenance(sql: Sql): PostgresProvenanceIndex {
  const rows = async <T>(text: string, values: unknown[] = []): Promise<T[]> =>
    (await sql.query(text, values)).rows as T[];
  const first = async <T>(text: string, values: unknown[] = []): Promise<T | undefined> =>
    (await rows<T>(text, values))[0];
  // The signature and story of each candidate the last lookup returned, read with it: linking a
  // document asks for both of every candidate, one query each, which over a network were two
  // thirds of an ingest's round trips (46 of 68 per document on the bench corpus). Dropped at
  // the next lookup and by every write that moves a document's story or signature.
  const prefetched = new Map<string, { sig: StoredSignature | null; story: string | null }>();
  // Conflicts come in runs (a document against each template report it resembles: 7 a document
  // on the bench corpus, a third of its statements): held back and sent in one statement before
  // anything else reads or writes the index, and before the document's savepoint is released.
  let conflicts: Array<[string, string]> = [];
  const settle = async (): Promise<void> => {
    if (conflicts.length === 0) return;
    const pairs = conflicts;
    conflicts = [];
    await sql.query(
      `INSERT INTO provenance_conflicts (a, b) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT DO NOTHING`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
  };

  const index: ProvenanceIndex = {
    async linkOf(doc) {
      return (
        (await first<{ story: string | null; copyOf: string | null }>(
          'SELECT story, copy_of AS "copyOf" FROM document_provenance WHERE doc = $1',
          [doc],
        )) ?? null
      );
    },

    async candidates(bands, exclude, limit, bucketLimit, stopAbove): Promise<LshCandidate[]> {
      // One round trip for all bands; each bucket read in key order, as SQLite's primary key.
      // A stop key's bucket (more than stopAbove documents) is read and dropped in the query.
      const read = stopAbove === undefined ? bucketLimit : Math.min(bucketLimit, stopAbove + 1);
      const hits = await rows<{ doc: string }>(
        `SELECT x.doc FROM unnest($1::int[], $2::int[]) AS q(band, hash)
           CROSS JOIN LATERAL (SELECT b.doc, count(*) OVER () AS n
                                 FROM (SELECT l.doc FROM lsh_bands l
                                        WHERE l.band = q.band AND l.hash = q.hash
                                        ORDER BY l.doc LIMIT $3) b) x
          WHERE x.n <= $4`,
        [
          Array.from({ length: BANDS }, (_, b) => b),
          Array.from(bands.slice(0, BANDS)),
          read,
          stopAbove ?? read,
        ],
      );
      const counts = new Map<string, number>();
      for (const { doc } of hits) if (doc !== exclude) counts.set(doc, (counts.get(doc) ?? 0) + 1);
      const found = [...counts.entries()]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, limit)
        .map(([doc, n]) => ({ doc, bands: n }));
      prefetched.clear();
      if (found.length > 0) {
        const known = await rows<{
          doc: string;
          sig: Buffer | null;
          shingles: number | null;
          story: string | null;
        }>(
          `SELECT c.doc, s.sig, s.shingles, m.story FROM unnest($1::text[]) AS c(doc)
             LEFT JOIN doc_signatures s ON s.doc = c.doc
             LEFT JOIN story_members m ON m.doc = c.doc`,
          [found.map((c) => c.doc)],
        );
        for (const k of known) {
          const sig = k.sig ? { sig: blobToSignature(k.sig), shingles: k.shingles ?? 0 } : null;
          prefetched.set(k.doc, { sig, story: k.story });
        }
      }
      return found;
    },

    async signature(doc): Promise<StoredSignature | null> {
      const known = prefetched.get(doc);
      if (known) return known.sig;
      const row = await first<{ sig: Buffer; shingles: number }>(
        'SELECT sig, shingles FROM doc_signatures WHERE doc = $1',
        [doc],
      );
      return row ? { sig: blobToSignature(row.sig), shingles: row.shingles } : null;
    },

    async text(doc) {
      return (
        (await first<{ text: string }>('SELECT text FROM documents WHERE id = $1', [doc]))?.text ??
        null
      );
    },

    async members(ids): Promise<StoryMemberInfo[]> {
      if (ids.length === 0) return [];
      const found = await rows<StoryMemberInfo>(
        'SELECT id, published, ingested, source, text FROM documents WHERE id = ANY($1::text[])',
        [[...ids]],
      );
      const byId = new Map(found.map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id)).filter((m): m is StoryMemberInfo => !!m);
    },

    async storyOf(doc) {
      const known = prefetched.get(doc);
      if (known) return known.story;
      return (
        (await first<{ story: string }>('SELECT story FROM story_members WHERE doc = $1', [doc]))
          ?.story ?? null
      );
    },

    async storyDocs(story) {
      return (
        await rows<{ doc: string }>('SELECT doc FROM story_members WHERE story = $1', [story])
      ).map((r) => r.doc);
    },

    async conflict(a, b) {
      return (
        (await first(
          'SELECT 1 FROM provenance_conflicts WHERE a = $1 AND b = $2',
          ordered(a, b),
        )) !== undefined
      );
    },

    async saveFingerprint(doc, sig, bands) {
      prefetched.clear();
      await sql.query(
        `INSERT INTO doc_signatures (doc, sig, shingles) VALUES ($1, $2, $3)
         ON CONFLICT (doc) DO UPDATE SET sig = excluded.sig, shingles = excluded.shingles`,
        [doc, signatureToBlob(sig.sig), sig.shingles],
      );
      await sql.query(
        `INSERT INTO lsh_bands (band, hash, doc)
         SELECT band, hash, $3 FROM unnest($1::int[], $2::int[]) AS b(band, hash)
         ON CONFLICT DO NOTHING`,
        [Array.from({ length: BANDS }, (_, b) => b), Array.from(bands.slice(0, BANDS)), doc],
      );
    },

    async removeFingerprint(doc) {
      prefetched.clear();
      await sql.query('DELETE FROM lsh_bands WHERE doc = $1', [doc]);
      await sql.query('DELETE FROM doc_signatures WHERE doc = $1', [doc]);
    },

    async saveConflict(a, b) {
      conflicts.push(ordered(a, b));
      return Promise.resolve();
    },

    async saveStandalone(doc, spin) {
      prefetched.clear();
      await sql.query(
        `INSERT INTO document_provenance (doc, story, spin, copy_of) VALUES ($1, NULL, $2, NULL)
         ON CONFLICT (doc) DO UPDATE SET story = NULL, spin = excluded.spin, copy_of = NULL`,
        [doc, spin],
      );
    },

    async createStory(story: StoryRow) {
      await sql.query(
        'INSERT INTO stories (id, original, created) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [story.id, story.original, story.created],
      );
    },

    async storiesByIds(ids) {
      if (ids.length === 0) return [];
      return rows<StoryRow>(
        'SELECT id, original, created FROM stories WHERE id = ANY($1::text[]) ORDER BY created, id',
        [[...ids]],
      );
    },

    async absorbStory(into, from) {
      prefetched.clear();
      await sql.query('UPDATE story_members SET story = $1 WHERE story = $2', [into, from]);
      await sql.query('UPDATE document_provenance SET story = $1 WHERE story = $2', [into, from]);
      await sql.query('DELETE FROM stories WHERE id = $1', [from]);
    },

    async relations(story) {
      const found = await rows<MemberRelation & { doc: string; link: LinkKind }>(
        `SELECT m.doc, m.similarity, m.link, m.substitutions, p.spin, p.copy_of AS "copyOf"
           FROM story_members m LEFT JOIN document_provenance p ON p.doc = m.doc
          WHERE m.story = $1`,
        [story],
      );
      return new Map(found.map(({ doc, ...relation }) => [doc, relation] as const));
    },

    async saveMember(story, doc, r) {
      prefetched.clear();
      // SQLite's INSERT OR REPLACE also drops a row of the document in another story (it is
      // unique per document); ON CONFLICT names one constraint, so that row goes first.
      await sql.query('DELETE FROM story_members WHERE doc = $1 AND story <> $2', [doc, story]);
      await sql.query(
        `INSERT INTO story_members (story, doc, similarity, link, substitutions)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (story, doc) DO UPDATE SET similarity = excluded.similarity,
           link = excluded.link, substitutions = excluded.substitutions`,
        [story, doc, r.similarity, r.link, r.substitutions],
      );
      await sql.query(
        `INSERT INTO document_provenance (doc, story, spin, copy_of) VALUES ($1, $2, $3, $4)
         ON CONFLICT (doc) DO UPDATE SET story = excluded.story, spin = excluded.spin,
           copy_of = excluded.copy_of`,
        [doc, story, r.spin, r.copyOf],
      );
    },

    async setOriginal(story, original) {
      await sql.query('UPDATE stories SET original = $1 WHERE id = $2', [original, story]);
    },
  };
  // Every method but saveConflict sends the held-back conflicts first.
  const settled = Object.fromEntries(
    Object.entries(index).map(([name, method]) => [
      name,
      name === 'saveConflict'
        ? method
        : async (...args: unknown[]) => {
            await settle();
            return (method as (...a: unknown[]) => Promise<unknown>)(...args);
          },
    ]),
  ) as unknown as ProvenanceIndex;
  return {
    ...settled,
    settle,
    discard: () => {
      conflicts = [];
    },
  };
}

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

export function postgresProvenance(sql: Sql): ProvenanceIndex {
  const rows = async <T>(text: string, values: unknown[] = []): Promise<T[]> =>
    (await sql.query(text, values)).rows as T[];
  const first = async <T>(text: string, values: unknown[] = []): Promise<T | undefined> =>
    (await rows<T>(text, values))[0];

  return {
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
      return [...counts.entries()]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, limit)
        .map(([doc, n]) => ({ doc, bands: n }));
    },

    async signature(doc): Promise<StoredSignature | null> {
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
      await sql.query('DELETE FROM lsh_bands WHERE doc = $1', [doc]);
      await sql.query('DELETE FROM doc_signatures WHERE doc = $1', [doc]);
    },

    async saveConflict(a, b) {
      await sql.query(
        'INSERT INTO provenance_conflicts (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        ordered(a, b),
      );
    },

    async saveStandalone(doc, spin) {
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
}

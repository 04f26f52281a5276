// Read side of provenance: the shapes `spiral stories`, `spiral provenance` and `spiral quotes`
// print.
import type {
  DocumentProvenanceView,
  LinkView,
  QuoteChainView,
  QuoteView,
  StoryMemberView,
  StoryView,
} from '../views.js';
import {
  documentProvenanceView,
  quoteChain,
  quoteView,
  round,
  type DocumentHeadRow,
  type ProvenanceRow,
  type QuoteRow,
} from '../rows.js';
import type { Db as Database } from './db.js';

/** Stories with at least `minSize` members, largest first; the original is listed first. */
export function listStories(db: Database, options: { minSize?: number } = {}): StoryView[] {
  const minSize = options.minSize ?? 2;
  const stories = db
    .prepare('SELECT id, original FROM stories ORDER BY created, id')
    .all() as Array<{ id: string; original: string }>;
  const members = db.prepare(
    `SELECT m.doc, d.path, d.url, d.title, m.similarity, m.link
       FROM story_members m JOIN documents d ON d.id = m.doc
      WHERE m.story = ?
      ORDER BY m.link = 'original' DESC, d.published IS NULL, d.published, m.similarity DESC, m.doc`,
  );
  return stories
    .map((s) => {
      const list = (members.all(s.id) as StoryMemberView[]).map((m) => ({
        ...m,
        similarity: round(m.similarity),
      }));
      return { id: s.id, original: s.original, members: list, size: list.length };
    })
    .filter((s) => s.size >= minSize)
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
}

/** Everything known about one document's provenance, or null when the id is unknown. */
export function describeDocument(db: Database, id: string): DocumentProvenanceView | null {
  const doc = db
    .prepare('SELECT id, title, source, published FROM documents WHERE id = ?')
    .get(id) as DocumentHeadRow | undefined;
  if (!doc) return null;
  const prov = db
    .prepare(
      `SELECT p.story, p.spin, p.copy_of AS copyOf, s.original, m.link
         FROM document_provenance p
         LEFT JOIN stories s ON s.id = p.story
         LEFT JOIN story_members m ON m.doc = p.doc AND m.story = p.story
        WHERE p.doc = ?`,
    )
    .get(id) as ProvenanceRow | undefined;
  const linkOf = db.prepare(
    `SELECT d.id AS doc, d.title, d.source, COALESCE(m.link, 'original') AS link,
            COALESCE(m.similarity, 1) AS similarity, COALESCE(p.spin, 0) AS spin
       FROM documents d
       LEFT JOIN story_members m ON m.doc = d.id
       LEFT JOIN document_provenance p ON p.doc = d.id
      WHERE d.id = ?`,
  );
  const copyOf = prov?.copyOf ? ((linkOf.get(prov.copyOf) as LinkView | undefined) ?? null) : null;
  const copyIds = db
    .prepare('SELECT doc FROM document_provenance WHERE copy_of = ? ORDER BY doc')
    .pluck()
    .all(id) as string[];
  const copies = copyIds.map((c) => linkOf.get(c) as LinkView).filter(Boolean);
  return documentProvenanceView(doc, prov, copyOf, copies, quoteChains(db, id, doc.source));
}

/** Quote chains of a document, speaker first, then relays from the farthest to the reader. */
export function quoteChains(db: Database, id: string, outlet: string): QuoteChainView[] {
  const rows = db
    .prepare('SELECT words, speaker, relays FROM quotes WHERE doc = ? ORDER BY start')
    .all(id) as QuoteRow[];
  return rows.map((row) => quoteChain(row, outlet));
}

/** Stored quotes (of one document, or all), in document order; relays from the speaker outward. */
export function listQuotes(
  db: Database,
  filter: { doc?: string; limit?: number } = {},
): QuoteView[] {
  const rows = db
    .prepare(
      `SELECT q.doc, d.source AS outlet, q.sentence, q.start, q.end, q.words, q.speaker, q.relays
         FROM quotes q JOIN documents d ON d.id = q.doc
        WHERE (? IS NULL OR q.doc = ?)
        ORDER BY d.published IS NULL, d.published, q.doc, q.start LIMIT ?`,
    )
    .all(filter.doc ?? null, filter.doc ?? null, filter.limit ?? -1) as Array<
    Omit<QuoteView, 'speaker' | 'relays'> & QuoteRow
  >;
  return rows.map(quoteView);
}

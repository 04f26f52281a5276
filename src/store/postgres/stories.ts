// Read side of provenance in PostgreSQL: the shapes `spiral stories`, `spiral provenance` and
// `spiral quotes` print, in the same order as SQLite's stories.ts.
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
import type { Sql } from './db.js';

/** Stories with at least `minSize` members, largest first; the original is listed first. */
export async function listStories(
  sql: Sql,
  options: { minSize?: number } = {},
): Promise<StoryView[]> {
  const minSize = options.minSize ?? 2;
  const stories = (
    await sql.query<{ id: string; original: string }>(
      'SELECT id, original FROM stories ORDER BY created, id',
    )
  ).rows;
  const { rows } = await sql.query<StoryMemberView & { story: string }>(
    `SELECT m.story, m.doc, d.path, d.url, d.title, m.similarity, m.link
       FROM story_members m JOIN documents d ON d.id = m.doc
      ORDER BY m.story, m.link = 'original' DESC, d.published IS NULL, d.published,
               m.similarity DESC, m.doc`,
  );
  const membersOf = new Map<string, StoryMemberView[]>();
  for (const { story, ...member } of rows) {
    const list = membersOf.get(story) ?? [];
    list.push({ ...member, similarity: round(member.similarity) });
    membersOf.set(story, list);
  }
  return stories
    .map((s) => {
      const members = membersOf.get(s.id) ?? [];
      return { id: s.id, original: s.original, members, size: members.length };
    })
    .filter((s) => s.size >= minSize)
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
}

/** A document as a link in a chain (null when unknown). */
async function linkView(sql: Sql, id: string): Promise<LinkView | null> {
  const { rows } = await sql.query<LinkView>(
    `SELECT d.id AS doc, d.title, d.source, COALESCE(m.link, 'original') AS link,
            COALESCE(m.similarity, 1) AS similarity, COALESCE(p.spin, 0) AS spin
       FROM documents d
       LEFT JOIN story_members m ON m.doc = d.id
       LEFT JOIN document_provenance p ON p.doc = d.id
      WHERE d.id = $1`,
    [id],
  );
  const row = rows[0];
  return row ?? null;
}

/** Everything known about one document's provenance, or null when the id is unknown. */
export async function describeDocument(
  sql: Sql,
  id: string,
): Promise<DocumentProvenanceView | null> {
  const doc = (
    await sql.query<DocumentHeadRow>(
      'SELECT id, title, source, published FROM documents WHERE id = $1',
      [id],
    )
  ).rows[0];
  if (!doc) return null;
  const prov = (
    await sql.query<ProvenanceRow>(
      `SELECT p.story, p.spin, p.copy_of AS "copyOf", s.original, m.link
         FROM document_provenance p
         LEFT JOIN stories s ON s.id = p.story
         LEFT JOIN story_members m ON m.doc = p.doc AND m.story = p.story
        WHERE p.doc = $1`,
      [id],
    )
  ).rows[0];
  const copyOf = prov?.copyOf ? await linkView(sql, prov.copyOf) : null;
  const copyIds = (
    await sql.query<{ doc: string }>(
      'SELECT doc FROM document_provenance WHERE copy_of = $1 ORDER BY doc',
      [id],
    )
  ).rows.map((r) => r.doc);
  const copies: LinkView[] = [];
  for (const c of copyIds) {
    const view = await linkView(sql, c);
    if (view) copies.push(view);
  }
  return documentProvenanceView(doc, prov, copyOf, copies, await quoteChains(sql, id, doc.source));
}

/** Quote chains of a document, speaker first, then relays from the farthest to the reader. */
async function quoteChains(sql: Sql, id: string, outlet: string): Promise<QuoteChainView[]> {
  const { rows } = await sql.query<QuoteRow>(
    'SELECT words, speaker, relays FROM quotes WHERE doc = $1 ORDER BY start',
    [id],
  );
  return rows.map((row) => quoteChain(row, outlet));
}

/** Stored quotes (of one document, or all), in document order; relays from the speaker outward. */
export async function listQuotes(
  sql: Sql,
  filter: { doc?: string; limit?: number } = {},
): Promise<QuoteView[]> {
  const { rows } = await sql.query<Omit<QuoteView, 'speaker' | 'relays'> & QuoteRow>(
    `SELECT q.doc, d.source AS outlet, q.sentence, q.start, q."end", q.words, q.speaker, q.relays
       FROM quotes q JOIN documents d ON d.id = q.doc
      WHERE ($1::text IS NULL OR q.doc = $1)
      ORDER BY d.published IS NULL, d.published, q.doc, q.start LIMIT $2`,
    [filter.doc ?? null, filter.limit ?? null],
  );
  return rows.map(quoteView);
}

// What /api/documents/{id} serves: the text, where its events are told (sentence and trigger
// offsets, actor words), its story and its quote chains.
import type { DocumentRecord } from '../records.js';
import type { DocumentProvenanceView, MentionDetail, QuoteView, Store } from '../store/index.js';

export interface DocumentMentionView {
  id: string;
  /** The stored event this mention belongs to (another document's when it merged into one). */
  event: string;
  type: string;
  date: string | null;
  source: { root: string; sector: string; text: string };
  target: { root: string; sector: string; text: string };
  negated: boolean;
  sentence: { index: number; start: number; end: number };
  trigger: { start: number; end: number; text: string };
  pattern: string;
}

export interface DocumentView {
  document: DocumentRecord;
  mentions: DocumentMentionView[];
  provenance: DocumentProvenanceView | null;
  quotes: QuoteView[];
}

/** The document with its stored mentions (as coded at ingest), its story and quote chains. */
export async function documentView(store: Store, id: string): Promise<DocumentView | null> {
  const document = await store.document(id);
  if (!document) return null;
  const [mentions, provenance, quotes] = await Promise.all([
    store.documentMentions(id),
    store.describeDocument(id),
    store.quotes({ doc: id, limit: 500 }),
  ]);
  return { document, mentions: mentions.map(mentionView), provenance, quotes };
}

const mentionView = (mention: MentionDetail): DocumentMentionView => ({
  id: mention.id,
  event: mention.event,
  type: mention.type,
  date: mention.date,
  source: { root: mention.source.root, sector: mention.source.sector, text: mention.source.text },
  target: { root: mention.target.root, sector: mention.target.sector, text: mention.target.text },
  negated: mention.negated,
  sentence: {
    index: mention.evidence.sentence,
    start: mention.evidence.start,
    end: mention.evidence.end,
  },
  trigger: mention.trigger,
  pattern: mention.pattern,
});

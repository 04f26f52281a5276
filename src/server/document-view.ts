// What /api/documents/{id} serves: the text, where its events are told (sentence and trigger
// offsets, actor words), its story and its quote chains.
import type { Coder } from '../coding/types.js';
import type { DocumentRecord, Mention } from '../records.js';
import {
  eventId,
  type DocumentProvenanceView,
  type QuoteView,
  type Store,
} from '../store/index.js';

export interface DocumentMentionView {
  id: string;
  /** The stored event this mention belongs to, null when it merged into one we cannot name. */
  event: string | null;
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

/**
 * The store keeps a document's mentions but offers no read of them by document yet, so they are
 * found again by coding the stored text with the same coder (deterministic: same text, same
 * mentions and ids) and each is linked to the event it started when that event exists.
 */
export async function documentView(
  store: Store,
  coder: () => Coder,
  id: string,
): Promise<DocumentView | null> {
  const document = await store.document(id);
  if (!document) return null;
  const coded = coder().code({
    id: document.id,
    text: document.text,
    published: document.published,
  });
  const mentions: DocumentMentionView[] = [];
  for (const mention of coded.mentions) mentions.push(await withEvent(store, mention));
  // A mention that merged into an event this document started is listed among its mentions.
  const owners = new Map<string, string>();
  for (const event of new Set(mentions.map((m) => m.event).filter((e): e is string => !!e))) {
    for (const m of await store.eventMentions(event)) owners.set(m.id, event);
  }
  for (const m of mentions) m.event ??= owners.get(m.id) ?? null;
  const [provenance, quotes] = await Promise.all([
    store.describeDocument(id),
    store.quotes({ doc: id, limit: 500 }),
  ]);
  return { document, mentions, provenance, quotes };
}

async function withEvent(store: Store, mention: Mention): Promise<DocumentMentionView> {
  const candidate = eventId(mention.id);
  const linked = (await store.event(candidate)) ? candidate : null;
  return {
    id: mention.id,
    event: linked,
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
  };
}

// The one interface every stage and every front end uses to keep and read Spiral's records.
// Async throughout, so that a store across a network (PostgreSQL) fits the same shape as the
// embedded SQLite file. Every implementation runs the shared suite in `store.case.test.ts`.
import type { DocumentRecord, EventRecord } from '../records.js';
import type { AnalysisReader } from './aggregates.js';
import type { CodedInput, StoreCounts } from './coded.js';
import type { ProvenanceIndex } from './provenance-index.js';
import type {
  DocumentFilter,
  DocumentProvenanceView,
  DocumentSummary,
  EventFilter,
  MentionDetail,
  QuoteView,
  StoreSummary,
  StoryView,
} from './views.js';

export type StoreKind = 'sqlite' | 'postgres';

/**
 * A step run for every newly stored document, inside its transaction, after the document row
 * exists and before its mentions are stored. Declared, not registered: `createSpiral` receives
 * the list (provenance is one).
 */
export interface DocumentStep {
  readonly name: string;
  run(doc: DocumentRecord, store: Store): Promise<DocumentStepResult>;
}

export interface DocumentStepResult {
  /** Id of an earlier document this one copies: its mentions then merge into that one's events. */
  copyOf: string | null;
}

export interface Store {
  readonly kind: StoreKind;
  /** What the user named (file path or URL without its password), for messages. */
  readonly target: string;
  close(): Promise<void>;

  // ------------------------------------------------------------------ writing
  /**
   * Opens a batch: documents written until `commit` are committed together (a commit costs far
   * more than a document's rows). A second writer waits for the first rather than failing.
   */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** True between `begin` and `commit`/`rollback`. */
  readonly inBatch: boolean;
  hasDocument(hash: string): Promise<boolean>;
  /**
   * Optional: claims a document (by content hash) for this writer before it is coded, so that
   * workers sharing the store do not code it twice. False when another writer holds it or has
   * stored it (skip it). Held until this writer's batch ends. A store with one writer at a time
   * need not provide it.
   */
  claim?(hash: string): Promise<boolean>;
  /**
   * Stores a document with all its coded content, whole or not at all (inside the open batch, or
   * on its own when none is open). The steps run after the document row is written and may name
   * an original it copies. Null when a document with its hash is already stored (idempotence,
   * also against another worker that stored it first).
   */
  writeDocument(
    doc: DocumentRecord,
    coded: CodedInput,
    steps: readonly DocumentStep[],
  ): Promise<StoreCounts | null>;

  /** Copy-detection index and stories (provenance's data). */
  readonly provenance: ProvenanceIndex;
  /** Aggregates for analysis (series, spikes, positions, the brief), computed in the store. */
  readonly analysis: AnalysisReader;

  // ------------------------------------------------------------------ reading
  events(filter?: EventFilter): Promise<EventRecord[]>;
  /** All matching events, page by page: exports of any size in bounded memory. */
  iterateEvents(filter?: EventFilter, pageSize?: number): AsyncIterable<EventRecord>;
  event(id: string): Promise<EventRecord | null>;
  /** The mentions of an event in the order they were stored (the first is its evidence). */
  eventMentions(id: string): Promise<MentionDetail[]>;
  /**
   * The mentions a document tells, in the order they were stored, each with its event (also when
   * it merged into an event another document started), its sentence and trigger offsets and its
   * actors' words: what a document view highlights, without coding the text again.
   */
  documentMentions(docId: string): Promise<MentionDetail[]>;
  document(id: string): Promise<DocumentRecord | null>;
  documents(filter?: DocumentFilter): Promise<DocumentSummary[]>;
  summary(top?: number): Promise<StoreSummary>;
  stories(options?: { minSize?: number }): Promise<StoryView[]>;
  describeDocument(id: string): Promise<DocumentProvenanceView | null>;
  quotes(filter?: { doc?: string; limit?: number }): Promise<QuoteView[]>;
}

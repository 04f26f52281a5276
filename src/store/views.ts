// The shapes the store's read side returns: what the CLI prints and the HTTP API serves.
import type { Actor, EventRecord, Mention, SourceRef } from '../records.js';

/** How a story member relates to its original (`translated`: names and numbers align). */
export type LinkKind = 'original' | 'verbatim' | 'edited' | 'spun' | 'summary' | 'translated';

/** Where a row sits in the events' order: by date (unknown last), then by id. */
export interface EventKey {
  date: string | null;
  id: string;
}

export interface EventFilter {
  /** Inclusive `YYYY-MM-DD` bounds on the event date (undated events are left out when set). */
  from?: string;
  to?: string;
  /** Root code of the source or the target. */
  actor?: string;
  source?: string;
  target?: string;
  type?: string;
  /** Outlet name: events with at least one mention from a document of this outlet. */
  sourceOutlet?: string;
  negated?: boolean;
  /**
   * A place: events placed in it (its name or admin-1 region, or a name that starts with it and a
   * space: "Donetsk" finds "Donetsk Oblast") or reporting a count for it. Case and accents are
   * ignored (src/store/fold.ts).
   */
  region?: string;
  /** Words that must all occur in the evidence sentence (case and accents ignored). */
  text?: string;
  /**
   * Only rows after this one in the order (keyset paging: a page far down costs what the first
   * one costs, where `offset` reads and skips every row before it).
   */
  after?: EventKey;
  limit?: number;
  offset?: number;
  /** One row per mention instead of one per event. */
  mentions?: boolean;
}

/** A mention shown in the event shape, with the event it belongs to. */
export interface MentionEventRecord extends EventRecord {
  event: string;
}

/** A stored mention with everything needed to show why it was coded. */
export type MentionDetail = Omit<Mention, 'intensity' | 'place' | 'quantities'> & {
  event: string;
  document: SourceRef;
};

export interface DocumentFilter {
  source?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A document as listed: its metadata and how much was coded from it. */
export interface DocumentSummary {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  path: string;
  format: string;
  ingested: string;
  chars: number;
  sentences: number;
  mentions: number;
  events: number;
}

export interface StoreSummary {
  documents: number;
  sentences: number;
  mentions: number;
  events: number;
  /** Distinct outlets. */
  sources: number;
  firstDate: string | null;
  lastDate: string | null;
  byType: Array<{ type: string; events: number }>;
  topDyads: Array<{ source: string; target: string; events: number }>;
  topSources: Array<{ source: string; documents: number }>;
}

export interface StoryMemberView {
  doc: string;
  path: string;
  url: string | null;
  title: string | null;
  similarity: number;
  link: LinkKind;
}

export interface StoryView {
  id: string;
  original: string;
  members: StoryMemberView[];
  size: number;
}

export interface LinkView {
  doc: string;
  title: string | null;
  source: string;
  link: LinkKind;
  similarity: number;
  spin: number;
}

export interface QuoteChainView {
  words: string;
  /** "Zakharova said → TASS reported → Northern relayed". */
  chain: string;
}

export interface DocumentProvenanceView {
  doc: string;
  title: string | null;
  source: string;
  published: string | null;
  story: string | null;
  original: string | null;
  spin: number | null;
  link: LinkKind | null;
  copyOf: LinkView | null;
  copies: LinkView[];
  quotes: QuoteChainView[];
}

/** A stored quote (Contracts: `spiral quotes`). Relays run from the speaker outward. */
export interface QuoteView {
  doc: string;
  /** The outlet of the document that carries the quote. */
  outlet: string;
  sentence: number;
  start: number;
  end: number;
  words: string;
  speaker: Pick<Actor, 'root' | 'sector' | 'text'> | null;
  relays: string[];
}

// What the coder hands the store for one document.
import type { Mention, QuoteRecord, Sentence } from '../records.js';

export interface CodedContent {
  sentences: Sentence[];
  mentions: Mention[];
  quotes: QuoteRecord[];
}

export interface StoreCounts {
  sentences: number;
  mentions: number;
  /** New events created by this document's mentions. */
  events: number;
}

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

/**
 * What a store is given to write: a document's coded content whole, or in chunks in document
 * order (a long document's, coded while it is stored, so that it is never all in memory).
 */
export type CodedInput = CodedContent | Iterable<CodedContent>;

const isWhole = (coded: CodedInput): coded is CodedContent =>
  Array.isArray((coded as CodedContent).sentences);

/** The chunks of coded content, one when it came whole. */
export function chunksOf(coded: CodedInput): Iterable<CodedContent> {
  return isWhole(coded) ? [coded] : coded;
}

/** Coded content whole, joining chunks (for a store that needs it all at once). */
export function wholeContent(coded: CodedInput): CodedContent {
  if (isWhole(coded)) return coded;
  const whole: CodedContent = { sentences: [], mentions: [], quotes: [] };
  for (const chunk of coded) {
    for (const s of chunk.sentences) whole.sentences.push(s);
    for (const m of chunk.mentions) whole.mentions.push(m);
    for (const q of chunk.quotes) whole.quotes.push(q);
  }
  return whole;
}

import type { Mention, QuoteRecord, Sentence } from '../records.js';

/** What the coder needs of a document. */
export interface CodableDocument {
  id: string;
  text: string;
  /** Publication date `YYYY-MM-DD`, or null: actors then resolve without tenure dates. */
  published: string | null;
}

/** What the coder returns for one document: everything the store keeps about its content. */
export interface CodedDocument {
  sentences: Sentence[];
  mentions: Mention[];
  quotes: QuoteRecord[];
}

export interface CoderOptions {
  /** Extra verb/phrase dictionary files (JSON Lines), added to the built-in patterns. */
  dictionaries?: string[];
  /**
   * Whether the dictionaries imported from PETRARCH2/Phoenix (`*.imported.*` files under data/)
   * are loaded (default true); false gives the hand-kept dictionaries alone, for comparison.
   */
  imported?: boolean;
  /**
   * Whether roles may use the dependency parse (default true); false gives word distance and
   * clause rules alone, for comparison.
   */
  parser?: boolean;
}

export interface Coder {
  code(doc: CodableDocument): CodedDocument;
  /**
   * The same content in chunks of sentences, coded as they are taken: for long documents, whose
   * coded content as a whole would take many times the text's memory.
   */
  chunks?(doc: CodableDocument, chunkSentences?: number): Iterable<CodedDocument>;
}

import type { Mention, PloverType, QuoteRecord, Sentence } from '../records.js';

/**
 * Why a trigger the dictionary found gave no event: the step of the coder that let it go. For
 * diagnostics (`npm run eval -- FILE --causes`); ingest never asks.
 */
export const DROP_REASONS = [
  /** The sentence names no actor at all. */
  'no_actor',
  /** An act named by a noun whose doer or target the words around it do not give. */
  'nominal_unplaced',
  /** Not an act the sentence reports: denied, conditional, demanded, an aim, an adjective ... */
  'not_reported',
  /** The words around it rule out the roles it needs (`findRoles`). */
  'roles',
  /** No doer found. */
  'no_doer',
  /**
   * A warning (a pattern marked `warning`) that aims at no one named, says nothing of what its
   * doer will do and names no repercussion: it tells of a situation, it threatens no one
   * (warnings.ts). Was told as `no_doer` before the sixteenth round.
   */
  'no_threat',
  /** No target found where the act needs one. */
  'no_target',
  /** Doer and target found, but no mention kept (one actor on both sides, a duplicate ...). */
  'not_emitted',
  /**
   * Coded with a doer and no target while the sentence names another party: let go once the
   * sentence's acts are all coded, as more often a misreading than a one-sided act.
   */
  'untied',
  /** Coded with no target, and let go for an act of the same doer and type that has one. */
  'repeated',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface TriggerDrop {
  docId: string;
  /** The type the pattern codes. */
  type: PloverType;
  patternId: string;
  reason: DropReason;
}

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
  /**
   * Whether the learned trigger model proposes triggers where no pattern anchors (default true;
   * src/coding/learned/); false gives the patterns alone, for comparison.
   */
  learned?: boolean;
  /** Another weights file for the learned model (default `data/learned/triggers.json`). */
  learnedModel?: string;
  /** Told of every trigger that gave no event, and why (diagnostics; slows nothing when absent). */
  onDrop?: (drop: TriggerDrop) => void;
}

export interface Coder {
  code(doc: CodableDocument): CodedDocument;
  /**
   * The same content in chunks of sentences, coded as they are taken: for long documents, whose
   * coded content as a whole would take many times the text's memory.
   */
  chunks?(doc: CodableDocument, chunkSentences?: number): Iterable<CodedDocument>;
}

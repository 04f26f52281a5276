// Provenance: which documents are copies of which (verbatim, edited, synonym-spun, summarised),
// grouped into stories with a likely original, and a spin score per document.
import type { Database } from 'better-sqlite3';
import type { DocumentRecord } from '../records.js';
import { linkDocument as link } from './link.js';

/**
 * Pipeline hook: indexes `doc` (which must already be in `documents`) and links it to the story
 * it copies. `copyOf` is the stored document whose events this one repeats (merge into them), or
 * null for a document that copies nothing known.
 */
export function linkDocument(db: Database, doc: DocumentRecord): { copyOf: string | null } {
  return { copyOf: link(db, doc).copyOf };
}

export { linkDocument as linkDocumentDetailed, fingerprint, findCandidates } from './link.js';
export type { LinkResult } from './link.js';
export {
  compareDocuments,
  judge,
  type Comparison,
  type LinkKind,
  type Verdict,
} from './compare.js';
export { collocationSpin } from './spin.js';
export {
  listStories,
  describeDocument,
  type StoryView,
  type DocumentProvenanceView,
} from './queries.js';

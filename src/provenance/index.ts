// Provenance: which documents are copies of which (verbatim, edited, synonym-spun, summarised),
// grouped into stories with a likely original, and a spin score per document.
import type { DocumentRecord } from '../records.js';
import type { DocumentStep, DocumentStepResult, Store } from '../store/store.js';
import { fingerprint, linkDocument, type Fingerprint } from './link.js';

/**
 * The document step of copy detection: indexes a newly stored document and links it to the
 * story it copies. `copyOf` is the stored document whose events it repeats (they merge), or null.
 * `prepare` is the part that needs no store (tokens, MinHash signature): a parallel ingest runs
 * it in the coding workers and hands its result to `run`, off the single writer.
 */
export interface ProvenanceStep extends DocumentStep {
  prepare(doc: DocumentRecord): Fingerprint;
  run(doc: DocumentRecord, store: Store, prepared?: Fingerprint): Promise<DocumentStepResult>;
}

export const provenanceStep: ProvenanceStep = {
  name: 'provenance',
  prepare: (doc) => fingerprint(doc.text),
  async run(doc, store, prepared?: Fingerprint) {
    return { copyOf: (await linkDocument(store.provenance, doc, prepared)).copyOf };
  },
};

export { linkDocument, fingerprint, findCandidates, type LinkResult } from './link.js';
export {
  compareDocuments,
  judge,
  type Comparison,
  type LinkKind,
  type Verdict,
} from './compare.js';
export { collocationSpin } from './spin.js';

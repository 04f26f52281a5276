// Provenance: which documents are copies of which (verbatim, edited, synonym-spun, summarised),
// grouped into stories with a likely original, and a spin score per document.
import type { DocumentStep } from '../store/store.js';
import { linkDocument } from './link.js';

/**
 * The document step of copy detection: indexes a newly stored document and links it to the
 * story it copies. `copyOf` is the stored document whose events it repeats (they merge), or null.
 */
export const provenanceStep: DocumentStep = {
  name: 'provenance',
  async run(doc, store) {
    return { copyOf: (await linkDocument(store.provenance, doc)).copyOf };
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

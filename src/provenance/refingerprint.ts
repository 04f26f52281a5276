// Fingerprinting a store's documents again. The signatures copy detection looks documents up by
// are computed when a document is stored; when a release changes how they are computed (new
// anchors, a transliteration), documents stored before are found by their old signatures, that
// new documents no longer share. This recomputes every stored document's signature and band keys
// in batches (each batch one transaction: a stop keeps what was done, a rerun redoes the rest).
// Stories and links already made stay as they are: only later lookups change.
import type { Store } from '../store/store.js';
import { fingerprint, forgetSignatures } from './link.js';

/** Documents fingerprinted per transaction. */
export const REFINGERPRINT_BATCH = 256;

/** Fingerprints every stored document again; returns how many. */
export async function refingerprint(
  store: Store,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const docs = await store.documents();
  let done = 0;
  for (let at = 0; at < docs.length; at += REFINGERPRINT_BATCH) {
    await store.begin();
    try {
      for (const { id } of docs.slice(at, at + REFINGERPRINT_BATCH)) {
        const text = await store.provenance.text(id);
        if (text === null) continue; // gone since it was listed
        const fp = fingerprint(text);
        await store.provenance.removeFingerprint(id);
        await store.provenance.saveFingerprint(
          id,
          { sig: fp.sig, shingles: fp.shingles },
          fp.bands,
        );
        done++;
      }
      await store.commit();
    } catch (err) {
      await store.rollback();
      throw err;
    }
    forgetSignatures(store.provenance);
    onProgress?.(done, docs.length);
  }
  return done;
}

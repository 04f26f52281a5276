import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpiral } from '../pipeline/spiral.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { BANDS } from './minhash.js';
import { findCandidates, fingerprint } from './link.js';
import { refingerprint } from './refingerprint.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-refingerprint-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TEXTS = [
  'MOSCOW, Feb. 14 - Russia said on Monday that some of its troops in the Western Military District would return to their bases after drills, Defence Ministry spokesman Igor Konashenkov said.',
  'KYIV, Feb. 15 - The OSCE monitoring mission recorded 189 ceasefire violations in the Donetsk region, including 128 explosions, against 24 in the previous period.',
];

describe('refingerprint', () => {
  it('gives every stored document the signature and band keys its text has now', async () => {
    TEXTS.forEach((t, i) => writeFileSync(path.join(tmp, `d${i}.txt`), t));
    const store = SqliteStore.open(path.join(tmp, 'store.db'), { create: true });
    try {
      await createSpiral({ store }).ingest([tmp], { ingest: { maxBytes: 1e6 }, quiet: true });
      const docs = await store.documents();
      expect(docs).toHaveLength(2);
      // As a store fingerprinted by an older release would hold it: other signatures and keys.
      const stale = docs[0]!.id;
      await store.provenance.removeFingerprint(stale);
      await store.provenance.saveFingerprint(
        stale,
        { sig: new Uint32Array(BANDS * 4), shingles: 1 },
        Int32Array.from({ length: BANDS }, (_, b) => -1 - b),
      );
      const now = fingerprint((await store.provenance.text(stale))!);
      const found = async (): Promise<string[]> =>
        (await findCandidates(store.provenance, now.bands, 'dnone')).map((c) => c.doc);
      expect(await found()).not.toContain(stale);

      const seen: number[] = [];
      expect(await refingerprint(store, (done) => seen.push(done))).toBe(2);
      expect(seen.at(-1)).toBe(2);
      expect(await found()).toContain(stale);
      expect(await store.provenance.signature(stale)).toEqual({
        sig: now.sig,
        shingles: now.shingles,
      });
      // The old keys are gone, not kept beside the new ones.
      const old = await findCandidates(
        store.provenance,
        Int32Array.from({ length: BANDS }, (_, b) => -1 - b),
        'dnone',
      );
      expect(old).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

// What copy detection reads per document while a corpus is ingested (with coding, into a
// temporary SQLite store): LSH band rows read, index lookups, stored texts read for the fine
// check, and the CPU time of linking. `stop: false` counts stop keys like any other key (the
// lookup before stop keys), for a before/after figure. Diagnostics only: the rows are counted by
// a second query per band, outside the timed link. `lookup-cli.ts` prints it for a file.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSpiral } from '../pipeline/spiral.js';
import type { ProvenanceIndex } from '../store/provenance-index.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { ProvenanceStep } from './index.js';
import { fingerprint, linkDocument } from './link.js';
import { BANDS } from './minhash.js';

export interface Tally {
  documents: number;
  /** Band rows read (each bucket's, up to its read limit). */
  rows: number;
  lookups: number;
  /** Stored texts read for the fine check (the others were remembered). */
  texts: number;
  /** CPU time of linking (fingerprint, look-ups, fine checks, stories), microseconds. */
  linkMicros: number;
}
/** The index, with every bucket read counted (and stop keys ignored when `stop` is false). */
function counting(store: SqliteStore, stop: boolean, tally: Tally): ProvenanceIndex {
  const index = store.provenance;
  const size = store.db
    .prepare('SELECT count(*) FROM (SELECT 1 FROM lsh_bands WHERE band = ? AND hash = ? LIMIT ?)')
    .pluck();
  return {
    ...index,
    async candidates(bands, exclude, limit, bucketLimit, stopAbove) {
      const s = stop ? stopAbove : undefined;
      const read = s === undefined ? bucketLimit : Math.min(bucketLimit, s + 1);
      const cpu = process.cpuUsage();
      for (let b = 0; b < BANDS; b++) tally.rows += size.get(b, bands[b], read) as number;
      const spent = process.cpuUsage(cpu);
      tally.linkMicros -= spent.user + spent.system;
      tally.lookups++;
      return index.candidates(bands, exclude, limit, bucketLimit, s);
    },
    async members(ids) {
      tally.texts += ids.length;
      return index.members(ids);
    },
  };
}

/** Ingests `corpus` (a file or directory `spiral ingest` reads) into a throwaway store and
 *  counts what linking its documents read. */
export async function measureLookups(corpus: string, { stop = true } = {}): Promise<Tally> {
  const tally: Tally = { documents: 0, rows: 0, lookups: 0, texts: 0, linkMicros: 0 };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-lookup-'));
  const store = SqliteStore.open(path.join(dir, 'lookup.db'), { create: true });
  const index = counting(store, stop, tally);
  const step: ProvenanceStep = {
    name: 'provenance',
    prepare: (doc) => fingerprint(doc.text),
    async run(doc, _store, prepared) {
      const cpu = process.cpuUsage();
      const { copyOf } = await linkDocument(index, doc, prepared);
      const spent = process.cpuUsage(cpu);
      tally.linkMicros += spent.user + spent.system;
      tally.documents++;
      return { copyOf };
    },
  };
  try {
    await createSpiral({ store, steps: [step] }).ingest([corpus], {
      ingest: { maxBytes: 1e9 },
      quiet: true,
    });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return tally;
}

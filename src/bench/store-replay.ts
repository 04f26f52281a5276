// The writer's part of an ingest alone: a corpus's coded documents recorded once, then stored
// again through the same run (`runIngest`, its batches and copy detection) with a coder that only
// hands back what was recorded. Coding is most of an ingest's CPU and does not change with the
// store: without it, a change to the store or to copy detection shows in a run's CPU time by
// itself (the 8 MB bench corpus: about 11 s of the whole ingest's 27, 3 s without copy detection).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { createCoder } from '../coding/index.js';
import type { Coder, CodedDocument } from '../coding/types.js';
import { runIngest, type IngestStats } from '../pipeline/ingest-run.js';
import { DEFAULT_STEPS } from '../pipeline/spiral.js';
import { SqliteStore } from '../store/sqlite/store.js';

/** Whatever size the corpus's records are, none is skipped. */
const INGEST = { maxBytes: 1e9 };

/** Codes every document of `corpus` and writes what the coder returned, by document id, to `file`. */
export async function recordCoded(corpus: string, file: string): Promise<number> {
  const coder = createCoder({});
  const coded = new Map<string, CodedDocument>();
  // Without `chunks`: a long document is recorded whole (and so replayed whole).
  const recording: Coder = {
    code(doc) {
      const content = coder.code(doc);
      coded.set(doc.id, content);
      return content;
    },
  };
  const store = SqliteStore.open(':memory:', { create: true });
  try {
    await runIngest(store, [corpus], { coder: recording, quiet: true, ingest: INGEST });
  } finally {
    await store.close();
  }
  writeFileSync(file, v8.serialize(coded));
  return coded.size;
}

export interface Replayed {
  stats: IngestStats;
  /** CPU time of the run (user and system), seconds. */
  cpuSeconds: number;
}

/**
 * Ingests `corpus` into a new SQLite file `db` (one there is replaced) with the coded content
 * recorded in `file`, with copy detection unless `provenance` is false.
 */
export async function replayCoded(
  corpus: string,
  file: string,
  db: string,
  provenance = true,
): Promise<Replayed> {
  const coded = v8.deserialize(readFileSync(file)) as Map<string, CodedDocument>;
  const coder: Coder = {
    code(doc) {
      const content = coded.get(doc.id);
      if (!content) throw new Error(`${doc.id}: not recorded (another corpus?)`);
      return content;
    },
  };
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const store = SqliteStore.open(db, { create: true });
  const before = process.cpuUsage();
  try {
    const stats = await runIngest(store, [corpus], {
      coder,
      steps: provenance ? DEFAULT_STEPS : [],
      quiet: true,
      ingest: INGEST,
    });
    const spent = process.cpuUsage(before);
    return { stats, cpuSeconds: (spent.user + spent.system) / 1e6 };
  } finally {
    await store.close();
  }
}

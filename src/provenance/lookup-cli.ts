// `node dist/provenance/lookup-cli.js CORPUS [--no-stop]`: what copy detection reads per document
// while a corpus is ingested (with coding, into a temporary SQLite store): LSH band rows read,
// index lookups, stored texts read for the fine check, and the CPU time of linking. `--no-stop`
// counts stop keys like any other key (the lookup before stop keys), for a before/after figure.
// Diagnostics only: the rows are counted by a second query per band, outside the timed link.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSpiral } from '../pipeline/spiral.js';
import type { ProvenanceIndex } from '../store/provenance-index.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { ProvenanceStep } from './index.js';
import { fingerprint, linkDocument } from './link.js';
import { BANDS } from './minhash.js';

interface Tally {
  documents: number;
  rows: number;
  lookups: number;
  texts: number;
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

async function main(args: string[]): Promise<number> {
  const corpus = args.find((a) => !a.startsWith('--'));
  if (!corpus) {
    process.stderr.write('lookup-cli: E_USAGE: lookup-cli CORPUS [--no-stop]\n');
    return 2;
  }
  const tally: Tally = { documents: 0, rows: 0, lookups: 0, texts: 0, linkMicros: 0 };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-lookup-'));
  const store = SqliteStore.open(path.join(dir, 'lookup.db'), { create: true });
  const index = counting(store, !args.includes('--no-stop'), tally);
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
  const per = (n: number): string => (tally.documents ? n / tally.documents : 0).toFixed(1);
  process.stdout.write(
    [
      `documents: ${tally.documents}`,
      `band rows read per document: ${per(tally.rows)}`,
      `index lookups per document: ${per(tally.lookups)}`,
      `stored texts read per document: ${per(tally.texts)}`,
      `link CPU per document: ${(tally.documents ? tally.linkMicros / 1000 / tally.documents : 0).toFixed(2)} ms`,
    ].join('\n') + '\n',
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

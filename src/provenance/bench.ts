// Copy-detection benchmark: fill the LSH index with generated documents (signatures only, the
// filler texts are not stored), then link spun copies of a few stored originals against it, at
// a tenth of the size and at full size. Matching should barely slow down as the index grows:
// each lookup reads one index range per band, never the corpus.
import { createHash } from 'node:crypto';
import { SqliteStore } from '../store/sqlite/store.js';
import type { DocumentRecord } from '../records.js';
import { newsStory, spinText } from './generate.js';
import { seededRandom } from '../random.js';
import { findCandidates, fingerprint, linkDocument } from './link.js';
import { thesaurus } from './thesaurus.js';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

const QUERIES = 100;

function record(text: string, i: number, published: string): DocumentRecord {
  const hash = createHash('sha256').update(`${i}\n${text}`).digest('hex');
  return {
    id: `d${hash.slice(0, 16)}`,
    hash,
    text,
    source: '',
    url: null,
    title: null,
    published,
    path: `bench/${i}`,
    format: 'text',
    ingested: new Date(Date.UTC(2024, 0, 1) + i).toISOString(),
  };
}

/** Stores a document's row only (no coding: the bench measures copy detection). */
async function store(db: SqliteStore, doc: DocumentRecord): Promise<void> {
  await db.writeDocument(doc, { sentences: [], mentions: [], quotes: [] }, []);
}

export async function provenanceBench(opts: { docs?: number } = {}): Promise<BenchFigure[]> {
  const total = opts.docs ?? 100_000;
  const stages = [Math.round(total / 10), total];
  const th = thesaurus();
  const r = seededRandom(42);
  const db = SqliteStore.open(':memory:');
  // Filler documents are indexed without a `documents` row, to measure the index alone.
  db.db.pragma('foreign_keys = OFF');
  const figures: BenchFigure[] = [];

  // Originals whose copies are looked up; stored in full so the fine check runs.
  // One set of originals per stage, all stored first: a stage's copies then meet an index of that
  // stage's size and stories untouched by the earlier stage (which would add fine checks).
  const originals = Array.from({ length: QUERIES * stages.length }, (_, i) =>
    record(newsStory(r).text, i, '2022-01-01'),
  );
  for (const o of originals) {
    await store(db, o);
    await linkDocument(db.provenance, o);
  }

  let filled = originals.length;
  let queryRound = 0;
  for (const target of stages) {
    const started = performance.now();
    const insertBatch = async (from: number, n: number): Promise<void> => {
      await db.begin();
      for (let k = 0; k < n; k++) {
        const fp = fingerprint(newsStory(r).text);
        await db.provenance.saveFingerprint(`f${from + k}`, fp, fp.bands);
      }
      await db.commit();
    };
    const toAdd = Math.max(0, target - filled);
    for (let done = 0; done < toAdd; done += 5000)
      await insertBatch(filled + done, Math.min(5000, toAdd - done));
    filled = Math.max(filled, target);
    const fillSeconds = (performance.now() - started) / 1000;
    if (toAdd > 0)
      figures.push({
        name: `provenance.fill_docs_per_s@${target}`,
        value: toAdd / fillSeconds,
        unit: 'docs/s',
      });

    const batch = originals.slice(queryRound * QUERIES, (queryRound + 1) * QUERIES);
    const copies = batch.map((o, i) =>
      record(spinText(o.text, 0.3, r, th).text, 1_000_000 + queryRound * QUERIES + i, '2022-01-02'),
    );
    queryRound++;
    // The index alone (fingerprint + LSH lookup), then the whole match (with the fine checks).
    const l0 = performance.now();
    for (const c of copies) await findCandidates(db.provenance, fingerprint(c.text).bands, c.id);
    figures.push({
      name: `provenance.lookup_ms@${target}`,
      value: (performance.now() - l0) / copies.length,
      unit: 'ms',
    });
    let found = 0;
    const t0 = performance.now();
    for (let i = 0; i < copies.length; i++) {
      await store(db, copies[i]!);
      if ((await linkDocument(db.provenance, copies[i]!)).copyOf === batch[i]!.id) found++;
    }
    const ms = performance.now() - t0;
    figures.push({
      name: `provenance.match_docs_per_s@${target}`,
      value: (copies.length / ms) * 1000,
      unit: 'docs/s',
    });
    figures.push({ name: `provenance.match_ms@${target}`, value: ms / copies.length, unit: 'ms' });
    figures.push({
      name: `provenance.match_recall@${target}`,
      value: found / copies.length,
      unit: 'ratio',
    });
  }
  figures.push({
    name: 'provenance.peak_rss',
    value: process.resourceUsage().maxRSS / 1024,
    unit: 'MB',
  });
  await db.close();
  return figures;
}

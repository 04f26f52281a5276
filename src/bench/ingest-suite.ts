// Ingest + coding throughput and memory on the generated corpus, in a temporary database.
import path from 'node:path';
import { openDatabase } from '../store/db.js';
import { runIngest } from '../pipeline/ingest-run.js';
import type { BenchContext, BenchFigure, BenchSuite } from './suites.js';

const MB = 1024 * 1024;

function rssMb(): number {
  // With --expose-gc, collect first so the figure shows what is retained, not garbage.
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / MB;
}

export const ingestSuite: BenchSuite = {
  name: 'ingest',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const db = openDatabase(path.join(context.tmpDir, 'bench.db'));
    let peak = process.memoryUsage().rss / MB;
    let rssAtQuarter: number | null = null;
    const quarter = Math.max(1, Math.floor(context.corpusDocuments / 4));
    const started = process.hrtime.bigint();
    const stats = await runIngest(db, [context.corpus], {
      // Generous: the corpus is one JSONL file, and the limit may apply to files as well as records.
      ingest: { maxBytes: Math.max(10_000_000, context.corpusBytes * 2) },
      quiet: true,
      onProgress(s) {
        const seen = s.documents + s.skipped + s.failed;
        if (seen % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss / MB);
        if (rssAtQuarter === null && seen >= quarter) rssAtQuarter = rssMb();
      },
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rssAtEnd = rssMb();
    peak = Math.max(peak, rssAtEnd);
    db.close();
    return [
      { name: 'ingest+code', value: context.corpusBytes / 1e6 / seconds, unit: 'MB/s' },
      { name: 'documents/s', value: stats.documents / seconds, unit: 'docs/s' },
      { name: 'sentences/s', value: stats.sentences / seconds, unit: 'sentences/s' },
      { name: 'mentions', value: stats.mentions, unit: 'mentions' },
      { name: 'events', value: stats.events, unit: 'events' },
      { name: 'failed', value: stats.failed, unit: 'documents' },
      { name: 'peak RSS', value: peak, unit: 'MB' },
      { name: 'RSS at 25%', value: rssAtQuarter ?? rssAtEnd, unit: 'MB' },
      { name: 'RSS at 100%', value: rssAtEnd, unit: 'MB' },
      {
        name: 'RSS growth 25%→100%',
        value: rssAtEnd - (rssAtQuarter ?? rssAtEnd),
        unit: 'MB',
      },
    ];
  },
};

// What the machine's cores allow an ingest, whatever Spiral's threads do: `spiral ingest
// --workers 1` alone, then two of them side by side on the same corpus (separate stores, nothing
// shared but the machine). The pair's throughput over the one's is the most any two-thread
// ingest could reach here. It is not 2: one ingest already keeps more than one core busy part of
// the time (the JavaScript engine compiles and collects garbage on threads of its own), and two
// processes share the cores' caches and memory bandwidth. The parallel suite's speedup is read
// against this figure.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchFigure, BenchSuite } from './suites.js';

const SPIRAL = fileURLToPath(new URL('../../bin/spiral.js', import.meta.url));

/** Seconds one `spiral ingest --workers 1` of the corpus takes, in a child process. */
function ingestProcess(corpus: string, db: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [SPIRAL, '--db', db, 'ingest', '--quiet', '--workers', '1', corpus],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Number(process.hrtime.bigint() - started) / 1e9);
      else reject(new Error(`spiral ingest exited with ${code}: ${stderr.trim().slice(-500)}`));
    });
  });
}

export const ceilingSuite: BenchSuite = {
  name: 'parallel-ceiling',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const db = (name: string): string => path.join(context.tmpDir, `ceiling-${name}.db`);
    const alone = await ingestProcess(context.corpus, db('alone'));
    const pair = await Promise.all([
      ingestProcess(context.corpus, db('left')),
      ingestProcess(context.corpus, db('right')),
    ]);
    const mbps = (seconds: number): number => context.corpusBytes / 1e6 / seconds;
    const slower = Math.max(...pair);
    return [
      { name: 'one ingest process alone', value: mbps(alone), unit: 'MB/s' },
      { name: 'two ingest processes side by side, each', value: mbps(slower), unit: 'MB/s' },
      // Two corpora in the time the slower of the pair took, against one in the time alone.
      { name: 'two-process ceiling', value: (2 * alone) / slower, unit: 'x' },
    ];
  },
};

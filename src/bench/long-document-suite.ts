// One long document (1 MB and 20 MB of generated news in one text): peak memory per MB of input
// (issue target: under 20x, flat with size), and `events --limit 1000` on the store it leaves
// (target: under 1 s whatever the document's size). Each ingest runs as its own `spiral`
// process, so its peak RSS is its own. A process that ingests one short sentence sets the floor
// (the runtime and the dictionaries, about 0.18 GB): peak RSS per MB counts it in, so it can only
// fall with size; what the text itself costs is the peak above that floor per MB, which must
// stay flat, and what each further MB adds (the peak's growth from 1 to 20 MB, per MB).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import { generateDocuments } from './generate.js';
import type { BenchContext, BenchFigure, BenchSuite } from './suites.js';

const MB = 1e6;
const FLOOR_RUNS = 3;

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const bin = path.join(packageRoot, 'bin', 'spiral.js');

/** Generated paragraphs joined into one text of about `bytes` bytes. */
function longText(bytes: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const doc of generateDocuments(seed)) {
    if (length >= bytes) break;
    parts.push(doc.text);
    length += Buffer.byteLength(doc.text) + 2;
  }
  return parts.join('\n\n');
}

/** Runs `spiral ARGS`; returns wall time and the process's peak RSS (from a preload hook). */
async function timedSpiral(
  args: string[],
  tmpDir: string,
): Promise<{ seconds: number; peakMb: number; code: number }> {
  const rssFile = path.join(tmpDir, `rss-${process.hrtime.bigint()}.txt`);
  const preload = path.join(tmpDir, 'peak-rss.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('fs').writeFileSync(process.env.SPIRAL_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n`,
  );
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--require', preload, bin, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SPIRAL_BENCH_RSS: rssFile },
  });
  const [code] = (await once(child, 'close')) as [number];
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(readFileSync(rssFile, 'utf8'));
  return { seconds, peakMb: peakKb / 1024, code };
}

export const longDocumentSuite: BenchSuite = {
  name: 'long-document',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const figures: BenchFigure[] = [];
    const tiny = path.join(context.tmpDir, 'long-floor.txt');
    writeFileSync(tiny, 'Russia accused Ukraine of shelling Donetsk on Monday.\n');
    // The floor moves by 5 MB or more from run to run (when the collector runs decides what
    // garbage is still held at the peak): the median of three runs, each on a new store.
    const floors: number[] = [];
    for (let run = 0; run < FLOOR_RUNS; run++) {
      const db = path.join(context.tmpDir, `long-floor-${run}.db`);
      floors.push(
        (await timedSpiral(['--db', db, 'ingest', '--quiet', tiny], context.tmpDir)).peakMb,
      );
    }
    const floor = { peakMb: median(floors) };
    figures.push({ name: 'ingest floor peak RSS (one sentence)', value: floor.peakMb, unit: 'MB' });
    const peaks: Array<{ inputMb: number; peakMb: number }> = [];
    for (const mb of [1, 20]) {
      const file = path.join(context.tmpDir, `long-${mb}mb.txt`);
      const text = longText(mb * MB, 7);
      writeFileSync(file, text);
      const db = path.join(context.tmpDir, `long-${mb}mb.db`);
      const ingest = await timedSpiral(
        ['--db', db, 'ingest', '--quiet', '--max-bytes', `${mb * 2}MB`, file],
        context.tmpDir,
      );
      if (ingest.code !== 0)
        throw new Error(`ingest of the ${mb} MB document exited ${ingest.code}`);
      const inputMb = Buffer.byteLength(text) / MB;
      peaks.push({ inputMb, peakMb: ingest.peakMb });
      figures.push({ name: `long document peak RSS@${mb}MB`, value: ingest.peakMb, unit: 'MB' });
      figures.push({
        name: `long document peak RSS per MB@${mb}MB`,
        value: ingest.peakMb / inputMb,
        unit: 'x',
      });
      figures.push({
        name: `long document peak RSS above the floor per MB@${mb}MB`,
        value: (ingest.peakMb - floor.peakMb) / inputMb,
        unit: 'x',
      });
      figures.push({
        name: `long document ingest@${mb}MB`,
        value: inputMb / ingest.seconds,
        unit: 'MB/s',
      });
      const list = await timedSpiral(
        ['--db', db, 'events', '--limit', '1000', '--format', 'jsonl'],
        context.tmpDir,
      );
      figures.push({
        name: `events --limit 1000@${mb}MB document`,
        value: list.seconds,
        unit: 's',
      });
    }
    const [small, large] = peaks as [(typeof peaks)[0], (typeof peaks)[0]];
    figures.push({
      name: 'long document peak RSS growth per further MB (1 -> 20 MB)',
      value: (large.peakMb - small.peakMb) / (large.inputMb - small.inputMb),
      unit: 'x',
    });
    return figures;
  },
};

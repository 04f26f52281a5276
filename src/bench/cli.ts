// `npm run bench`: generate a corpus, run every suite, print `name: value unit` lines.
// Single process, temporary files in os.tmpdir(), removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { writeCorpus } from './generate.js';
import { floorRatios } from './floor-suite.js';
import { suites, type BenchFigure } from './suites.js';

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a number > 0`);
  return n;
}

export function formatFigure(figure: BenchFigure): string {
  const digits = Math.abs(figure.value) >= 100 || Number.isInteger(figure.value) ? 0 : 2;
  return `${figure.name}: ${figure.value.toFixed(digits)} ${figure.unit}`;
}

interface BenchOptions {
  mb: number;
  seed: number;
  suite?: string[];
  writeCorpus?: string;
  postgres?: string;
}

async function run(options: BenchOptions): Promise<void> {
  if (options.writeCorpus) {
    // Contract: outside speed checks time `spiral ingest` on exactly this corpus.
    const written = await writeCorpus(options.writeCorpus, {
      bytes: options.mb * 1e6,
      seed: options.seed,
    });
    process.stderr.write(
      `wrote ${options.writeCorpus}: ${(written.bytes / 1e6).toFixed(1)} MB, ${written.documents} documents\n`,
    );
    return;
  }
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'spiral-bench-'));
  try {
    const corpus = path.join(tmpDir, 'corpus.jsonl');
    const generated = await writeCorpus(corpus, { bytes: options.mb * 1e6, seed: options.seed });
    console.log(
      `corpus: ${(generated.bytes / 1e6).toFixed(1)} MB, ${generated.documents} documents (seed ${options.seed})`,
    );
    // Unnamed, the suites that need a PostgreSQL server run only when one is given.
    const selected = options.suite?.length
      ? suites.filter((s) => options.suite!.includes(s.name))
      : suites.filter((s) => !s.needsPostgres || options.postgres);
    const all: BenchFigure[] = [];
    for (const suite of selected) {
      console.log(`# ${suite.name}`);
      const figures = await suite.run({
        corpus,
        corpusBytes: generated.bytes,
        corpusDocuments: generated.documents,
        tmpDir,
        postgres: options.postgres,
      });
      for (const figure of figures) console.log(formatFigure(figure));
      all.push(...figures);
    }
    const ratios = floorRatios(all);
    if (ratios.length > 0) {
      console.log('# ratios (same run)');
      for (const figure of ratios) console.log(formatFigure(figure));
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

const program = new Command('spiral-bench')
  .description('measure ingest and coding throughput and memory on a generated corpus')
  .option('--mb <n>', 'size of the generated corpus in MB', positive, 50)
  .option('--seed <n>', 'generator seed', positive, 1)
  .option('--suite <name...>', `suites to run (${suites.map((s) => s.name).join(', ')})`)
  .option(
    '--postgres <url>',
    'a PostgreSQL server (its role may create databases) for parallel-postgres',
  )
  .option(
    '--write-corpus <file>',
    'write the generated corpus (JSON Lines ingest records) and exit',
  )
  .action(run);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`spiral-bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 3;
});

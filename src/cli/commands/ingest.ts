import { Command, Option } from 'commander';
import { accessSync, constants } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { Coder } from '../../coding/index.js';
import { skipTally } from '../../ingest/errors.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/types.js';
import {
  DEFAULT_BATCH_DOCUMENTS,
  DEFAULT_START_AFTER_BYTES,
  defaultWorkers,
} from '../../pipeline/defaults.js';
import {
  collect,
  EXIT_INPUT,
  parseDate,
  parsePositive,
  parseSize,
  requestExit,
  UserError,
  withStore,
} from '../context.js';
import { parseMaxBytes } from '../sizes.js';

interface IngestFlags {
  source?: string;
  date?: string;
  maxBytes: number;
  dictionary: string[];
  quiet?: boolean;
  batch: number;
  workers: number;
  workersAfter: number;
}

// The coder and the pipeline are imported when a command runs, not when the CLI starts: they
// load the NLP model and its dictionaries' modules, most of a second every other command (and
// `--help`) would wait for.

/** The coder with the user's dictionaries; a bad dictionary is the user's error, not ours. */
export async function coderWithDictionaries(dictionaries: string[]): Promise<Coder> {
  const { createCoder, DictionaryError } = await import('../../coding/index.js');
  for (const file of dictionaries) {
    try {
      accessSync(file, constants.R_OK);
    } catch {
      throw new UserError('E_DICTIONARY', `${file}: cannot read dictionary`);
    }
  }
  try {
    return createCoder({ dictionaries });
  } catch (err) {
    if (err instanceof DictionaryError) throw new UserError('E_DICTIONARY', err.message);
    throw err;
  }
}

/**
 * V8 lets the heap grow to up to four times what was live at its last full collection before it
 * collects again. Ingest holds a large, steady live set (the dictionaries) and churns through
 * short-lived coding objects, so that headroom is mostly garbage: a 20 MB text peaked at 0.8 GB.
 * Growing by half instead kept it at 0.55 GB with no loss of speed (see docs/scale.md). V8 reads
 * the flag each time it sets the next limit, so it takes effect when set at run time.
 */
function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'read documents (files, folders, JSONL, feeds, or - for stdin), code and store them',
    )
    .argument('<paths...>', 'files or folders to read; - reads standard input')
    .option('--source <name>', 'outlet name for documents that do not say')
    .option('--date <YYYY-MM-DD>', 'publication date for documents that do not say', parseDate)
    .addOption(
      new Option('--max-bytes <n>', 'skip documents larger than this (e.g. 500KB, 10MB)')
        .argParser(parseMaxBytes)
        .default(DEFAULT_MAX_BYTES, `${DEFAULT_MAX_BYTES / 1024 / 1024} MiB`),
    )
    .option('--dictionary <file>', 'extra verb dictionary (JSON Lines); repeatable', collect, [])
    .option('--quiet', 'no progress and no summary (errors are still printed)')
    .addOption(
      new Option(
        '--batch <n>',
        'documents per commit (and at least one commit every 5 s); smaller batches show documents to other readers sooner, larger ones store faster',
      )
        .argParser(parsePositive)
        .default(DEFAULT_BATCH_DOCUMENTS),
    )
    .addOption(
      new Option(
        '--workers <n>',
        'threads: one reads and stores in input order (copy detection runs there too), the others code; the results are those of --workers 1',
      )
        .argParser(parsePositive)
        .default(defaultWorkers(), 'the number of cores'),
    )
    .addOption(
      new Option(
        '--workers-after <size>',
        'start the workers once this much text is to be coded (smaller inputs are coded on one thread)',
      )
        .argParser(parseSize)
        .default(DEFAULT_START_AFTER_BYTES, '1MB'),
    )
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      boundHeapGrowth();
      const coder = await coderWithDictionaries(flags.dictionary);
      const { createSpiral } = await import('../../pipeline/spiral.js');
      const skipped = skipTally();
      await withStore(command, { create: true }, async (store) => {
        // SIGINT/SIGTERM stop reading: the open batch is committed, and the summary says so.
        const stop = new AbortController();
        const onSignal = (): void => stop.abort();
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        try {
          const spiral = createSpiral({ store, coder, dictionaries: flags.dictionary });
          const stats = await spiral.ingest(paths, {
            ingest: {
              maxBytes: flags.maxBytes,
              source: flags.source,
              date: flags.date,
              stdin: process.stdin,
              onSkip: skipped.add,
            },
            quiet: flags.quiet,
            batchDocuments: flags.batch,
            workers: flags.workers,
            startAfterBytes: flags.workersAfter,
            signal: stop.signal,
          });
          if (skipped.count > 0 && !flags.quiet) process.stderr.write(`${skipped.summary()}\n`);
          if (stats.failed > 0 || stats.interrupted) requestExit(EXIT_INPUT);
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
      });
    });
}

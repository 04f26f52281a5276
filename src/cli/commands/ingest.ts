import { Command, Option } from 'commander';
import { runIngest } from '../../pipeline/ingest-run.js';
import {
  collect,
  EXIT_INPUT,
  globals,
  openForWriting,
  parseDate,
  parseSize,
  requestExit,
} from '../context.js';

/** Documents above this size are refused by default (a runaway file, not an article). */
export const DEFAULT_MAX_BYTES = 10_000_000;

interface IngestFlags {
  source?: string;
  date?: string;
  maxBytes: number;
  dictionary: string[];
  quiet?: boolean;
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
        .argParser(parseSize)
        .default(DEFAULT_MAX_BYTES, '10MB'),
    )
    .option('--dictionary <file>', 'extra verb dictionary (JSON Lines); repeatable', collect, [])
    .option('--quiet', 'no progress and no summary (errors are still printed)')
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      const db = openForWriting(globals(command).db);
      try {
        const stats = await runIngest(db, paths, {
          ingest: {
            maxBytes: flags.maxBytes,
            source: flags.source,
            date: flags.date,
            stdin: process.stdin,
          },
          dictionaries: flags.dictionary,
          quiet: flags.quiet,
        });
        if (stats.failed > 0) requestExit(EXIT_INPUT);
      } finally {
        db.close();
      }
    });
}

import { Command, Option } from 'commander';
import { outputWidth, withStore, writeLines } from '../context.js';
import { RAW_CELLS_OPTION } from '../cells.js';
import { addFilterOptions, toEventFilter, type FilterFlags } from '../filters.js';
import { eventLines, formatEventsTable, TABLE_FORMATS } from '../../output/index.js';

export function register(program: Command): void {
  const command = program
    .command('events')
    .description('list coded events: one row per happening (or per mention with --mentions)');
  addFilterOptions(command)
    .addOption(
      new Option('--format <format>', 'output format').choices(TABLE_FORMATS).default('table'),
    )
    .option('--sources', 'in the table, list every document that tells each event')
    .option(...RAW_CELLS_OPTION)
    .action(async (flags: FilterFlags & { format: string; sources?: boolean }, cmd: Command) => {
      await withStore(cmd, {}, async (store) => {
        const events = await store.events(toEventFilter(flags));
        const lines =
          flags.format === 'table'
            ? events.length
              ? formatEventsTable(events, outputWidth(), !!flags.sources)
              : ['no events match']
            : eventLines(
                events,
                flags.format as 'csv' | 'tsv' | 'jsonl' | 'json',
                !!flags.mentions,
                { rawCells: flags.rawCells },
              );
        await writeLines(process.stdout, lines);
      });
    });
}

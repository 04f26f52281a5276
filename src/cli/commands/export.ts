import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import { UserError, withStore, writeLines } from '../context.js';
import { RAW_CELLS_OPTION } from '../cells.js';
import { addFilterOptions, toEventFilter, type FilterFlags } from '../filters.js';
import { eventLines, EXPORT_FORMATS, type EventFormat } from '../../output/index.js';

export function register(program: Command): void {
  const command = program
    .command('export')
    .description(
      'write every event (or those matching filters) as CSV, TSV, JSON Lines, JSON or GeoJSON',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'),
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option(...RAW_CELLS_OPTION);
  addFilterOptions(command).action(
    async (flags: FilterFlags & { format: EventFormat; out?: string }, cmd: Command) => {
      await withStore(cmd, {}, async (store) => {
        const filter = toEventFilter(flags);
        if (flags.format === 'geojson' && filter.mentions) {
          throw new UserError('E_USAGE', '--mentions cannot be combined with --format geojson', 2);
        }
        const lines = eventLines(store.iterateEvents(filter), flags.format, !!filter.mentions, {
          rawCells: flags.rawCells,
        });
        if (!flags.out) {
          await writeLines(process.stdout, lines);
          return;
        }
        const file = createWriteStream(flags.out);
        const opened = once(file, 'open').catch((err: Error) => {
          throw new UserError('E_OUT', `${flags.out}: cannot write: ${err.message}`);
        });
        await opened;
        await writeLines(file, lines);
        file.end();
        await once(file, 'finish');
      });
    },
  );
}

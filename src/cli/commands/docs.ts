import { Command, Option } from 'commander';
import {
  outputWidth,
  parseDate,
  parseNonNegative,
  parsePositive,
  withStore,
  writeLines,
} from '../context.js';
import { RAW_CELLS_OPTION, type CellFlags } from '../cells.js';
import {
  delimitedRow,
  DOCUMENT_COLUMNS,
  documentValues,
  formatDocumentsTable,
  TABLE_FORMATS,
  jsonArray,
} from '../../output/index.js';

interface DocsFlags extends CellFlags {
  format: (typeof TABLE_FORMATS)[number];
  source?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export function register(program: Command): void {
  program
    .command('docs')
    .description('list stored documents with their date, outlet, title and number of events')
    .option('--source <outlet>', 'only documents from this outlet')
    .option('--from <YYYY-MM-DD>', 'published on or after', parseDate)
    .option('--to <YYYY-MM-DD>', 'published on or before', parseDate)
    .option('--limit <n>', 'at most this many rows', parsePositive)
    .option('--offset <n>', 'skip this many rows', parseNonNegative)
    .addOption(
      new Option('--format <format>', 'output format').choices(TABLE_FORMATS).default('table'),
    )
    .option(...RAW_CELLS_OPTION)
    .action(async (flags: DocsFlags, command: Command) => {
      await withStore(command, {}, async (store) => {
        const docs = await store.documents(flags);
        let lines: Iterable<string>;
        if (flags.format === 'table') {
          lines = docs.length ? formatDocumentsTable(docs, outputWidth()) : ['no documents'];
        } else if (flags.format === 'jsonl') {
          lines = docs.map((d) => JSON.stringify(d));
        } else if (flags.format === 'json') {
          lines = jsonArray(docs, (d) => d);
        } else {
          const format = flags.format;
          const cells = { rawCells: flags.rawCells };
          lines = [
            delimitedRow([...DOCUMENT_COLUMNS], format, cells),
            ...docs.map((d) => delimitedRow(documentValues(d), format, cells)),
          ];
        }
        await writeLines(process.stdout, lines);
      });
    });
}

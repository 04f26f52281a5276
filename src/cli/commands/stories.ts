import { Command, Option } from 'commander';
import { outputWidth, parsePositive, withStore, writeLines } from '../context.js';
import { formatStoriesTable, jsonArray } from '../../output/index.js';

const FORMATS = ['table', 'jsonl', 'json'] as const;

interface StoriesFlags {
  format: (typeof FORMATS)[number];
  minSize: number;
}

export function register(program: Command): void {
  program
    .command('stories')
    .description('groups of documents that copy one another (verbatim, edited, spun, summarised)')
    .option('--min-size <n>', 'only stories with at least this many documents', parsePositive, 2)
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (flags: StoriesFlags, command: Command) => {
      await withStore(command, {}, async (store) => {
        const stories = await store.stories({ minSize: flags.minSize });
        const lines =
          flags.format === 'table'
            ? formatStoriesTable(stories, outputWidth())
            : flags.format === 'jsonl'
              ? stories.map((s) => JSON.stringify(s))
              : jsonArray(stories, (s) => s);
        await writeLines(process.stdout, lines);
      });
    });
}

import { Command, Option } from 'commander';
import { listStories, type StoryView } from '../../provenance/queries.js';
import { globals, openExisting, outputWidth, parsePositive, writeLines } from '../context.js';
import { alignColumns, jsonArray, truncate } from '../../output/index.js';

const FORMATS = ['table', 'jsonl', 'json'] as const;

interface StoriesFlags {
  format: (typeof FORMATS)[number];
  minSize: number;
}

/** One block per story: a header line, then one indented line per member. */
export function formatStoriesTable(stories: StoryView[], width = 120): string[] {
  if (stories.length === 0) return ['no stories (no copies found yet)'];
  const lines: string[] = [];
  for (const story of stories) {
    lines.push(`${story.id}  ${story.size} documents  original ${story.original}`);
    const rows = story.members.map((m) => [`  ${m.doc}`, m.link, m.similarity.toFixed(2)]);
    const aligned = alignColumns(rows);
    const used = Math.max(...aligned.map((l) => l.length));
    aligned.forEach((line, i) => {
      const m = story.members[i]!;
      lines.push(
        `${line.padEnd(used)}  ${truncate(m.title ?? m.url ?? m.path, Math.max(20, width - used - 2))}`,
      );
    });
  }
  return lines;
}

export function register(program: Command): void {
  program
    .command('stories')
    .description('groups of documents that copy one another (verbatim, edited, spun, summarised)')
    .option('--min-size <n>', 'only stories with at least this many documents', parsePositive, 2)
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (flags: StoriesFlags, command: Command) => {
      const db = openExisting(globals(command).db);
      try {
        const stories = listStories(db, { minSize: flags.minSize });
        const lines =
          flags.format === 'table'
            ? formatStoriesTable(stories, outputWidth())
            : flags.format === 'jsonl'
              ? stories.map((s) => JSON.stringify(s))
              : jsonArray(stories, (s) => s);
        await writeLines(process.stdout, lines);
      } finally {
        db.close();
      }
    });
}

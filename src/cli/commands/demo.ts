import path from 'node:path';
import type { Command } from 'commander';
import { packageRoot } from '../../paths.js';
import { runIngest } from '../../pipeline/ingest-run.js';
import { queryEvents, summary } from '../../store/queries.js';
import { globals, openForWriting, writeLines } from '../context.js';
import { demoLines } from '../../output/index.js';
import { DEFAULT_MAX_BYTES } from './ingest.js';

export const demoCorpus = path.join(packageRoot, 'examples', 'corpus');

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'ingest the example corpus and print what Spiral made of it (what `npm start` runs)',
    )
    .option('--quiet', 'no progress while ingesting')
    .action(async (flags: { quiet?: boolean }, command: Command) => {
      const file = globals(command).db;
      const db = openForWriting(file);
      try {
        const stats = await runIngest(db, [demoCorpus], {
          ingest: { maxBytes: DEFAULT_MAX_BYTES },
          quiet: flags.quiet,
        });
        // Examples: events told by the most sources first, they show merging at work.
        const examples = queryEvents(db)
          .sort((a, b) => b.sources.length - a.sources.length)
          .slice(0, 5);
        await writeLines(process.stdout, demoLines(file, stats, summary(db), examples));
      } finally {
        db.close();
      }
    });
}

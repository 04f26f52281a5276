import path from 'node:path';
import type { Command } from 'commander';
import { packageRoot } from '../../paths.js';
import { shownTarget, withStore, writeLines } from '../context.js';
import { demoLines } from '../../output/index.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/types.js';

export const demoCorpus = path.join(packageRoot, 'examples', 'corpus');

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'ingest the example corpus and print what Spiral made of it (what `npm start` runs)',
    )
    .option('--quiet', 'no progress while ingesting')
    .action(async (flags: { quiet?: boolean }, command: Command) => {
      const { createSpiral } = await import('../../pipeline/spiral.js');
      await withStore(command, { create: true }, async (store) => {
        const stats = await createSpiral({ store }).ingest([demoCorpus], {
          ingest: { maxBytes: DEFAULT_MAX_BYTES },
          quiet: flags.quiet,
        });
        // Examples: events told by the most sources first, they show merging at work.
        const examples = (await store.events())
          .sort((a, b) => b.sources.length - a.sources.length)
          .slice(0, 5);
        await writeLines(process.stdout, [
          ...demoLines(shownTarget(command), stats, await store.summary(), examples),
          '',
          `dashboard: npx spiral serve --db ${shownTarget(command)}  (then open http://127.0.0.1:8080/)`,
        ]);
      });
    });
}

import type { Command } from 'commander';
import { withStore } from '../context.js';

export function register(program: Command): void {
  program
    .command('reindex')
    .description(
      "fingerprint every stored document again for copy detection (after an upgrade that changed its signatures; the README's Provenance section says which)",
    )
    .option('--quiet', 'no progress')
    .action(async (flags: { quiet?: boolean }, command: Command) => {
      // Loaded when run, as the pipeline is (see ingest.ts).
      const { refingerprint } = await import('../../provenance/refingerprint.js');
      await withStore(command, {}, async (store) => {
        const show = !flags.quiet && process.stderr.isTTY === true;
        const done = await refingerprint(store, (n, total) => {
          if (show) process.stderr.write(`\rreindex: ${n} of ${total} documents`);
        });
        if (show) process.stderr.write('\n');
        if (!flags.quiet) process.stderr.write(`reindex: ${done} documents fingerprinted again\n`);
      });
    });
}

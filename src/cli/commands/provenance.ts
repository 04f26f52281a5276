import { Command, Option } from 'commander';
import { formatProvenance } from '../../output/index.js';
import { UserError, withStore, writeLines } from '../context.js';

const FORMATS = ['table', 'json'] as const;

export function register(program: Command): void {
  program
    .command('provenance')
    .description("a document's story, what it copies, its copies, and its quote chains")
    .argument('<doc>', 'document id (see `spiral docs`)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (id: string, flags: { format: (typeof FORMATS)[number] }, command: Command) => {
      await withStore(command, {}, async (store) => {
        const view = await store.describeDocument(id);
        if (!view)
          throw new UserError('E_NO_DOC', `${id}: no document with this id (see \`spiral docs\`)`);
        await writeLines(
          process.stdout,
          flags.format === 'json' ? [JSON.stringify(view, null, 2)] : formatProvenance(view),
        );
      });
    });
}

import type { Command } from 'commander';
import { shownTarget, UserError, withStore, writeLines } from '../context.js';
import { showEventLines } from '../../output/index.js';

export function register(program: Command): void {
  program
    .command('show')
    .description('show one event: its fields, every mention with the coded words marked, sources')
    .argument('<event-id>', 'event id (e + 16 hex digits), as listed by `spiral events`')
    .action(async (id: string, _flags: unknown, command: Command) => {
      await withStore(command, {}, async (store) => {
        const event = await store.event(id);
        if (!event)
          throw new UserError('E_NOT_FOUND', `no event "${id}" in ${shownTarget(command)}`);
        const style = process.stdout.isTTY ? 'ansi' : 'brackets';
        await writeLines(
          process.stdout,
          showEventLines(event, await store.eventMentions(id), style),
        );
      });
    });
}

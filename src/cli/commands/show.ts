import type { Command } from 'commander';
import { getEvent, getEventMentions } from '../../store/queries.js';
import { globals, openExisting, UserError, writeLines } from '../context.js';
import { showEventLines } from '../../output/index.js';

export function register(program: Command): void {
  program
    .command('show')
    .description('show one event: its fields, every mention with the coded words marked, sources')
    .argument('<event-id>', 'event id (e + 16 hex digits), as listed by `spiral events`')
    .action(async (id: string, _flags: unknown, command: Command) => {
      const db = openExisting(globals(command).db);
      try {
        const event = getEvent(db, id);
        if (!event)
          throw new UserError('E_NOT_FOUND', `no event "${id}" in ${globals(command).db}`);
        const style = process.stdout.isTTY ? 'ansi' : 'brackets';
        await writeLines(process.stdout, showEventLines(event, getEventMentions(db, id), style));
      } finally {
        db.close();
      }
    });
}

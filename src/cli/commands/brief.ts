import { Command, Option } from 'commander';
import type { Brief } from '../../analysis/brief.js';
import { briefHtml, briefMarkdown } from '../../analysis/brief-render.js';
import { makeBrief } from '../../analysis/gather.js';
import { UserError, parseDate, parsePositive, writeLines } from '../context.js';
import { rulesOrError, withReader } from '../analysis.js';

interface BriefFlags {
  date?: string;
  days: number;
  rules?: string;
  format: 'md' | 'html';
}

export function register(program: Command): void {
  program
    .command('brief')
    .description(
      "the day's brief: spikes, active dyads, demands and replies, notable events, counts by region; each claim with its event ids",
    )
    .option('--date <date>', 'last day of the brief (default: the last event date)', parseDate)
    .option(
      '--days <n>',
      'days the brief covers, compared with as many days before',
      parsePositive,
      1,
    )
    .option('--rules <file>', 'demand/reply pairing rules (default data/analysis/positions.json)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'),
    )
    .action(async (flags: BriefFlags, command: Command) => {
      const rules = rulesOrError(flags.rules);
      const brief: Brief = await withReader(command, async (reader) => {
        const span = await reader.dateSpan();
        if (!span) throw new UserError('E_EMPTY', 'the store has no dated events');
        const date = flags.date ?? span.last;
        if (date < span.first)
          throw new UserError('E_RANGE', `${date} is before the first event (${span.first})`);
        return makeBrief(reader, date, flags.days, rules);
      });
      await writeLines(
        process.stdout,
        flags.format === 'html' ? [briefHtml(brief)] : briefMarkdown(brief),
      );
    });
}

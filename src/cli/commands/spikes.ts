import { Command, Option } from 'commander';
import { findSpikes } from '../../analysis/gather.js';
import { DEFAULT_SPIKE_OPTIONS, type SpikeOptions } from '../../analysis/spikes.js';
import { UserError, parseDate, parsePositive, writeLines, parseNonNegative } from '../context.js';
import { dateRange, parseProbability, rowLines, withReader } from '../analysis.js';

interface SpikesFlags {
  subject?: string;
  from?: string;
  to?: string;
  window: number;
  guard: number;
  minBaseline: number;
  alpha: number;
  format: 'table' | 'jsonl';
}

export function register(program: Command): void {
  program
    .command('spikes')
    .description(
      "days above a subject's own trailing baseline: dyads' event volume and hostility, regions' reported counts",
    )
    .option('--subject <name>', 'one dyad (RUS-USA) or region (Donetsk); default every subject')
    .option('--from <date>', 'first day to report (earlier days still form baselines)', parseDate)
    .option('--to <date>', 'last day', parseDate)
    .option(
      '--window <days>',
      'baseline length in days',
      parsePositive,
      DEFAULT_SPIKE_OPTIONS.window,
    )
    .option(
      '--guard <days>',
      'days between the baseline and the tested day',
      parseNonNegative,
      DEFAULT_SPIKE_OPTIONS.guard,
    )
    .option(
      '--min-baseline <days>',
      'fewest observed baseline days a test needs',
      parsePositive,
      DEFAULT_SPIKE_OPTIONS.minBaseline,
    )
    .option(
      '--alpha <p>',
      'flag when P(value or more | baseline) is below this',
      parseProbability,
      DEFAULT_SPIKE_OPTIONS.alpha,
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'),
    )
    .action(async (flags: SpikesFlags, command: Command) => {
      const options: SpikeOptions = {
        ...DEFAULT_SPIKE_OPTIONS,
        window: flags.window,
        guard: flags.guard,
        minBaseline: flags.minBaseline,
        alpha: flags.alpha,
      };
      const { lines, note } = await withReader(command, async (reader) => {
        const range = await dateRange(reader, flags.from, flags.to);
        const result = await findSpikes(reader, range, options, flags.subject);
        if (flags.subject && result.tested === 0) {
          if (result.tooShort.length === 0)
            throw new UserError(
              'E_UNKNOWN_SUBJECT',
              `no events or counts for ${flags.subject} in this store`,
            );
          const longest = Math.max(...result.tooShort.map((t) => t.longest));
          throw new UserError(
            'E_SHORT_BASELINE',
            `${flags.subject}: too few points for a baseline (at most ${longest} observed days before any day; ${options.minBaseline} needed)`,
          );
        }
        const rows = result.spikes.map(
          ({ subject, date, kind, unit, value, baseline, p, days, method, events }) => ({
            subject,
            date,
            kind,
            unit,
            value,
            baseline,
            p,
            days,
            method,
            events,
          }),
        );
        const lines =
          flags.format === 'jsonl'
            ? rows.map((r) => JSON.stringify(r))
            : rowLines(
                rows.map((r) => ({
                  ...r,
                  events: r.events.slice(0, 5).join(' ') + (r.events.length > 5 ? ' …' : ''),
                })),
                'table',
                'no spikes',
              );
        const note = result.tooShort.length
          ? `spiral: ${result.tooShort.length} series had too few points for a baseline (${options.minBaseline} observed days needed) and were not tested`
          : null;
        return { lines, note };
      });
      await writeLines(process.stdout, lines);
      if (note) process.stderr.write(`${note}\n`);
    });
}

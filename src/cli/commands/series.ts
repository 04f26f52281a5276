import { Command, Option } from 'commander';
import { BUCKET_SIZES, type BucketSize } from '../../analysis/dates.js';
import { bucketCounts, dailyCounts, eventSeries } from '../../analysis/series.js';
import { parseDate, writeLines } from '../context.js';
import {
  checkSubject,
  dateRange,
  parseActor,
  parseDyad,
  rowLines,
  subjectOf,
  withReader,
  type SubjectFlags,
} from '../analysis.js';

interface SeriesFlags extends SubjectFlags {
  by: BucketSize;
  from?: string;
  to?: string;
  unit?: string;
  format: 'table' | 'csv' | 'jsonl';
}

export function register(program: Command): void {
  program
    .command('series')
    .description(
      'events per day, week or month of a dyad, actor or region; reported counts per region as per-day rates',
    )
    .option('--dyad <A-B>', 'events of A toward B (e.g. RUS-USA)', parseDyad)
    .option('--actor <code>', 'events with this actor on either side', parseActor)
    .option('--region <name>', 'events placed in this region, and the counts reported for it')
    .option('--unit <unit>', 'with --region: only this count unit (e.g. "ceasefire violations")')
    .addOption(new Option('--by <bucket>', 'bucket size').choices(BUCKET_SIZES).default('day'))
    .option('--from <date>', 'first day (default: the first event)', parseDate)
    .option('--to <date>', 'last day (default: the last event)', parseDate)
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['table', 'csv', 'jsonl'])
        .default('table'),
    )
    .action(async (flags: SeriesFlags, command: Command) => {
      const lines = await withReader(command, async (reader) => {
        const { subject, name } = subjectOf(flags);
        await checkSubject(reader, subject, name);
        const range = await dateRange(reader, flags.from, flags.to);
        const events = eventSeries(name, await reader.dayTypes(subject, range), {
          ...range,
          by: flags.by,
        });
        if (subject.kind !== 'region') return rowLines(events, flags.format, 'no events');
        const counts = dailyCounts(
          await reader.counts({ ...range, region: subject.region, unit: flags.unit }),
          range.from,
          range.to,
        );
        if (counts.length === 0) return rowLines(events, flags.format, 'no events');
        // One row per bucket and unit: the bucket's event figures with the unit's value.
        const rows = counts.flatMap((series) =>
          bucketCounts(series, flags.by).map((c, i) => ({
            ...events[i]!,
            unit: c.unit,
            value: c.value,
            days_reported: c.days_reported,
            reports: c.events,
          })),
        );
        return rowLines(rows, flags.format, 'no events');
      });
      await writeLines(process.stdout, lines);
    });
}

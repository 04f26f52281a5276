import { Command, Option } from 'commander';
import { BUCKET_SIZES, nextBucket, type BucketSize } from '../../analysis/dates.js';
import { backtest, forecast, ForecastError } from '../../analysis/forecast.js';
import { bucketCounts, dailyCounts, eventSeries } from '../../analysis/series.js';
import type { AnalysisReader } from '../../store/aggregates.js';
import { UserError, parseDate, parsePositive, writeLines } from '../context.js';
import { dateRange, dyadSubject, withReader } from '../analysis.js';

interface ForecastFlags {
  subject: string;
  unit?: string;
  by: BucketSize;
  horizon: number;
  backtest?: boolean;
  from?: string;
  to?: string;
  format: 'text' | 'json';
}

const SEASON: Record<BucketSize, number> = { day: 7, week: 52, month: 12 };

/** The series to forecast: a dyad's events per bucket, or a region's reported count (reported buckets only). */
async function loadSeries(
  reader: AnalysisReader,
  flags: ForecastFlags,
): Promise<{ dates: string[]; values: number[]; what: string }> {
  const range = await dateRange(reader, flags.from, flags.to);
  const subject = await dyadSubject(reader, flags.subject);
  if (subject) {
    const name = `${subject.source}-${subject.target}`;
    const buckets = eventSeries(name, await reader.dayTypes(subject, range), {
      ...range,
      by: flags.by,
    });
    return {
      dates: buckets.map((b) => b.date),
      values: buckets.map((b) => b.events),
      what: `${name} events per ${flags.by}`,
    };
  }
  const counts = dailyCounts(
    await reader.counts({ ...range, region: flags.subject, unit: flags.unit }),
    range.from,
    range.to,
  );
  if (counts.length === 0)
    throw new UserError(
      'E_UNKNOWN_SUBJECT',
      `no dyad or region with counts called ${flags.subject}`,
    );
  if (counts.length > 1) {
    throw new UserError(
      'E_UNIT',
      `${flags.subject} reports several counts; choose one with --unit (${counts.map((c) => `"${c.unit}"`).join(', ')})`,
    );
  }
  const buckets = bucketCounts(counts[0]!, flags.by).filter((b) => b.days_reported > 0);
  return {
    dates: buckets.map((b) => b.date),
    values: buckets.map((b) => Math.round(b.value)),
    what: `${counts[0]!.region} ${counts[0]!.unit} per ${flags.by} (buckets with a report)`,
  };
}

export function register(program: Command): void {
  program
    .command('forecast')
    .description(
      "forecast a dyad's events or a region's reported counts (negative binomial on lags), with a backtest against persistence",
    )
    .requiredOption(
      '--subject <name>',
      'a dyad (RUS-UKR) or a region with reported counts (Donetsk)',
    )
    .option('--unit <unit>', 'the count to forecast when a region reports several')
    .addOption(new Option('--by <bucket>', 'time step').choices(BUCKET_SIZES).default('day'))
    .option('--horizon <n>', 'steps ahead', parsePositive, 7)
    .option(
      '--backtest',
      'score the model against persistence and seasonal naive by a rolling-origin backtest',
    )
    .option('--from <date>', 'first day of history', parseDate)
    .option('--to <date>', 'last day of history', parseDate)
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action(async (flags: ForecastFlags, command: Command) => {
      const lines = await withReader(command, async (reader) => {
        const { dates, values, what } = await loadSeries(reader, flags);
        try {
          const window = Math.min(4, SEASON[flags.by]);
          const ahead = forecast(values, flags.horizon, window);
          let date = dates[dates.length - 1]!;
          const rows = ahead.map((f, i) => {
            date = nextBucket(date, flags.by);
            return {
              date,
              step: i + 1,
              mean: Number(f.mean.toFixed(2)),
              low80: f.low,
              high80: f.high,
            };
          });
          const scores = flags.backtest
            ? Array.from({ length: flags.horizon }, (_, i) =>
                backtest(values, {
                  horizon: i + 1,
                  season: SEASON[flags.by],
                  window,
                  minTrain: 30,
                }),
              )
            : [];
          if (flags.format === 'json')
            return [
              JSON.stringify({
                subject: flags.subject,
                series: what,
                forecast: rows,
                backtest: scores,
              }),
            ];
          return [
            `${what}: ${values.length} points to ${dates[dates.length - 1]}`,
            ...rows.map((r) => `  ${r.date}  ${r.mean}  (80 %: ${r.low80}–${r.high80})`),
            ...scores.flatMap((s) => [
              `backtest, ${s.horizon} step${s.horizon > 1 ? 's' : ''} ahead: ${s.verdict}`,
            ]),
          ];
        } catch (err) {
          if (err instanceof ForecastError)
            throw new UserError('E_FORECAST', `${flags.subject}: ${err.message}`);
          throw err;
        }
      });
      await writeLines(process.stdout, lines);
    });
}

import { Command, Option } from 'commander';
import { BUCKET_SIZES, type BucketSize } from '../../analysis/dates.js';
import {
  describeReciprocity,
  fitVar,
  sparsityWarnings,
  VarError,
  type VarFit,
} from '../../analysis/reciprocity.js';
import { eventSeries, type EventBucket } from '../../analysis/series.js';
import { UserError, parseDate, parsePositive, writeLines } from '../context.js';
import { alignColumns } from '../../output/index.js';
import { checkSubject, dateRange, parseDyad, withReader } from '../analysis.js';

const MEASURES = ['conflict', 'cooperation', 'net'] as const;
type Measure = (typeof MEASURES)[number];

interface ReciprocityFlags {
  dyad?: { source: string; target: string };
  by: BucketSize;
  measure: Measure;
  lags: number;
  horizon: number;
  from?: string;
  to?: string;
  format: 'text' | 'json';
}

/** conflict: summed max(0, −intensity); cooperation: summed max(0, intensity); net: summed intensity. */
function measureOf(bucket: EventBucket, measure: Measure): number {
  if (measure === 'conflict') return bucket.hostility;
  if (measure === 'cooperation') return bucket.intensity + bucket.hostility;
  return bucket.intensity;
}

function textLines(fit: VarFit, sentences: string[]): string[] {
  const coefficientRows = fit.equations.flatMap((eq) =>
    [eq.intercept, ...eq.coefficients].map((c) => [
      eq.series,
      c.from ? `${c.from} (lag ${c.lag})` : 'intercept',
      c.estimate.toFixed(3),
      c.se.toFixed(3),
      c.p < 0.001 ? '<0.001' : c.p.toFixed(3),
    ]),
  );
  return [
    ...sentences,
    '',
    `VAR(${fit.lags}) by least squares on ${fit.observations} time points`,
    ...alignColumns([['equation', 'term', 'coefficient', 'SE', 'p'], ...coefficientRows]),
    '',
    ...fit.granger.map(
      (g) =>
        `Granger: ${g.cause} → ${g.effect}: F(${g.df1}, ${g.df2}) = ${g.f.toFixed(2)}, p ${g.p < 0.001 ? '< 0.001' : g.p.toFixed(3)}`,
    ),
    '',
    'impulse response to a one-unit rise (horizons 0, 1, 2, ...):',
    ...fit.impulse
      .filter((r) => r.shock !== r.response)
      .map((r) => `  ${r.shock} → ${r.response}: ${r.values.join(', ')}`),
  ];
}

export function register(program: Command): void {
  program
    .command('reciprocity')
    .description(
      "action and reaction in a dyad: does one side's conflict (or cooperation) predict the other's? (VAR, Granger F test)",
    )
    .requiredOption(
      '--dyad <A-B>',
      'the two sides (e.g. RUS-USA); both directions are modelled',
      parseDyad,
    )
    .addOption(new Option('--by <bucket>', 'time step').choices(BUCKET_SIZES).default('week'))
    .addOption(
      new Option('--measure <measure>', 'what each side sends the other')
        .choices(MEASURES)
        .default('conflict'),
    )
    .option('--lags <n>', 'lags in the VAR', parsePositive, 1)
    .option('--horizon <n>', 'impulse response steps', parsePositive, 8)
    .option('--from <date>', 'first day', parseDate)
    .option('--to <date>', 'last day', parseDate)
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .action(async (flags: ReciprocityFlags, command: Command) => {
      const { source: a, target: b } = flags.dyad!;
      const lines = await withReader(command, async (reader) => {
        await checkSubject(reader, { kind: 'actor', actor: a }, a);
        await checkSubject(reader, { kind: 'actor', actor: b }, b);
        const range = await dateRange(reader, flags.from, flags.to);
        const series = await Promise.all(
          [
            [a, b],
            [b, a],
          ].map(async ([source, target]) =>
            eventSeries(
              `${source}-${target}`,
              await reader.dayTypes({ kind: 'dyad', source: source!, target: target! }, range),
              {
                ...range,
                by: flags.by,
              },
            ).map((bucket) => measureOf(bucket, flags.measure)),
          ),
        );
        const names: [string, string] = [
          `${a}→${b} ${flags.measure}`,
          `${b}→${a} ${flags.measure}`,
        ];
        let fit: VarFit;
        try {
          fit = fitVar(names, [series[0]!, series[1]!], flags.lags, flags.horizon);
        } catch (err) {
          if (err instanceof VarError)
            throw new UserError('E_RECIPROCITY', `${a}-${b}: ${err.message}`);
          throw err;
        }
        const sentences = [
          ...describeReciprocity(fit, flags.by),
          ...sparsityWarnings(names, [series[0]!, series[1]!], flags.by),
        ];
        return flags.format === 'json'
          ? [
              JSON.stringify({
                dyad: `${a}-${b}`,
                by: flags.by,
                measure: flags.measure,
                ...range,
                sentences,
                ...fit,
              }),
            ]
          : textLines(fit, sentences);
      });
      await writeLines(process.stdout, lines);
    });
}

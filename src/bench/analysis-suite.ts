// `npm run bench -- --suite analysis`: series, spikes and the brief on a generated store of one
// million events (SPIRAL_BENCH_ANALYSIS_EVENTS to change it).
import path from 'node:path';
import { openDatabase } from '../store/sqlite/db.js';
import { sqliteAnalysisReader } from '../store/sqlite/aggregates.js';
import { eventSeries, dailyCounts } from '../analysis/series.js';
import { scanSpikes } from '../analysis/scan.js';
import { findSpikes, makeBrief } from '../analysis/gather.js';
import { loadPositionRules } from '../analysis/position-rules.js';
import { generateAnalysisStore } from './analysis-store.js';
import type { BenchContext, BenchFigure, BenchSuite } from './suites.js';

function millis(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Wall and CPU milliseconds of `run` (the machine may be shared: CPU time shows the work itself). */
async function timed<T>(run: () => Promise<T>): Promise<{ out: T; wall: number; cpu: number }> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const out = await run();
  const used = process.cpuUsage(cpu);
  return { out, wall: millis(started), cpu: (used.user + used.system) / 1000 };
}

export const analysisSuite: BenchSuite = {
  name: 'analysis',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const events = Number(process.env.SPIRAL_BENCH_ANALYSIS_EVENTS ?? 1_000_000);
    const label = events === 1_000_000 ? '1M' : String(events);
    const db = openDatabase(path.join(context.tmpDir, 'analysis.db'));
    try {
      const started = process.hrtime.bigint();
      const { dyad, last } = generateAnalysisStore(db, { events, seed: 1 });
      db.exec('ANALYZE');
      const buildSeconds = millis(started) / 1000;
      const reader = sqliteAnalysisReader(db);
      const dates = (await reader.dateSpan())!;
      const span = { from: dates.first, to: dates.last };

      const subject = { kind: 'dyad' as const, source: dyad[0], target: dyad[1] };
      const series = await timed(async () =>
        eventSeries(`${dyad[0]}-${dyad[1]}`, await reader.dayTypes(subject, span), {
          ...span,
          by: 'day',
        }),
      );
      // Every dyad's volume and hostility and every region's counts over the whole store.
      const spikes = await timed(async () =>
        scanSpikes({
          dyadDays: await reader.dyadDays(span),
          counts: dailyCounts(await reader.counts(span), span.from, span.to),
          ...span,
        }),
      );
      // One dyad's spikes, as `spiral spikes --subject A-B` runs them.
      const oneSpikes = await timed(() =>
        findSpikes(reader, span, undefined, `${dyad[0]}-${dyad[1]}`),
      );
      const brief = await timed(() => makeBrief(reader, last, 1, loadPositionRules()));

      return [
        { name: `analysis store build@${label}`, value: buildSeconds, unit: 's' },
        {
          name: `series_ms@${label}`,
          value: series.wall,
          unit: `ms (${series.out.length} days of one dyad)`,
        },
        { name: `series_cpu_ms@${label}`, value: series.cpu, unit: 'ms' },
        {
          name: `spikes_ms@${label}`,
          value: spikes.wall,
          unit: `ms (all subjects, ${spikes.out.tested} days tested)`,
        },
        { name: `spikes_cpu_ms@${label}`, value: spikes.cpu, unit: 'ms' },
        {
          name: `spikes_one_dyad_ms@${label}`,
          value: oneSpikes.wall,
          unit: `ms (${oneSpikes.out.tested} days tested)`,
        },
        { name: `spikes_one_dyad_cpu_ms@${label}`, value: oneSpikes.cpu, unit: 'ms' },
        {
          name: `brief_ms@${label}`,
          value: brief.wall,
          unit: `ms (${brief.out.evidence.length} events cited)`,
        },
        { name: `brief_cpu_ms@${label}`, value: brief.cpu, unit: 'ms' },
      ];
    } finally {
      db.close();
    }
  },
};

import { Command, Option } from 'commander';
import { briefPeriods, buildBrief, citedIds, topDyads, type Brief } from '../../analysis/brief.js';
import { briefHtml, briefMarkdown } from '../../analysis/brief-render.js';
import { addDays } from '../../analysis/dates.js';
import { scanSpikes } from '../../analysis/scan.js';
import { dailyCounts } from '../../analysis/series.js';
import { DEFAULT_SPIKE_OPTIONS } from '../../analysis/spikes.js';
import type { AnalysisReader } from '../../store/aggregates.js';
import { UserError, globals, parseDate, parsePositive, writeLines } from '../context.js';
import { attachSpikeEvidence, openReader } from '../analysis.js';
import { loadPositions, rulesOrError } from './positions.js';

const TOP_DYADS = 5;
const NOTABLE = 8;
const MAX_EVIDENCE = 200;

interface BriefFlags {
  date?: string;
  days: number;
  rules?: string;
  format: 'md' | 'html';
}

/** Gathers the brief's inputs from the store: only the period, its predecessor and the spike baselines are read. */
export async function makeBrief(reader: AnalysisReader, date: string, days: number, rulesFile?: string): Promise<Brief> {
  const rules = rulesOrError(rulesFile);
  const periods = briefPeriods(date, days);
  const options = DEFAULT_SPIKE_OPTIONS;
  // Baselines reach back before the period, but not before the store's first event.
  const first = (await reader.dateSpan())?.first ?? date;
  const back = addDays(periods.period.from, -(options.window + options.guard));
  const load = { from: back < first ? first : back, to: date };
  const dyadDays = await reader.dyadDays(load);
  const counts = dailyCounts(await reader.counts(load), load.from, load.to);
  const { spikes, tooShort } = scanSpikes({ dyadDays, counts, ...load, since: periods.period.from, options });
  await attachSpikeEvidence(reader, spikes, 5);
  const dyadEvidence = new Map<string, string[]>();
  for (const t of topDyads(dyadDays, periods, TOP_DYADS)) {
    const [source, target] = t.dyad.split('-') as [string, string];
    dyadEvidence.set(t.dyad, await reader.eventIds({ kind: 'dyad', source, target }, periods.period, 5));
  }
  const positions = await loadPositions(reader, { from: addDays(date, -rules.window_days), to: date }, rules);
  const brief = buildBrief({
    date,
    days,
    spikes,
    dyadDays,
    dyadEvidence,
    positions,
    notable: await reader.notable(periods.period, NOTABLE),
    counts,
    evidence: [],
    topDyads: TOP_DYADS,
    untested: tooShort.length,
  });
  brief.evidence = await reader.eventsByIds(citedIds(brief.sections).slice(0, MAX_EVIDENCE));
  return brief;
}

export function register(program: Command): void {
  program
    .command('brief')
    .description('the day\'s brief: spikes, active dyads, demands and replies, notable events, counts by region; each claim with its event ids')
    .option('--date <date>', 'last day of the brief (default: the last event date)', parseDate)
    .option('--days <n>', 'days the brief covers, compared with as many days before', parsePositive, 1)
    .option('--rules <file>', 'demand/reply pairing rules (default data/analysis/positions.json)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'))
    .action(async (flags: BriefFlags, command: Command) => {
      const { reader, close } = openReader(globals(command).db);
      let brief: Brief;
      try {
        const span = await reader.dateSpan();
        if (!span) throw new UserError('E_EMPTY', 'the store has no dated events');
        const date = flags.date ?? span.last;
        if (date < span.first) throw new UserError('E_RANGE', `${date} is before the first event (${span.first})`);
        brief = await makeBrief(reader, date, flags.days, flags.rules);
      } finally {
        close();
      }
      await writeLines(process.stdout, flags.format === 'html' ? [briefHtml(brief)] : briefMarkdown(brief));
    });
}

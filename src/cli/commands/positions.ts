import { Command, Option } from 'commander';
import { addDays } from '../../analysis/dates.js';
import { loadPositionRules, type PositionRules } from '../../analysis/position-rules.js';
import { pairPositions, type Position } from '../../analysis/positions.js';
import type { AnalysisReader } from '../../store/aggregates.js';
import { UserError, globals, parseDate, outputWidth, writeLines } from '../context.js';
import { alignColumns, truncate } from '../format.js';
import { dateRange, withReader } from '../analysis.js';

interface PositionsFlags {
  from?: string;
  to?: string;
  rules?: string;
  format: 'table' | 'jsonl';
}

export function rulesOrError(file?: string): PositionRules {
  try {
    return loadPositionRules(file);
  } catch (err) {
    throw new UserError('E_RULES', (err as Error).message);
  }
}

/** Demands made in the range, with replies up to the rules' window after its end. */
export async function loadPositions(
  reader: AnalysisReader,
  range: { from: string; to: string },
  rules: PositionRules,
): Promise<Position[]> {
  const demands = await reader.events({ ...range, types: ['REQUEST'] });
  const replyTypes = [...new Set(rules.replies.map((r) => r.type))];
  const candidates = await reader.events({ from: range.from, to: addDays(range.to, rules.window_days), types: replyTypes });
  return pairPositions(demands, candidates, rules);
}

function tableLines(positions: Position[], width: number): string[] {
  if (positions.length === 0) return ['no demands in this range'];
  const rows = positions.map((p) => [
    p.date ?? '',
    `${p.source} → ${p.target}`,
    p.status,
    p.replies.map((r) => `${r.type} ${r.event}`).join(', ') || '-',
    p.id,
  ]);
  const aligned = alignColumns([['date', 'dyad', 'status', 'replies', 'demand event'], ...rows]);
  const used = Math.max(...aligned.map((l) => l.length));
  return aligned.map((line, i) =>
    i === 0 ? `${line.padEnd(used)}  demand` : `${line.padEnd(used)}  ${truncate(positions[i - 1]!.demand, Math.max(20, width - used - 2))}`,
  );
}

export function register(program: Command): void {
  program
    .command('positions')
    .description('demands (REQUEST events) with the replies that answer them (REJECT, CONCEDE, AGREE...) and their status')
    .option('--from <date>', 'demands made on or after this day', parseDate)
    .option('--to <date>', 'demands made on or before this day', parseDate)
    .option('--rules <file>', 'pairing rules (default data/analysis/positions.json)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
    .action(async (flags: PositionsFlags, command: Command) => {
      const rules = rulesOrError(flags.rules);
      const positions = await withReader(globals(command).db, async (reader) =>
        loadPositions(reader, await dateRange(reader, flags.from, flags.to), rules),
      );
      const lines = flags.format === 'jsonl' ? positions.map((p) => JSON.stringify(p)) : tableLines(positions, outputWidth());
      await writeLines(process.stdout, lines);
    });
}

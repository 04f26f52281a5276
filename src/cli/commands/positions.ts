import { Command, Option } from 'commander';
import { findPositions } from '../../analysis/gather.js';
import type { Position } from '../../analysis/positions.js';
import { parseDate, outputWidth, writeLines } from '../context.js';
import { alignColumns, truncate } from '../../output/index.js';
import { dateRange, rulesOrError, withReader } from '../analysis.js';

interface PositionsFlags {
  from?: string;
  to?: string;
  rules?: string;
  format: 'table' | 'jsonl';
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
    i === 0
      ? `${line.padEnd(used)}  demand`
      : `${line.padEnd(used)}  ${truncate(positions[i - 1]!.demand, Math.max(20, width - used - 2))}`,
  );
}

export function register(program: Command): void {
  program
    .command('positions')
    .description(
      'demands (REQUEST events) with the replies that answer them (REJECT, CONCEDE, AGREE...) and their status',
    )
    .option('--from <date>', 'demands made on or after this day', parseDate)
    .option('--to <date>', 'demands made on or before this day', parseDate)
    .option('--rules <file>', 'pairing rules (default data/analysis/positions.json)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'),
    )
    .action(async (flags: PositionsFlags, command: Command) => {
      const rules = rulesOrError(flags.rules);
      const positions = await withReader(command, async (reader) =>
        findPositions(reader, await dateRange(reader, flags.from, flags.to), rules),
      );
      const lines =
        flags.format === 'jsonl'
          ? positions.map((p) => JSON.stringify(p))
          : tableLines(positions, outputWidth());
      await writeLines(process.stdout, lines);
    });
}

// `npm run prune:parser -- MODEL --min-weight W [--out FILE]`
// Drops a model's weights at or below W in magnitude: a smaller file and a faster parser for a
// little accuracy (docs/parser.md has the trade-off measured). Writes over MODEL unless --out.
import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { ModelFormatError, pruneWeights, readModelBytes, serialiseModel } from './model.js';
import { parseArguments, runWhenInvoked } from '../../cli/run-main.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('spiral-prune-parser')
    .description('Drop the small weights of a parser model.')
    .argument('<model>', 'model file (.bin.gz)')
    .requiredOption('--min-weight <w>', 'drop weights at or below this magnitude')
    .option('--out <file>', 'file to write (default: the model itself)');
  const exit = parseArguments(program, argv);
  if (exit !== null) return exit;
  const opts = program.opts<{ minWeight: string; out?: string }>();
  const minWeight = Number(opts.minWeight);
  if (!(minWeight >= 0)) {
    process.stderr.write('spiral-prune-parser: --min-weight must be a number >= 0\n');
    return 2;
  }
  const file = program.args[0]!;
  try {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new ModelFormatError(`${file}: cannot read it`);
    }
    const { info, weights } = readModelBytes(bytes, file);
    const pruned = pruneWeights(weights, minWeight);
    const before = Number(info.meta?.minWeight ?? 0);
    const meta = { ...info.meta, minWeight: Math.max(before, minWeight) };
    const out = serialiseModel({ labels: info.labels, meta }, pruned);
    writeFileSync(opts.out ?? file, out);
    process.stderr.write(
      `${opts.out ?? file}: ${pruned.moves.length} of ${weights.moves.length} weights kept, ${(out.length / 1e6).toFixed(2)} MB\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ModelFormatError) {
      process.stderr.write(`spiral-prune-parser: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

runWhenInvoked(import.meta.url, 'spiral-prune-parser', main);

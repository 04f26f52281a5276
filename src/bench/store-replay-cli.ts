// `node dist/bench/store-replay-cli.js record CORPUS FILE`, then
// `node dist/bench/store-replay-cli.js play CORPUS FILE DB [--no-provenance]`: the writer's part
// of an ingest alone (`store-replay.ts`); `play` prints its CPU time and counts as JSON.
import { recordCoded, replayCoded } from './store-replay.js';

async function main(args: string[]): Promise<number> {
  const [mode, corpus, file, db] = args.filter((a) => !a.startsWith('--'));
  if (mode === 'record' && corpus && file) {
    process.stdout.write(`recorded ${await recordCoded(corpus, file)} documents\n`);
    return 0;
  }
  if (mode === 'play' && corpus && file && db) {
    const { stats, cpuSeconds } = await replayCoded(
      corpus,
      file,
      db,
      !args.includes('--no-provenance'),
    );
    const { documents, mentions, events } = stats;
    process.stdout.write(`${JSON.stringify({ cpuSeconds, documents, mentions, events })}\n`);
    return 0;
  }
  process.stderr.write(
    'store-replay: E_USAGE: store-replay record CORPUS FILE | play CORPUS FILE DB [--no-provenance]\n',
  );
  return 2;
}

process.exitCode = await main(process.argv.slice(2));

// `node dist/provenance/lookup-cli.js CORPUS [--no-stop]`: what copy detection reads per document
// while a corpus is ingested (`lookup.ts`). `--no-stop` counts stop keys like any other key (the
// lookup before stop keys), for a before/after figure.
import { measureLookups } from './lookup.js';

async function main(args: string[]): Promise<number> {
  const corpus = args.find((a) => !a.startsWith('--'));
  if (!corpus) {
    process.stderr.write('lookup-cli: E_USAGE: lookup-cli CORPUS [--no-stop]\n');
    return 2;
  }
  const tally = await measureLookups(corpus, { stop: !args.includes('--no-stop') });
  const per = (n: number): string => (tally.documents ? n / tally.documents : 0).toFixed(1);
  process.stdout.write(
    [
      `documents: ${tally.documents}`,
      `band rows read per document: ${per(tally.rows)}`,
      `index lookups per document: ${per(tally.lookups)}`,
      `stored texts read per document: ${per(tally.texts)}`,
      `link CPU per document: ${(tally.documents ? tally.linkMicros / 1000 / tally.documents : 0).toFixed(2)} ms`,
    ].join('\n') + '\n',
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

// `node dist/provenance/pairs-cli.js FILE.jsonl [--format text|json]` (`npm run eval:pairs`): copy
// detection on labelled real documents, every ordered pair linked alone (`pairs.ts`). One document
// per line: `{"text", "name", "source", "published", "group"}` (`group`: documents of one group are
// copies of one story; leave it out for a report of its own; `"original": true` marks a group's
// original, else the earliest published is). Prints each pair, each group's place in a store
// that ingested the whole set in publication order (`set-store.ts`), then four lines of totals.
import { readFileSync } from 'node:fs';
import { linkPairs, type PairDocument } from './pairs.js';
import { storeSet } from './set-store.js';
import { runWhenInvoked } from '../cli/run-main.js';

/** The documents of a pairs file; a line that is not one is an error naming file and line. */
export function readPairsFile(file: string): PairDocument[] {
  const docs: PairDocument[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`${where}: not a JSON object`);
      }
      const o = value as Record<string, unknown>;
      if (typeof o !== 'object' || o === null || typeof o.text !== 'string' || !o.text.trim()) {
        throw new Error(`${where}: field "text" must be a non-empty string`);
      }
      const text = (k: string): string | null =>
        typeof o[k] === 'string' ? (o[k] as string) : null;
      docs.push({
        text: o.text,
        name: text('name') ?? text('title') ?? `line ${i + 1}`,
        source: text('source') ?? '',
        published: text('published'),
        group: text('group'),
        ...(o.original === true ? { original: true } : {}),
      });
    });
  return docs;
}

async function main(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--format');
  const formatAt = args.indexOf('--format');
  const format = formatAt >= 0 ? args[formatAt + 1] : 'text';
  if (!file || (format !== 'text' && format !== 'json')) {
    process.stderr.write('eval:pairs: E_USAGE: pairs-cli FILE.jsonl [--format text|json]\n');
    return 2;
  }
  let docs: PairDocument[];
  try {
    docs = readPairsFile(file);
  } catch (err) {
    process.stderr.write(`eval:pairs: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const summary = await linkPairs(docs);
  const stored = await storeSet(docs);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ ...summary, store: stored }, null, 2)}\n`);
    return 0;
  }
  for (const p of summary.pairs) {
    const verdict = p.joined ? `joined (${p.link})` : 'apart';
    const expected = p.copies ? 'copies' : 'independent';
    const side = p.copies ? (p.againstOriginal ? ' (against the original)' : ' (two copies)') : '';
    process.stdout.write(`${p.first} -> ${p.second}: ${verdict}; ${expected}${side}\n`);
  }
  for (const g of stored.groups)
    process.stdout.write(
      `store: ${g.group}: ${g.withOriginal} of ${g.size} in the story of ${g.original}` +
        `${g.foreign ? `, ${g.foreign} of other groups or none` : ''}\n`,
    );
  // The totals, last (read held-out sets with `| tail -5`).
  const siblings = summary.copyPairs - summary.originalPairs;
  process.stdout.write(
    `copy pairs joined: ${summary.copiesJoined} of ${summary.copyPairs} ` +
      `(against the original ${summary.originalJoined} of ${summary.originalPairs}, ` +
      `copy against copy ${summary.copiesJoined - summary.originalJoined} of ${siblings})\n` +
      `independent pairs kept apart: ${summary.independentKeptApart} of ${summary.independentPairs}\n` +
      `store, publication order: copies in their original's story ${stored.copiesWithOriginal} of ${stored.copies}; ` +
      `groups whole ${stored.groupsWhole} of ${stored.groups.length}\n` +
      `store: independent documents in a story with another ${stored.independentsJoined} of ${stored.independents}; ` +
      `documents in another group's original's story ${stored.foreign}\n`,
  );
  return 0;
}

// Only when run as a program: the tests import `readPairsFile` from here.
runWhenInvoked(import.meta.url, 'eval:pairs', main);

import { Command, Option } from 'commander';
import type { QuoteView } from '../../store/index.js';
import { jsonArray, terminalSafe } from '../../output/index.js';
import { UserError, withStore, writeLines } from '../context.js';

const FORMATS = ['table', 'jsonl', 'json'] as const;

interface QuotesFlags {
  doc?: string;
  format: (typeof FORMATS)[number];
}

const who = (q: QuoteView): string =>
  q.speaker
    ? `${q.speaker.text} (${[q.speaker.root, q.speaker.sector].filter(Boolean).join(' ') || '?'})`
    : 'unknown speaker';

/** The text form: the words, then the chain from the speaker to the last relay. */
export function formatQuotes(quotes: QuoteView[]): string[] {
  if (quotes.length === 0) return ['no quotes'];
  return quotes.flatMap((q) =>
    [
      `${q.doc}  "${q.words}"`,
      `  ${[`${who(q)} said`, ...q.relays.map((r, i) => `${r} ${i === 0 ? 'reported' : 'relayed'}`)].join(' → ')}`,
    ].map(terminalSafe),
  );
}

/** One JSON line per quote: `doc`, `words`, `speaker` ({root, sector, text} or null), `relays`. */
const jsonOf = (q: QuoteView) => ({
  doc: q.doc,
  words: q.words,
  speaker: q.speaker,
  relays: q.relays,
  sentence: q.sentence,
  start: q.start,
  end: q.end,
});

export function register(program: Command): void {
  program
    .command('quotes')
    .description('direct quotes with their speaker and the outlets that relayed them')
    .option('--doc <id>', "only this document's quotes (see `spiral docs`)")
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (flags: QuotesFlags, command: Command) => {
      await withStore(command, {}, async (store) => {
        if (flags.doc && !(await store.document(flags.doc)))
          throw new UserError(
            'E_NO_DOC',
            `${flags.doc}: no document with this id (see \`spiral docs\`)`,
          );
        const quotes = await store.quotes({ doc: flags.doc });
        const lines =
          flags.format === 'table'
            ? formatQuotes(quotes)
            : flags.format === 'jsonl'
              ? quotes.map((q) => JSON.stringify(jsonOf(q)))
              : jsonArray(quotes, jsonOf);
        await writeLines(process.stdout, lines);
      });
    });
}

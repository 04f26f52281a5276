import { Command, Option } from 'commander';
import type { DocumentProvenanceView, LinkView } from '../../store/index.js';
import { UserError, withStore, writeLines } from '../context.js';

const FORMATS = ['table', 'json'] as const;

const linkLine = (l: LinkView): string =>
  `${l.doc}  ${l.link}  similarity ${l.similarity.toFixed(2)}  spin ${l.spin.toFixed(2)}  ${l.source || '—'}  ${l.title ?? ''}`.trimEnd();

/** The text form of `spiral provenance DOC_ID`. */
export function formatProvenance(v: DocumentProvenanceView): string[] {
  const lines = [
    `document  ${v.doc}  ${v.published ?? '—'}  ${v.source || '—'}  ${v.title ?? ''}`.trimEnd(),
    `story     ${v.story ? `${v.story} (original ${v.original}${v.original === v.doc ? ', this document' : ''})` : 'none (no copies found)'}`,
    `link      ${v.link ?? '—'}`,
    `spin      ${v.spin === null ? 'not computed (document not linked yet)' : v.spin.toFixed(2)}`,
    `copies of ${v.copyOf ? linkLine(v.copyOf) : 'nothing known'}`,
    '',
    `copies (${v.copies.length}):`,
    ...v.copies.map((c) => `  ${linkLine(c)}`),
    '',
    `quote chains (${v.quotes.length}):`,
    ...v.quotes.map((q) => `  "${q.words}"\n    ${q.chain}`),
  ];
  return lines;
}

export function register(program: Command): void {
  program
    .command('provenance')
    .description("a document's story, what it copies, its copies, and its quote chains")
    .argument('<doc>', 'document id (see `spiral docs`)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action(async (id: string, flags: { format: (typeof FORMATS)[number] }, command: Command) => {
      await withStore(command, {}, async (store) => {
        const view = await store.describeDocument(id);
        if (!view)
          throw new UserError('E_NO_DOC', `${id}: no document with this id (see \`spiral docs\`)`);
        await writeLines(
          process.stdout,
          flags.format === 'json' ? [JSON.stringify(view, null, 2)] : formatProvenance(view),
        );
      });
    });
}

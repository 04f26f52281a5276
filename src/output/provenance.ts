// `spiral provenance DOC_ID`: a document's story, copies and quote chains. Pure.
import type { DocumentProvenanceView, LinkView } from '../store/index.js';
import { terminalSafe } from './terminal.js';

const linkLine = (l: LinkView): string =>
  `${l.doc}  ${l.link}  similarity ${l.similarity.toFixed(2)}  spin ${l.spin.toFixed(2)}  ${l.source || '—'}  ${l.title ?? ''}`.trimEnd();

/** The text form of `spiral provenance DOC_ID`, safe to print (titles and quotes neutralised). */
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
    ...v.quotes.flatMap((q) => [`  "${q.words}"`, `    ${q.chain}`]),
  ];
  return lines.map(terminalSafe);
}

// Stored documents as rows and tables. Pure.
import type { DocumentSummary } from '../store/index.js';
import { alignColumns, truncate } from './table.js';
import { terminalSafe } from './terminal.js';

export const DOCUMENT_COLUMNS = [
  'id',
  'published',
  'source',
  'title',
  'url',
  'path',
  'format',
  'ingested',
  'chars',
  'sentences',
  'mentions',
  'events',
] as const;

export function documentValues(doc: DocumentSummary): string[] {
  return DOCUMENT_COLUMNS.map((column) => {
    const value = doc[column];
    return value === null || value === undefined ? '' : String(value);
  });
}

/** The `docs` table, safe to print (escapes and line breaks in titles neutralised). */
export function formatDocumentsTable(docs: DocumentSummary[], width = 120): string[] {
  const head = ['ID', 'DATE', 'SOURCE', 'EVENTS'];
  const rows = docs.map((d) => [d.id, d.published ?? '—', d.source || '—', String(d.events)]);
  const aligned = alignColumns([head, ...rows]);
  const used = Math.max(...aligned.map((l) => l.length));
  const room = Math.max(20, width - used - 2);
  return aligned.map((line, i) => {
    const doc = docs[i - 1];
    const title = i === 0 ? 'TITLE' : truncate(doc?.title ?? doc?.path ?? '', room);
    return terminalSafe(`${line.padEnd(used)}  ${title}`);
  });
}

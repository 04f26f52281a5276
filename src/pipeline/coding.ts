// How the pipeline has a document coded: whole, or, for a long one, chunk by chunk while the
// store takes it, so that its coded content (several times the text's size) is never all in
// memory. A coder's failure on a lazily coded document surfaces inside the store's write; it is
// told apart from the store's own failures so that the run reports that document and goes on.
import type { Coder } from '../coding/types.js';
import type { IngestError } from '../ingest/index.js';
import type { DocumentRecord } from '../records.js';
import type { CodedContent, CodedInput } from '../store/coded.js';

/** Texts longer than this (in characters) are coded chunk by chunk as they are stored. */
export const LONG_DOCUMENT_CHARS = 1_000_000;

/** The coder failed on a document being stored chunk by chunk. */
export class CodingFailure extends Error {}

export type Coded = { ok: true; coded: CodedInput } | { ok: false; message: string };

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function* lazily(chunks: Iterable<CodedContent>): Generator<CodedContent> {
  try {
    yield* chunks;
  } catch (err) {
    throw new CodingFailure(messageOf(err));
  }
}

/** The document's coded content: whole now, or chunks coded as the store takes them. */
export function codeForStore(coder: Coder, doc: DocumentRecord): Coded {
  const codable = { id: doc.id, text: doc.text, published: doc.published };
  if (coder.chunks && doc.text.length > LONG_DOCUMENT_CHARS) {
    return { ok: true, coded: lazily(coder.chunks(codable)) };
  }
  try {
    return { ok: true, coded: coder.code(codable) };
  } catch (err) {
    return { ok: false, message: messageOf(err) };
  }
}

/** The error line of a document the coder failed on. */
export function codingError(doc: DocumentRecord, message: string): IngestError {
  return { code: 'E_CODE', path: doc.path, message: `could not code document: ${message}` };
}

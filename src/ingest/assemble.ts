// From text and found metadata to a DocumentInput, applying the precedence rules. Pure.
import path from 'node:path';
import type { DocumentFormat, DocumentInput } from '../records.js';
import { findDateline } from './dates.js';
import type { FoundMetadata, IngestOptions } from './types.js';

/** The outlet a file's location suggests: its parent folder's name (`corpus/tass/x.txt` → `tass`). */
export function folderSource(file: string): string {
  if (file === '-') return '';
  return path.basename(path.dirname(path.resolve(file)));
}

export interface AssembleInput {
  /** Normalised, non-empty text. */
  text: string;
  format: DocumentFormat;
  /** Where it was read from (`path`, `path#line`, `-`). */
  path: string;
  meta: FoundMetadata;
  /** Fallback source when neither the option nor the metadata names one. */
  folder: string;
  /** A day named in the file name, if any. */
  fileDate?: string | null;
}

/**
 * Precedence: source = --source > metadata > parent folder. published = metadata > a dateline with
 * a year > a year-less dateline ("MOSCOW, Feb. 15 -") read against the file-name day or --date >
 * the day in the file name > --date. Title and url come from the metadata only.
 */
export function assembleDocument(
  input: AssembleInput,
  options: Pick<IngestOptions, 'source' | 'date'>,
): DocumentInput {
  const { text, meta } = input;
  const source = options.source?.trim() || meta.source?.trim() || input.folder;
  const fallback = input.fileDate ?? options.date ?? null;
  const published = meta.published ?? findDateline(text, fallback) ?? fallback;
  return {
    text,
    source,
    url: meta.url ?? null,
    title: meta.title ?? null,
    published,
    path: input.path,
    format: input.format,
  };
}

// JSONL/NDJSON: one record per line, streamed. Record validation is pure; the line splitter works
// on any byte stream (a file or stdin).
import { z } from 'zod';
import { parsePublished } from './dates.js';
import type { FoundMetadata } from './types.js';

/** One line of bytes; `tooLong` lines were cut off at the cap and their bytes dropped. */
export interface ByteLine {
  number: number;
  bytes: Buffer;
  tooLong: boolean;
}

/**
 * Splits a byte stream into lines without holding more than one line (capped at `maxBytes`).
 * Works on bytes rather than with readline, which would silently replace invalid UTF-8: a bad
 * line must be reported with its number.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 1;
  const take = (): ByteLine => {
    const line = { number, bytes: tooLong ? Buffer.alloc(0) : Buffer.concat(pending), tooLong };
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    number += 1;
    return line;
  };
  const add = (piece: Buffer): void => {
    if (tooLong) return;
    if (pendingBytes + piece.length > maxBytes) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
      return;
    }
    pending.push(piece);
    pendingBytes += piece.length;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let end = buffer.indexOf(0x0a, start); end !== -1; end = buffer.indexOf(0x0a, start)) {
      add(buffer.subarray(start, end));
      yield take();
      start = end + 1;
    }
    if (start < buffer.length) add(Buffer.from(buffer.subarray(start)));
  }
  if (pendingBytes > 0 || tooLong) yield take();
}

/** The UTF-16 decoding a byte-order mark at the start of `bytes` names, or null. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * A byte stream as UTF-8: a stream that starts with a UTF-16 byte-order mark (LE or BE) is
 * transcoded as it flows, as whole text files are; any other stream passes through unchanged
 * (UTF-8 is checked line by line later). Line breaks map one to one, so line numbers hold.
 */
export async function* asUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let head: Buffer | null = Buffer.alloc(0);
  let decoder: TextDecoder | null = null;
  for await (const chunk of chunks) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (head !== null) {
      // The mark is two bytes; a stream may hand them over one at a time.
      head = Buffer.concat([head, bytes]);
      if (head.length < 2) continue;
      const encoding = utf16Encoding(head);
      // The decoder drops the mark itself.
      if (encoding) decoder = new TextDecoder(encoding);
      bytes = head;
      head = null;
    }
    if (!decoder) {
      yield bytes;
      continue;
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  if (head !== null && head.length > 0) yield head;
  const rest = decoder?.decode() ?? '';
  if (rest !== '') yield Buffer.from(rest, 'utf8');
}

const optionalString = z.string().nullish();

export const JsonlRecord = z.looseObject({
  url: optionalString,
  title: optionalString,
  source: optionalString,
  published: optionalString,
  text: optionalString,
  html: optionalString,
});

export type ParsedRecord =
  | { ok: true; body: { kind: 'text' | 'html'; value: string }; meta: FoundMetadata }
  | {
      ok: false;
      code: 'JSONL_PARSE' | 'JSONL_FIELD' | 'BAD_DATE' | 'EMPTY' | 'ENCODING';
      message: string;
    };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** One line of a JSONL file to a record's body and metadata, or the reason it is not one. */
export function parseRecordLine(line: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, code: 'JSONL_PARSE', message: `bad JSON: ${detail}` };
  }
  if (typeName(value) !== 'object') {
    return {
      ok: false,
      code: 'JSONL_FIELD',
      message: `record is a JSON ${typeName(value)}, expected an object`,
    };
  }
  const parsed = JsonlRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    const got = typeName((value as Record<string, unknown>)[String(issue.path[0])]);
    return {
      ok: false,
      code: 'JSONL_FIELD',
      message: `field "${field}" must be a string, got ${got}`,
    };
  }
  const record = parsed.data;
  const text = record.text ?? null;
  const html = record.html ?? null;
  if (text === null && html === null) {
    return { ok: false, code: 'JSONL_FIELD', message: 'record has no "text" or "html" field' };
  }
  const body =
    text !== null && text.trim() !== ''
      ? { kind: 'text' as const, value: text }
      : html !== null && html.trim() !== ''
        ? { kind: 'html' as const, value: html }
        : null;
  if (body === null) return { ok: false, code: 'EMPTY', message: 'record text is empty' };
  let published: string | null = null;
  if (record.published && record.published.trim() !== '') {
    published = parsePublished(record.published);
    if (published === null) {
      return {
        ok: false,
        code: 'BAD_DATE',
        message: `field "published" is not a date: "${record.published}"`,
      };
    }
  }
  return {
    ok: true,
    body,
    meta: {
      url: record.url?.trim() || null,
      title: record.title?.trim() || null,
      source: record.source?.trim() || null,
      published,
    },
  };
}

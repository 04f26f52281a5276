// Bytes to text, or the reason they are not text. Pure: no I/O.
import type { IngestErrorCode } from './types.js';

export type Decoded =
  { ok: true; text: string } | { ok: false; code: IngestErrorCode; message: string; line?: number };

const LF = 0x0a;

/** 1-based line of the first invalid UTF-8 sequence (the buffer is known to be invalid). */
function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line += 1;
  }
  return line;
}

/** Share of control characters (other than tab, LF, CR, FF) among the first 8 KB. */
function controlShare(text: string): number {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control / sample.length;
}

/**
 * Decodes a file's bytes as UTF-8 (a UTF-8 BOM is dropped; UTF-16 with a BOM is accepted).
 * Fails with EMPTY (nothing but whitespace), BINARY (NUL bytes or mostly control characters)
 * or ENCODING (invalid UTF-8, with the line of the first bad sequence).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'EMPTY', message: 'file is empty' };
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes);
  } else {
    if (bytes.includes(0)) {
      return { ok: false, code: 'BINARY', message: 'contains NUL bytes: not a text file' };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const line = firstInvalidLine(bytes);
      return { ok: false, code: 'ENCODING', message: `invalid UTF-8 on line ${line}`, line };
    }
  }
  if (text.includes('\u0000') || controlShare(text) > 0.1) {
    return { ok: false, code: 'BINARY', message: 'mostly control characters: not a text file' };
  }
  if (text.trim() === '') return { ok: false, code: 'EMPTY', message: 'file has only whitespace' };
  return { ok: true, text };
}

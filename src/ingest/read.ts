// readInputs: paths in, documents and errors out, one file at a time. File and stdin reading is
// the only I/O; everything else is delegated to the pure readers.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentFormat } from '../records.js';
import { assembleDocument, folderSource } from './assemble.js';
import { dateInFileName, isIsoDay } from './dates.js';
import { decodeBytes } from './decode.js';
import { describeSystemError, errorItem } from './errors.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { readHtml } from './html.js';
import { asUtf8, parseRecordLine, splitLines, utf16Encoding } from './jsonl.js';
import { maxSafeBytes } from './limits.js';
import { normaliseText } from './normalise.js';
import { formatForPath, SUPPORTED_EXTENSIONS, walkPaths } from './paths.js';
import { readMarkdown, readPlainText } from './text.js';
import type { FoundMetadata, IngestItem, IngestOptions } from './types.js';

/** What a document's location says about it: the folder's name and a day in the file name. */
interface Origin {
  folder: string;
  fileDate: string | null;
}
const STDIN_ORIGIN: Origin = { folder: '', fileDate: null };

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

function tooLarge(size: number, maxBytes: number): string {
  return `${formatBytes(size)} is over the ${formatBytes(maxBytes)} cap (raise it with --max-bytes)`;
}

/** A reader's unexpected failure as that one document's error, never the run's. */
function readerFailed(where: string, err: unknown, line?: number): IngestItem {
  const detail = err instanceof Error ? err.message : String(err);
  return errorItem('READ_FAILED', where, `could not read this document: ${detail}`, line);
}

/** documentsFromText, with a reader's throw turned into the document's error. */
function safeDocumentsFromText(...args: Parameters<typeof documentsFromText>): IngestItem[] {
  try {
    return documentsFromText(...args);
  } catch (err) {
    return [readerFailed(args[2], err)];
  }
}

/** Documents (or errors) in a whole-file text of a non-JSONL format. */
function documentsFromText(
  text: string,
  format: Exclude<DocumentFormat, 'jsonl'>,
  where: string,
  origin: Origin,
  options: IngestOptions,
): IngestItem[] {
  const make = (body: string, meta: FoundMetadata, docPath = where): IngestItem => ({
    kind: 'document',
    doc: assembleDocument({ text: body, format, path: docPath, meta, ...origin }, options),
  });
  switch (format) {
    case 'text': {
      const read = readPlainText(text);
      if (read.text === '')
        return [errorItem('EMPTY', where, 'no text left after removing scraper residue')];
      return [make(read.text, read.meta)];
    }
    case 'markdown': {
      const read = readMarkdown(text);
      if ('code' in read) return [errorItem(read.code, where, read.message, read.line)];
      if (read.text === '')
        return [errorItem('EMPTY', where, 'no text left after removing markup and residue')];
      return [make(read.text, read.meta)];
    }
    case 'html': {
      const read = readHtml(text);
      if (read === null)
        return [
          errorItem('HTML_NO_TEXT', where, 'no article text could be extracted from the HTML'),
        ];
      return [make(read.text, read.meta)];
    }
    case 'feed': {
      const read = readFeed(text);
      if (!read.ok) return [errorItem('FEED_PARSE', where, read.message)];
      if (read.entries.length === 0) return [errorItem('EMPTY', where, 'feed has no items')];
      return read.entries.map((entry) => {
        const item = `${where}#item${entry.number}`;
        if ('code' in entry) return errorItem(entry.code, item, entry.message);
        return entry.text === ''
          ? errorItem('EMPTY', item, 'feed item has no content or description')
          : make(entry.text, entry.meta, item);
      });
    }
  }
}

/** Records of a JSONL byte stream, one line at a time. */
async function* documentsFromJsonl(
  chunks: AsyncIterable<Buffer | string>,
  where: string,
  origin: Origin,
  options: IngestOptions,
): AsyncGenerator<IngestItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let records = 0;
  for await (const line of splitLines(asUtf8(chunks), options.maxBytes)) {
    const n = line.number;
    if (line.tooLong) {
      records += 1;
      yield errorItem(
        'TOO_LARGE',
        where,
        `record is over the ${formatBytes(options.maxBytes)} cap (raise it with --max-bytes)`,
        n,
      );
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(line.bytes);
    } catch {
      records += 1;
      yield errorItem('ENCODING', where, 'invalid UTF-8', n);
      continue;
    }
    if (n === 1) text = text.replace(/^\uFEFF/, '');
    if (text.trim() === '') continue; // blank lines separate nothing; skip them quietly
    records += 1;
    const record = parseRecordLine(text);
    if (!record.ok) {
      yield errorItem(record.code, where, record.message, n);
      continue;
    }
    let body: string;
    let meta = record.meta;
    if (record.body.kind === 'html') {
      let read: ReturnType<typeof readHtml>;
      try {
        read = readHtml(record.body.value);
      } catch (err) {
        yield readerFailed(where, err, n);
        continue;
      }
      if (read === null) {
        yield errorItem(
          'HTML_NO_TEXT',
          where,
          'no article text could be extracted from field "html"',
          n,
        );
        continue;
      }
      body = read.text;
      // The record's own fields win over what the page says about itself.
      meta = {
        title: meta.title ?? read.meta.title,
        source: meta.source ?? read.meta.source,
        url: meta.url ?? read.meta.url,
        published: meta.published ?? read.meta.published,
      };
    } else {
      body = normaliseText(record.body.value);
    }
    if (body === '') {
      yield errorItem('EMPTY', where, 'no text left after removing scraper residue', n);
      continue;
    }
    yield {
      kind: 'document',
      doc: assembleDocument(
        { text: body, format: 'jsonl', path: `${where}#${n}`, meta, ...origin },
        options,
      ),
    };
  }
  if (records === 0) yield errorItem('EMPTY', where, 'file has no records');
}

async function* readOneFile(
  file: string,
  named: boolean,
  options: IngestOptions,
): AsyncGenerator<IngestItem> {
  const format = formatForPath(file);
  if (format === null) {
    const ext = path.extname(file);
    const what = ext === '' ? 'no file extension' : `unsupported extension "${ext}"`;
    // A folder may hold a README or images beside the news: skipped. A file the user named is
    // one they meant to be read: an error.
    if (!named && options.onSkip) {
      options.onSkip({ path: file, reason: what });
      return;
    }
    yield errorItem(
      'UNSUPPORTED',
      file,
      `${what}: skipped (reads ${SUPPORTED_EXTENSIONS.join(' ')})`,
    );
    return;
  }
  const origin: Origin = { folder: folderSource(file), fileDate: dateInFileName(file) };
  if (format === 'jsonl') {
    try {
      yield* documentsFromJsonl(createReadStream(file), file, origin, options);
    } catch (err) {
      yield errorItem('UNREADABLE', file, describeSystemError(err));
    }
    return;
  }
  yield* await itemsOfFile(file, format, origin, options);
}

/**
 * The items of one whole file of a non-JSONL format. Not a generator: its bytes and decoded text
 * are let go as soon as the documents are made, not held in a suspended frame while the pipeline
 * codes them (a 20 MB text was held three times over: its bytes, its text, its document).
 */
async function itemsOfFile(
  file: string,
  format: Exclude<DocumentFormat, 'jsonl'>,
  origin: Origin,
  options: IngestOptions,
): Promise<IngestItem[]> {
  let bytes: Buffer;
  try {
    // Check the size before reading, so a huge file is never loaded.
    const info = await stat(file);
    if (info.size > options.maxBytes) {
      return [errorItem('TOO_LARGE', file, tooLarge(info.size, options.maxBytes))];
    }
    bytes = await readFile(file);
  } catch (err) {
    return [errorItem('UNREADABLE', file, describeSystemError(err))];
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [errorItem(decoded.code, file, decoded.message, decoded.line)];
  return safeDocumentsFromText(decoded.text, format, file, origin, options);
}

/** A stream chunk as bytes (a stream with an encoding set yields strings). */
const asBuffer = (chunk: Buffer | string): Buffer =>
  typeof chunk === 'string' ? Buffer.from(chunk) : chunk;

/** Chunks of a stream, after the ones already taken from it while sniffing. */
async function* prepend(
  taken: Buffer[],
  rest: AsyncIterator<Buffer | string>,
): AsyncGenerator<Buffer> {
  yield* taken;
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    yield asBuffer(next.value);
  }
}

/** Stdin: `{` first → JSONL, `<` → feed or HTML, anything else → plain text. */
async function* readStdin(options: IngestOptions): AsyncGenerator<IngestItem> {
  const stream = options.stdin ?? process.stdin;
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let takenBytes = 0;
  let first: string | null = null;
  try {
    while (first === null) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = asBuffer(next.value);
      taken.push(chunk);
      takenBytes += chunk.length;
      // Latin-1 maps bytes one to one: enough to see the first visible ASCII character (UTF-16
      // needs its own decoding, which drops its mark).
      const bytes = Buffer.concat(taken);
      const utf16 = utf16Encoding(bytes);
      const head = (
        utf16
          ? new TextDecoder(utf16).decode(bytes)
          : bytes.toString('latin1').replace(/^\xEF\xBB\xBF/, '')
      ).trimStart();
      if (head !== '') first = head[0]!;
    }
    if (first === '{') {
      yield* documentsFromJsonl(prepend(taken, iterator), '-', STDIN_ORIGIN, options);
      return;
    }
    // Whole-document formats: read up to the cap, then decode as a file would be.
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const chunk = asBuffer(next.value);
      takenBytes += chunk.length;
      if (takenBytes > options.maxBytes) break; // stop reading: it is refused below
      taken.push(chunk);
    }
  } catch (err) {
    yield errorItem('UNREADABLE', '-', describeSystemError(err));
    return;
  }
  // Also when the chunks taken while sniffing are over the cap already.
  if (takenBytes > options.maxBytes) {
    yield errorItem(
      'TOO_LARGE',
      '-',
      `stdin is over the ${formatBytes(options.maxBytes)} cap (raise it with --max-bytes)`,
    );
    return;
  }
  const decoded = decodeBytes(Buffer.concat(taken));
  if (!decoded.ok) {
    yield errorItem(
      decoded.code,
      '-',
      decoded.code === 'EMPTY' ? 'stdin is empty' : decoded.message,
      decoded.line,
    );
    return;
  }
  const format = first !== '<' ? 'text' : looksLikeFeed(decoded.text) ? 'feed' : 'html';
  yield* safeDocumentsFromText(decoded.text, format, '-', STDIN_ORIGIN, options);
}

/**
 * Streams documents from files, folders (recursively, sorted) and `-` (stdin), one file at a time.
 * Problems with the input come out as error items; nothing the user can cause is thrown.
 */
export async function* readInputs(
  paths: string[],
  given: IngestOptions,
): AsyncGenerator<IngestItem> {
  // Whatever the caller asks, a document past the safe size is TOO_LARGE, not a VM abort.
  const options = { ...given, maxBytes: Math.min(given.maxBytes, maxSafeBytes()) };
  if (options.date !== undefined && !isIsoDay(options.date)) {
    yield errorItem(
      'BAD_DATE',
      '--date',
      `--date "${options.date}" is not a date (expected YYYY-MM-DD)`,
    );
    return;
  }
  for await (const item of walkPaths(paths)) {
    if (item.kind === 'error') yield item;
    else if (item.path === '-') yield* readStdin(options);
    else yield* readOneFile(item.path, item.named, options);
  }
}

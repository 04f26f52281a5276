// Folders with files ingest does not read, and JSON Lines in UTF-16.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { skipTally } from './errors.js';
import {
  DEFAULT_MAX_BYTES,
  readInputs,
  type IngestItem,
  type IngestOptions,
  type SkippedFile,
} from './index.js';
import { asUtf8 } from './jsonl.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const at = path.join(dir, name);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, content);
  return at;
}

async function collect(paths: string[], options: Partial<IngestOptions> = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readInputs(paths, { maxBytes: DEFAULT_MAX_BYTES, ...options })) {
    out.push(outline(item));
  }
  return out;
}

const outline = (item: IngestItem): string =>
  item.kind === 'document'
    ? `doc ${path.basename(item.doc.path)} ${item.doc.title ?? ''}`.trim()
    : `${item.error.code} ${path.basename(item.error.path)}${item.error.line ? `:${item.error.line}` : ''}`;

describe('files ingest does not read', () => {
  const folder = path.join(dir, 'mixed');
  file('mixed/README', 'How this folder was collected.');
  file('mixed/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  file('mixed/inner/report.pdf', '%PDF-1.4');
  file('mixed/story.txt', 'Talks resumed in Geneva on Monday, diplomats said.');

  it('are skipped inside folders, told to onSkip, not failures', async () => {
    const skipped: SkippedFile[] = [];
    const items = await collect([folder], { onSkip: (s) => skipped.push(s) });
    expect(items).toEqual(['doc story.txt']);
    expect(skipped.map((s) => `${path.relative(folder, s.path)}: ${s.reason}`)).toEqual([
      'README: no file extension',
      'inner/report.pdf: unsupported extension ".pdf"',
      'photo.png: unsupported extension ".png"',
    ]);
  });

  it('are still errors when named on the command line', async () => {
    const skipped: SkippedFile[] = [];
    const named = path.join(folder, 'photo.png');
    expect(await collect([named], { onSkip: (s) => skipped.push(s) })).toEqual([
      'UNSUPPORTED photo.png',
    ]);
    expect(skipped).toEqual([]);
  });

  it('are UNSUPPORTED errors, as before, for a caller that does not listen for skips', async () => {
    expect(await collect([folder])).toContain('UNSUPPORTED photo.png');
  });

  it('are summed up in one safe line', () => {
    const tally = skipTally(2);
    for (const name of ['a/README', 'a/x.png', 'b/\x1b[2Jy.pdf'])
      tally.add({ path: name, reason: '' });
    expect(tally.count).toBe(3);
    expect(tally.summary()).toBe(
      'skipped 3 files in folders that ingest does not read (a/README, a/x.png, and 1 more)',
    );
  });
});

describe('JSON Lines in UTF-16', () => {
  const records = [
    { title: 'Київ', text: 'Talks resumed in Kyiv on Monday, officials said.' },
    { title: 'Second', text: 'The ceasefire held overnight, observers said.' },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n');
  const utf16le = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`${records}\n{bad\n`, 'utf16le'),
  ]);
  const utf16be = Buffer.from(utf16le);
  utf16be.swap16();

  it('reads little- and big-endian files with a byte-order mark, line numbers intact', async () => {
    for (const [name, bytes] of [
      ['le.jsonl', utf16le],
      ['be.jsonl', utf16be],
    ] as const) {
      expect(await collect([file(name, bytes)])).toEqual([
        `doc ${name}#1 Київ`,
        `doc ${name}#2 Second`,
        `JSONL_PARSE ${name}:3`,
      ]);
    }
  });

  it('reads them from stdin too', async () => {
    expect(await collect(['-'], { stdin: Readable.from([utf16le]) })).toEqual([
      'doc -#1 Київ',
      'doc -#2 Second',
      'JSONL_PARSE -:3',
    ]);
  });

  it('transcodes a stream split anywhere, even inside the mark or a character', async () => {
    const chunks = [...utf16be].map((byte) => Buffer.from([byte]));
    const out: Buffer[] = [];
    for await (const chunk of asUtf8(Readable.from(chunks))) out.push(chunk);
    expect(Buffer.concat(out).toString('utf8')).toBe(`${records}\n{bad\n`);
  });

  it('passes UTF-8 through untouched', async () => {
    const bytes = Buffer.from('{"text":"é"}\n');
    const out: Buffer[] = [];
    for await (const chunk of asUtf8(Readable.from([bytes.subarray(0, 1), bytes.subarray(1)]))) {
      out.push(chunk);
    }
    expect(Buffer.concat(out).equals(bytes)).toBe(true);
  });
});

// `spiral ingest --workers N` against `--workers 1` on an invented corpus with copies, repeated
// happenings, duplicates and bad input: the stored results, the errors and the exit code must be
// the same. Runs the built CLI (`npm test` builds dist first).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocuments } from '../../bench/generate.js';
import { packageRoot } from '../../paths.js';
import { LONG_DOCUMENT_CHARS } from '../coding.js';
import { CHUNK_SENTENCES } from '../../coding/coder.js';

const bin = path.join(packageRoot, 'bin', 'spiral.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-parallel-cli-'));
const corpus = path.join(tmp, 'corpus');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function spiral(args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

interface Record_ {
  url: string;
  title: string;
  source: string;
  published: string;
  text: string;
}

/** Generated news, with copies made the ways outlets make them, next to and far from their original. */
function newsRecords(): string[] {
  const docs = generateDocuments(12);
  const base: Record_[] = [];
  for (let i = 0; i < 30; i += 1) {
    const doc = docs.next().value!;
    // Short documents keep the test quick; whole paragraphs keep them codable.
    const paragraphs = doc.text.split('\n\n');
    base.push({ ...doc, text: paragraphs.slice(0, 3).join('\n\n') });
  }
  const lines: string[] = [];
  const emit = (record: Record_ | string): number =>
    lines.push(typeof record === 'string' ? record : JSON.stringify(record));
  base.forEach((doc, i) => {
    emit(doc);
    // A wire story republished word for word by another outlet, right behind it.
    if (i % 7 === 2) {
      emit({ ...doc, source: 'Copy Desk', url: `https://copydesk.example/${i}` });
    }
    // The very same record twice in a row (same text, same URL): stored once.
    if (i % 9 === 4) emit(doc);
    // An edited copy of an earlier story: its last paragraph cut, its title changed.
    if (i % 8 === 6) {
      const earlier = base[i - 4]!;
      const paragraphs = earlier.text.split('\n\n');
      emit({
        ...earlier,
        source: 'Digest',
        url: `https://digest.example/${i}`,
        title: `Digest: ${earlier.title}`,
        text: paragraphs.slice(0, Math.max(1, paragraphs.length - 1)).join('\n\n'),
      });
    }
    if (i === 11) emit('{"title": "a record cut short');
    if (i === 17) emit(JSON.stringify({ url: 'https://empty.example/1', text: '   ' }));
  });
  // The first story again at the end: stored long before, so it is skipped.
  emit(base[0]!);
  return lines;
}

/**
 * Independent reports of one phone call (one event, several sources) and of one shelling; and,
 * read first, a feed item cut off after "U.S": the NLP library then splits every later
 * "U.S. forces" into two sentences, in whichever thread codes them (see `history.ts`).
 */
const reports: Record<string, string> = {
  'a-feed/cut-off.txt':
    'The embassy statement, cut off in the feed, ended mid-sentence: officials denied that U.S',
  'kremlin/2022-02-12-call.txt':
    'MOSCOW, Feb. 12 (Kremlin Wire) - Russian President Vladimir Putin held a telephone conversation with French President Emmanuel Macron on Saturday, the Kremlin said.\n\nThe two leaders discussed security guarantees.\n',
  'elysee/2022-02-12-call.txt':
    'PARIS, Feb. 12 (Elysee Desk) - French President Emmanuel Macron spoke by phone with Russian President Vladimir Putin on Saturday, his office said.\n\nHe urged restraint.\n',
  'monitor/2022-02-17-shelling.txt':
    'Kyiv, Feb. 17 - Separatist forces shelled Stanytsia Luhanska, damaging a kindergarten, Ukrainian officials said.\n',
  'monitor/2022-02-17-shelling-again.txt':
    'Kyiv, Feb. 17 - Ukrainian officials said separatist forces shelled Stanytsia Luhanska on Thursday, hitting a kindergarten.\n',
  'notes/readme.pdf': 'not a format spiral reads',
};

beforeAll(() => {
  mkdirSync(corpus, { recursive: true });
  writeFileSync(path.join(corpus, 'news.jsonl'), `${newsRecords().join('\n')}\n`);
  for (const [name, text] of Object.entries(reports)) {
    mkdirSync(path.dirname(path.join(corpus, name)), { recursive: true });
    writeFileSync(path.join(corpus, name), text);
  }
});

/** What a store holds, as the commands print it (the ingest time is the run's, not the data's). */
function contents(db: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const command of ['events', 'stories', 'docs']) {
    const result = spiral(['--db', db, command, '--format', 'jsonl']);
    expect(result.code, result.stderr).toBe(0);
    out[command] = result.stdout.replace(/"ingested":"[^"]*",?/g, '');
  }
  return out;
}

describe('spiral ingest --workers', { timeout: 600_000 }, () => {
  const one = path.join(tmp, 'one.db');
  const three = path.join(tmp, 'three.db');

  it('stores what one worker stores, and reports the same errors', () => {
    // Small batches: commits fall in the middle of copies and their originals.
    const args = ['ingest', '--quiet', '--batch', '4', corpus];
    const a = spiral(['--db', one, ...args, '--workers', '1']);
    // The corpus is small: workers start at once, not after the first megabyte.
    const b = spiral(['--db', three, ...args, '--workers', '3', '--workers-after', '1']);
    expect(a.code).toBe(1); // the bad record and the empty one (the PDF in a folder is skipped)
    expect(b.code).toBe(a.code);
    expect(b.stderr).toBe(a.stderr);
    expect(a.stderr.trim().split('\n')).toHaveLength(2);
    expect(a.stderr).toMatch(/news\.jsonl:\d+/);

    const expected = contents(one);
    expect(contents(three)).toEqual(expected);

    // The corpus does what it is meant to: copies form stories, reports merge into events.
    const stories = expected
      .stories!.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(stories.length).toBeGreaterThanOrEqual(3);
    const events = expected
      .events!.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.some((e: { sources: unknown[] }) => e.sources.length >= 3)).toBe(true);
    const docs = expected.docs!.trim().split('\n');
    // 30 stories, 4 word-for-word copies, 3 edited copies, 4 reports and the cut-off item; the
    // repeats are skipped.
    expect(docs).toHaveLength(30 + 4 + 3 + 4 + 1);
  });

  it('adds nothing when the same corpus is ingested again', () => {
    const before = contents(three);
    const again = spiral([
      '--db',
      three,
      'ingest',
      '--workers',
      '3',
      '--workers-after',
      '1',
      corpus,
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^ingested 0 documents \(\d+ already stored\), 2 failed/m);
    expect(contents(three)).toEqual(before);
  });

  it('codes a long document in chunks in its turn, and stores what one worker stores', () => {
    const folder = path.join(tmp, 'long');
    mkdirSync(folder, { recursive: true });
    const docs = generateDocuments(31);
    const short = (): string => docs.next().value!.text.split('\n\n').slice(0, 3).join('\n\n');
    const parts: string[] = [];
    let length = 0;
    while (length <= LONG_DOCUMENT_CHARS) {
      const text = docs.next().value!.text;
      parts.push(text);
      length += text.length + 2;
    }
    // Short documents before and after it, which repeat two of its paragraphs.
    writeFileSync(path.join(folder, 'a.txt'), `${short()}\n\n${parts[3]!.split('\n\n')[0]}`);
    writeFileSync(path.join(folder, 'b.txt'), parts.join('\n\n'));
    writeFileSync(path.join(folder, 'c.txt'), `${parts.at(-2)!.split('\n\n')[0]}\n\n${short()}`);
    const dbOne = path.join(tmp, 'long-one.db');
    const dbTwo = path.join(tmp, 'long-two.db');
    const a = spiral(['--db', dbOne, 'ingest', '--quiet', '--workers', '1', folder]);
    const b = spiral([
      '--db',
      dbTwo,
      'ingest',
      '--quiet',
      '--workers',
      '2',
      '--workers-after',
      '1',
      folder,
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const expected = contents(dbOne);
    expect(contents(dbTwo)).toEqual(expected);
    const events = expected
      .events!.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.length).toBeGreaterThan(100);
    // More sentences than a chunk holds: it was stored in several.
    const stored = expected
      .docs!.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const sizes = stored.map((d: { sentences: number }) => d.sentences > CHUNK_SENTENCES);
    expect(sizes.sort()).toEqual([false, false, true]);
  });
});

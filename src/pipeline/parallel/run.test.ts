// The parallel run in process, with real coding workers (taken from dist: `npm test` builds it).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocuments } from '../../bench/generate.js';
import { createCoder } from '../../coding/index.js';
import type { Coder } from '../../coding/types.js';
import type { IngestItem } from '../../ingest/index.js';
import type { DocumentInput } from '../../records.js';
import { SqliteStore } from '../../store/sqlite/store.js';
import type { Store } from '../../store/store.js';
import { runIngest, type RunIngestOptions } from '../ingest-run.js';
import { provenanceStep } from '../../provenance/index.js';
import { runParallelIngest, type ParallelIngestOptions } from './run.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-parallel-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function input(n: number, doc: { text: string; source: string; url: string; published: string }) {
  const text = doc.text.split('\n\n').slice(0, 2).join('\n\n');
  const record: DocumentInput = {
    text,
    source: doc.source,
    url: doc.url,
    title: `story ${n}`,
    published: doc.published,
    path: `news.jsonl#${n}`,
    format: 'jsonl',
  };
  return record;
}

/** A feed item cut off after "U.S": later "U.S. forces" split in two in the thread that read it. */
const cutOff: DocumentInput = {
  text: 'The embassy statement, cut off in the feed, ended mid-sentence: officials denied that U.S',
  source: 'Feed',
  url: null,
  title: null,
  published: '2022-02-10',
  path: 'feed.txt',
  format: 'text',
};

function denial(n: number): DocumentInput {
  return {
    text: `The ministry rejected the accusations and denied that U.S. forces had fired on Popasna. Talks resumed on day ${n}.`,
    source: `Desk ${n}`,
    url: null,
    title: null,
    published: '2022-02-11',
    path: `denial-${n}.txt`,
    format: 'text',
  };
}

/**
 * Twelve stories with a copy at another address, a repeat of one record and two bad inputs; and a
 * cut-off feed item before denials that every worker must code as one thread would.
 */
function items(): IngestItem[] {
  const docs = generateDocuments(5);
  const out: IngestItem[] = [{ kind: 'document', doc: cutOff }];
  for (let n = 1; n <= 4; n += 1) out.push({ kind: 'document', doc: denial(n) });
  for (let n = 1; n <= 12; n += 1) {
    const doc = input(n, docs.next().value!);
    out.push({ kind: 'document', doc });
    if (n === 3) out.push({ kind: 'document', doc: { ...doc, url: 'https://copy.example/3' } });
    if (n === 5) out.push({ kind: 'document', doc });
    if (n === 7) {
      out.push({
        kind: 'error',
        error: { code: 'JSONL_PARSE', path: 'news.jsonl', line: 9, message: 'bad JSON' },
      });
    }
  }
  out.push({ kind: 'error', error: { code: 'EMPTY', path: 'empty.txt', message: 'no text' } });
  return out;
}

/** A reader of `list` that counts what it handed out. */
function counted(list: IngestItem[]): { read: RunIngestOptions['read']; pulled: () => number } {
  let pulled = 0;
  return {
    pulled: () => pulled,
    read: async function* () {
      for (const item of list) {
        pulled += 1;
        yield item;
      }
    },
  };
}

async function contents(store: Store) {
  const strip = <T extends { ingested?: string }>(rows: T[]) =>
    rows.map(({ ingested: _ingested, ...rest }) => rest);
  return {
    events: await store.events(),
    stories: await store.stories(),
    documents: strip(await store.documents()),
  };
}

let coder: Coder;
let expected: { stats: unknown; stderr: string; contents: Awaited<ReturnType<typeof contents>> };
const steps = [provenanceStep];

beforeAll(async () => {
  coder = createCoder();
  const store = SqliteStore.open(path.join(tmp, 'one.db'), { create: true });
  const stderr = new Sink();
  const stats = await runIngest(store, ['x'], {
    ingest: { maxBytes: 1e6 },
    coder,
    read: counted(items()).read,
    stderr,
    quiet: true,
    steps,
    batchDocuments: 3,
  });
  expected = { stats, stderr: stderr.text, contents: await contents(store) };
  await store.close();
}, 120_000);

async function parallel(name: string, extra: Partial<ParallelIngestOptions>) {
  const store = SqliteStore.open(path.join(tmp, `${name}.db`), { create: true });
  const stderr = new Sink();
  const source = counted(items());
  let mostUnwritten = 0;
  try {
    const stats = await runParallelIngest(store, ['x'], {
      ingest: { maxBytes: 1e6 },
      read: source.read,
      stderr,
      quiet: true,
      steps,
      batchDocuments: 3,
      // Two coding threads beside the writer: each must read what the other coded.
      workers: 3,
      ...extra,
      onProgress(s) {
        const written = s.documents + s.skipped + s.failed;
        mostUnwritten = Math.max(mostUnwritten, source.pulled() - written);
        extra.onProgress?.(s);
      },
    });
    return { stats, stderr: stderr.text, contents: await contents(store), mostUnwritten, store };
  } finally {
    await store.close();
  }
}

describe('runParallelIngest', { timeout: 180_000 }, () => {
  it('stores, counts and reports exactly what one worker does', async () => {
    const run = await parallel('workers', { maxInFlight: 3 });
    expect(run.stats).toEqual(expected.stats);
    expect(run.stderr).toBe(expected.stderr);
    expect(run.contents).toEqual(expected.contents);
    // The corpus is what it means to be: a copy, a repeat, two errors.
    expect(expected.stats).toMatchObject({ documents: 18, skipped: 1, failed: 2 });
    // The denials were split after "U.S" by the thread that had read the cut-off item (a thread
    // that had not would see two sentences).
    const denials = expected.contents.documents.filter((d) => d.path.startsWith('denial-'));
    expect(denials.map((d) => d.sentences)).toEqual([3, 3, 3, 3]);
    expect(expected.contents.stories.length).toBeGreaterThan(0);
  });

  it('codes on the writer while the workers load, with the same results', async () => {
    const run = await parallel('inline', { coder, maxInFlight: 2, startAfterBytes: 1 });
    expect(run.stats).toEqual(expected.stats);
    expect(run.contents).toEqual(expected.contents);
  });

  it('starts the workers with the first document when the files on disk hold more than the writer codes alone', async () => {
    // Three short reports: their texts together are less than the file (its newlines and
    // fields), so a start decided by the bytes coded would never come; the file's size says more
    // is to come than the threshold, so the workers start at once.
    const file = path.join(tmp, 'start.jsonl');
    writeFileSync(
      file,
      ['Kyiv', 'Minsk', 'Riga']
        .map((city, i) =>
          JSON.stringify({
            text: `Officials in ${city} met the visiting envoy on Monday, report ${i}.`,
            source: 'Northwire',
            published: '2022-02-14',
          }),
        )
        .join('\n') + '\n',
    );
    const store = SqliteStore.open(path.join(tmp, 'start.db'), { create: true });
    // Told at the end of a run that started its workers (loaded or not by then).
    let started = false;
    try {
      const stats = await runParallelIngest(store, [file], {
        ingest: { maxBytes: 1e6 },
        quiet: true,
        stderr: new Sink(),
        workers: 2,
        coder,
        startAfterBytes: statSync(file).size - 1,
        onWorkersLoaded: () => (started = true),
      });
      expect(stats.documents).toBe(3);
    } finally {
      await store.close();
    }
    expect(started).toBe(true);
  });

  it('gives the same results wherever the preparations run (writer, workers or both)', async () => {
    for (const pattern of [[false], [true, false, false]]) {
      let n = 0;
      const decisions: boolean[] = [];
      const balance = {
        note: () => undefined,
        atWorker: () => {
          const atWorker = pattern[n++ % pattern.length]!;
          decisions.push(atWorker);
          return atWorker;
        },
      };
      const run = await parallel(`balance-${pattern.length}`, { maxInFlight: 3, balance });
      expect(run.stats).toEqual(expected.stats);
      expect(run.contents).toEqual(expected.contents);
      expect(decisions).toContain(false);
    }
  });

  it('reads no further ahead than its cap', async () => {
    const run = await parallel('capped', { maxInFlight: 1 });
    expect(run.stats).toEqual(expected.stats);
    // One input at a time: the next is read only once the last is written.
    expect(run.mostUnwritten).toBeLessThanOrEqual(1);
  });

  it('on a stop signal, writes what it read and reads no more', async () => {
    const stop = new AbortController();
    const run = await parallel('stopped', {
      maxInFlight: 4,
      signal: stop.signal,
      onProgress(s) {
        if (s.documents === 2) stop.abort();
      },
    });
    expect(run.stats.interrupted).toBe(true);
    const handled = run.stats.documents + run.stats.skipped + run.stats.failed;
    expect(handled).toBeGreaterThanOrEqual(2);
    expect(handled).toBeLessThan(items().length);
    expect(run.contents.documents).toHaveLength(run.stats.documents);
    // What was stored is a prefix of what one worker stores.
    const ids = run.contents.documents.map((d) => d.id).sort();
    expect(expected.contents.documents.map((d) => d.id)).toEqual(expect.arrayContaining(ids));
  });

  it('fails the run, storing nothing of the open batch, when a worker cannot start', async () => {
    const store = SqliteStore.open(path.join(tmp, 'broken.db'), { create: true });
    try {
      await expect(
        runParallelIngest(store, ['x'], {
          ingest: { maxBytes: 1e6 },
          read: counted(items()).read,
          stderr: new Sink(),
          quiet: true,
          workers: 2,
          dictionaries: [path.join(tmp, 'no-such-dictionary.jsonl')],
        }),
      ).rejects.toThrow(/coding worker could not start/);
      expect(store.inBatch).toBe(false);
      expect(await store.documents()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Coder } from '../coding/types.js';
import type { IngestItem } from '../ingest/index.js';
import type { DocumentInput, Mention, PloverType, Sentence } from '../records.js';
import type { DocumentStep } from '../store/store.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { runIngest, type RunIngestOptions } from './ingest-run.js';
import { LONG_DOCUMENT_CHARS } from './coding.js';

const VERBS: Record<string, PloverType> = {
  called: 'CONSULT',
  accused: 'ACCUSE',
  shelled: 'ASSAULT',
};

/** A tiny stand-in coder: `X verb Y` in a sentence is one mention, dated by the document. */
const fakeCoder: Coder = {
  code(doc) {
    const sentences: Sentence[] = [];
    const mentions: Mention[] = [];
    const re = /[^.]+\./g;
    for (let match = re.exec(doc.text); match; match = re.exec(doc.text)) {
      const start = match.index;
      const text = match[0];
      const index = sentences.length;
      sentences.push({ doc: doc.id, index, start, end: start + text.length, text });
      const event = /(\w+) (called|accused|shelled) (\w+)/.exec(text);
      if (!event) continue;
      const [, source, verb, target] = event as unknown as [string, string, string, string];
      if (text.includes('EXPLODE')) throw new Error('coder exploded');
      const at = start + (event.index ?? 0) + source.length + 1;
      mentions.push({
        id: `m-${doc.id}-${index}`,
        date: doc.published,
        source: { root: source.toUpperCase(), sector: '', text: source },
        target: { root: target.toUpperCase(), sector: '', text: target },
        type: VERBS[verb]!,
        mode: '',
        cameo: '000',
        intensity: 0,
        negated: false,
        conditional: false,
        future: false,
        claimed: false,
        place: null,
        quantities: [],
        evidence: { doc: doc.id, sentence: index, start, end: start + text.length, text },
        trigger: { start: at, end: at + verb.length, text: verb },
        pattern: 'fake',
      });
    }
    return { sentences, mentions, quotes: [] };
  },
};

function input(text: string, source: string, published: string | null): DocumentInput {
  return { text, source, published, url: null, title: null, path: `${source}.txt`, format: 'text' };
}

function reader(items: IngestItem[]): RunIngestOptions['read'] {
  return async function* () {
    yield* items;
  };
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let dir: string;
let db: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-pipeline-'));
  db = SqliteStore.open(path.join(dir, 'p.db'), { create: true });
});
afterEach(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(items: IngestItem[], extra: Partial<RunIngestOptions> = {}) {
  const stderr = new Capture();
  const promise = runIngest(db, ['x'], {
    ingest: { maxBytes: 1e6 },
    coder: fakeCoder,
    read: reader(items),
    stderr,
    steps: [],
    ...extra,
  });
  return promise.then((stats) => ({ stats, stderr: stderr.text }));
}

const docs: Array<Extract<IngestItem, { kind: 'document' }>> = [
  { kind: 'document', doc: input('Biden called Putin. It was long.', 'Meridian', '2022-02-12') },
  { kind: 'document', doc: input('Putin called Biden. Tass said so.', 'Tass', '2022-02-12') },
  { kind: 'document', doc: input('Biden called Putin today.', 'Harbor', '2022-02-13') },
];

describe('runIngest', () => {
  it('stores, codes and merges, then re-ingests idempotently', async () => {
    const first = await run(docs);
    expect(first.stats).toMatchObject({
      documents: 3,
      skipped: 0,
      failed: 0,
      mentions: 3,
      // A call told both ways on one day is one (symmetric) event; the next day's report of
      // "today" is within a day too.
      events: 1,
    });
    expect(first.stderr).toMatch(/^ingested 3 documents: /m);
    const before = await db.summary();
    const second = await run(docs);
    expect(second.stats).toMatchObject({ documents: 0, skipped: 3, failed: 0, mentions: 0 });
    expect(second.stderr).toContain('ingested 0 documents (3 already stored)');
    expect(await db.summary()).toEqual(before);
    const call = (await db.events({ source: 'BIDEN' }))[0]!;
    expect(call.mentions).toBe(3);
    expect(call.symmetric).toBe(true);
    expect(call.sources.map((s) => s.source)).toEqual(['Meridian', 'Tass', 'Harbor']);
  });

  it('treats documents equal after normalisation as the same', async () => {
    await run([docs[0]!]);
    const { stats } = await run([
      { kind: 'document', doc: { ...docs[0]!.doc, text: 'Biden called Putin.   It was long.\n' } },
    ] as IngestItem[]);
    expect(stats.skipped).toBe(1);
  });

  it('reports input and coder errors, one line each, and carries on', async () => {
    const { stats, stderr } = await run([
      { kind: 'error', error: { code: 'E_READ', path: 'missing.txt', message: 'no such file' } },
      docs[0]!,
      { kind: 'document', doc: input('Kyiv shelled EXPLODE.', 'Bad', null) },
    ]);
    expect(stats).toMatchObject({ documents: 1, failed: 2 });
    expect(stats.errors.map((e) => e.code)).toEqual(['E_READ', 'E_CODE']);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('missing.txt');
    expect(lines[1]).toContain('coder exploded');
    expect(lines[2]).toBe(lines[2]!.replace(/\n/g, ''));
    expect(lines[2]).toMatch(/^ingested 1 document, 2 failed: /);
    // The failed document was not stored: it can be retried once fixed.
    expect((await db.summary()).documents).toBe(1);
  });

  it('codes a long document chunk by chunk as it is stored; a coder failure there is its E_CODE', async () => {
    const chunked: string[] = [];
    // The fake coder in chunks of one sentence each, failing where it would fail whole.
    const lazy: Coder = {
      code: fakeCoder.code,
      *chunks(doc) {
        const whole = fakeCoder.code(doc);
        for (const sentence of whole.sentences) {
          chunked.push(doc.id);
          yield {
            sentences: [sentence],
            mentions: whole.mentions.filter((m) => m.evidence.sentence === sentence.index),
            quotes: [],
          };
        }
      },
    };
    const filler = ' It was long.'.repeat(Math.ceil(LONG_DOCUMENT_CHARS / 13));
    const long = input(`Biden called Putin.${filler} Putin called Biden.`, 'Long', '2022-02-12');
    const broken = input(`Kyiv shelled EXPLODE.${filler}`, 'Broken', null);
    const { stats, stderr } = await run(
      [{ kind: 'document', doc: long }, { kind: 'document', doc: broken }, docs[1]!],
      { coder: lazy },
    );
    expect(stats).toMatchObject({ documents: 2, failed: 1 });
    expect(stats.errors.map((e) => [e.code, e.path])).toEqual([['E_CODE', 'Broken.txt']]);
    expect(stderr).toContain('coder exploded');
    expect(chunked.length).toBeGreaterThan(1000);
    const call = (await db.events({ source: 'BIDEN' }))[0]!;
    expect(call.symmetric).toBe(true);
    expect(call.sources.map((x) => x.source)).toContain('Long');
    expect((await db.summary()).documents).toBe(2);
  });

  it('stores a document with all its content or not at all', async () => {
    const broken: Coder = {
      code(doc) {
        const coded = fakeCoder.code(doc);
        // A mention pointing at a missing document violates a foreign key mid-transaction.
        const bad = {
          ...coded.mentions[0]!,
          id: 'm-bad',
          evidence: { ...coded.mentions[0]!.evidence, doc: 'dnope' },
        };
        return { ...coded, mentions: [...coded.mentions, bad] };
      },
    };
    await expect(run([docs[0]!], { coder: broken })).rejects.toThrow();
    expect(await db.summary()).toMatchObject({
      documents: 0,
      sentences: 0,
      mentions: 0,
      events: 0,
    });
  });

  it('merges the mentions of a copy into the original regardless of date', async () => {
    await run([{ kind: 'document', doc: input('Lavrov accused Kyiv.', 'Ministry', null) }]);
    const original = (await db.events())[0]!.evidence.doc;
    const seen: string[] = [];
    const step: DocumentStep = {
      name: 'test',

      async run(doc) {
        seen.push(doc.id);
        return { copyOf: doc.text.includes('reposted') ? original : null };
      },
    };
    await run(
      [
        {
          kind: 'document',
          doc: input('Lavrov accused Kyiv. A blog reposted it.', 'Blog', '2022-03-01'),
        },
        { kind: 'document', doc: input('Lavrov accused Kyiv again.', 'Other', null) },
      ],
      { steps: [step] },
    );
    expect(seen).toHaveLength(2);
    const events = await db.events();
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.mentions).sort()).toEqual([1, 2]);
  });

  it('reports progress and stays silent when quiet', async () => {
    const counts: number[] = [];
    const { stderr } = await run(docs, {
      quiet: true,
      onProgress: (s) => counts.push(s.documents),
    });
    expect(counts).toEqual([1, 2, 3]);
    expect(stderr).toBe('');
  });
});

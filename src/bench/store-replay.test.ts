import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/store.js';
import { runIngest } from '../pipeline/ingest-run.js';
import { DEFAULT_STEPS } from '../pipeline/spiral.js';
import { recordCoded, replayCoded } from './store-replay.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Invented reports: two outlets carrying one wire story word for word, and a third story.
const wire =
  'Russian forces shelled the Ukrainian town of Avdiivka on Tuesday, Kyiv said. ' +
  'The Polish foreign minister met the Ukrainian ambassador in Warsaw on Wednesday.';
const corpus = path.join(dir, 'corpus.jsonl');
writeFileSync(
  corpus,
  [
    { url: 'https://a.example/1', source: 'A', published: '2022-03-01', text: wire },
    { url: 'https://b.example/1', source: 'B', published: '2022-03-01', text: wire },
    {
      url: 'https://c.example/2',
      source: 'C',
      published: '2022-03-02',
      text: 'Germany promised military aid to Ukraine on Thursday.',
    },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n') + '\n',
);

describe('store replay', () => {
  it('stores what an ingest of the corpus stores, coding nothing', async () => {
    const file = path.join(dir, 'coded.v8');
    expect(await recordCoded(corpus, file)).toBe(3);
    const replayed = await replayCoded(corpus, file, path.join(dir, 'replay.db'));
    const store = SqliteStore.open(path.join(dir, 'ingest.db'), { create: true });
    const stats = await runIngest(store, [corpus], {
      steps: DEFAULT_STEPS,
      quiet: true,
      ingest: { maxBytes: 1e9 },
    });
    const events = await store.events();
    await store.close();
    expect(replayed.stats.documents).toBe(3);
    expect(replayed.stats.mentions).toBeGreaterThan(0);
    expect([replayed.stats.mentions, replayed.stats.events]).toEqual([
      stats.mentions,
      stats.events,
    ]);
    expect(replayed.cpuSeconds).toBeGreaterThan(0);
    const again = SqliteStore.open(path.join(dir, 'replay.db'));
    expect((await again.events()).map((e) => [e.id, e.mentions])).toEqual(
      events.map((e) => [e.id, e.mentions]),
    );
    expect((await again.stories()).length).toBe(1);
    await again.close();
  });

  it('says a document was not recorded', async () => {
    const file = path.join(dir, 'empty.v8');
    const empty = path.join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    await recordCoded(empty, file);
    // A coder's failure is the document's, reported and counted: the run goes on.
    const { stats } = await replayCoded(corpus, file, path.join(dir, 'other.db'));
    expect([stats.documents, stats.failed]).toEqual([0, 3]);
    expect(stats.errors[0]?.message).toMatch(/not recorded/);
  });
});

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCorpus, spiral, tempDir, writeFiles } from './helpers.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('spiral reindex', () => {
  it('fingerprints every stored document again, and stories stay as they were', () => {
    const corpus = path.join(tmp.dir, 'corpus');
    writeFiles(corpus, fixtureCorpus);
    const db = path.join(tmp.dir, 'store.db');
    expect(spiral(['--db', db, 'ingest', '--quiet', corpus]).code).toBe(0);
    const stories = spiral(['--db', db, 'stories', '--format', 'jsonl']).stdout;
    const run = spiral(['--db', db, 'reindex']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `reindex: ${Object.keys(fixtureCorpus).length} documents fingerprinted again\n`,
    );
    expect(spiral(['--db', db, 'stories', '--format', 'jsonl']).stdout).toBe(stories);
    expect(spiral(['--db', db, 'reindex', '--quiet']).stderr).toBe('');
  });

  it('needs a store that exists', () => {
    const run = spiral(['--db', path.join(tmp.dir, 'none.db'), 'reindex']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/none\.db/);
  });
});

// The store under hostile load: two writers on one SQLite file, a read-only file, one sentence
// repeated all through an undated document, and a signal in the middle of an ingest.
import { spawn } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, spiral, tempDir, writeFiles } from './helpers.js';

const tmp = tempDir('spiral-store-rel-');
afterAll(() => tmp.cleanup());

/** An invented folder of `n` short reports, each a different happening. */
function corpus(dir: string, n: number, tag: string): void {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    files[`r${i}.txt`] =
      `KYIV, Feb. ${day} (Wire ${tag}) - Russian forces shelled the village of Number ${i} on Monday, killing ${i + 2} civilians, officials said.\n\n` +
      `Ukraine's foreign minister accused Russia of breaking the ceasefire for the ${i + 1}th time.\n`;
  }
  writeFiles(dir, files);
}

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return once(child, 'close').then(([code]) => ({ code: code as number | null, stderr }));
}

describe('the SQLite store under load', () => {
  it('lets a second writer wait for the first instead of failing', async () => {
    const a = path.join(tmp.dir, 'a');
    const b = path.join(tmp.dir, 'b');
    corpus(a, 40, 'A');
    corpus(b, 40, 'B');
    const db = path.join(tmp.dir, 'two.db');
    // Small batches: each process takes and releases the write lock many times.
    const [first, second] = await Promise.all([
      run(['--db', db, 'ingest', '--batch', '4', a]),
      run(['--db', db, 'ingest', '--batch', '4', b]),
    ]);
    expect(first.stderr).not.toContain('internal error');
    expect(second.stderr).not.toContain('internal error');
    expect([first.code, second.code], `${first.stderr}\n---\n${second.stderr}`).toEqual([0, 0]);
    const docs = spiral(['--db', db, 'docs', '--format', 'jsonl']);
    expect(docs.stdout.trim().split('\n')).toHaveLength(80);
  });

  it('lets processes that open one new file at the same instant all switch it to WAL', async () => {
    // Two connections switching a new file to WAL at once may each hold a read lock and want the
    // other's; SQLite then fails one at once, without its busy handler (about one race in twenty
    // before the retry). Each process spins to a shared start time to make the race likely.
    const opener = path.join(tmp.dir, 'open-race.mjs');
    const db = pathToFileURL(
      path.join(path.dirname(bin), '..', 'dist', 'store', 'sqlite', 'db.js'),
    );
    writeFileSync(
      opener,
      `import { openDatabase } from ${JSON.stringify(db.href)};\n` +
        `const at = Number(process.argv[3]);\nwhile (Date.now() < at) {}\n` +
        `try { openDatabase(process.argv[2], { busyTimeoutMs: 10000 }).close(); }\n` +
        `catch (err) { console.error(String(err)); process.exit(1); }\n`,
    );
    const failures: string[] = [];
    for (let round = 0; round < 15; round++) {
      const file = path.join(tmp.dir, `race-${round}.db`);
      const at = Date.now() + 600;
      const runs = await Promise.all(
        [0, 1, 2].map(async () => {
          const child = spawn(process.execPath, [opener, file, String(at)], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          const [code] = (await once(child, 'close')) as [number];
          return { code, stderr };
        }),
      );
      for (const r of runs) if (r.code !== 0) failures.push(`round ${round}: ${r.stderr}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('names a read-only database as a database error, not an internal one', async () => {
    if (process.getuid?.() === 0) {
      // Root writes through file permissions: make the connection read-only instead.
      const { SqliteStore } = await import('../../src/store/sqlite/store.js');
      const store = SqliteStore.open(path.join(tmp.dir, 'ro-root.db'), { create: true });
      store.db.pragma('query_only = 1');
      const doc = {
        id: 'd1',
        hash: 'h1',
        text: 'x',
        source: '',
        url: null,
        title: null,
        published: null,
        path: 'x.txt',
        format: 'text' as const,
        ingested: '2026-01-01',
      };
      await expect(
        store.writeDocument(doc, { sentences: [], mentions: [], quotes: [] }, []),
      ).rejects.toMatchObject({ code: 'E_DB' });
      await store.close();
      return;
    }
    const db = path.join(tmp.dir, 'ro.db');
    const c = path.join(tmp.dir, 'c');
    corpus(c, 2, 'C');
    expect(spiral(['--db', db, 'ingest', c]).code).toBe(0);
    corpus(c, 3, 'D');
    chmodSync(db, 0o444);
    const result = spiral(['--db', db, 'ingest', c]);
    expect(result.stderr).toMatch(/E_DB/);
    expect(result.stderr).toContain(db);
    expect(result.code).toBe(1);
  });

  it('merges one sentence repeated throughout an undated document into one event', () => {
    const file = path.join(tmp.dir, 'repeat.txt');
    const sentence = 'Russian forces shelled Kharkiv, the regional governor said. ';
    writeFileSync(file, sentence.repeat(300));
    const db = path.join(tmp.dir, 'repeat.db');
    expect(spiral(['--db', db, 'ingest', '--quiet', file]).code).toBe(0);
    const events = spiral(['--db', db, 'events', '--format', 'jsonl']).stdout.trim().split('\n');
    const shellings = events
      .map((line) => JSON.parse(line) as { type: string; mentions: number })
      .filter((e) => e.type === 'ASSAULT');
    expect(shellings).toHaveLength(1);
    expect(shellings[0]!.mentions).toBe(300);
  });

  it('commits the open batch on SIGTERM and says so', async () => {
    const d = path.join(tmp.dir, 'd');
    // Long enough that the first progress line (every 2 s) comes well before the end: 400 documents
    // took about 2 s once ingest got faster, and the signal then sometimes found nothing to stop.
    corpus(d, 2000, 'E');
    const db = path.join(tmp.dir, 'signal.db');
    const child = spawn(process.execPath, [bin, '--db', db, 'ingest', '--batch', '100000', d], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Wait for the first progress line (a log line every 2 s when stderr is not a terminal).
    let exited = false;
    child.on('exit', () => (exited = true));
    await new Promise<void>((resolve) => {
      const check = (): void =>
        stderr.includes('stored') || exited ? resolve() : void setTimeout(check, 50);
      check();
    });
    expect(exited, 'the ingest ended before its first progress line').toBe(false);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'close')) as [number];
    expect(stderr).toContain('interrupted');
    expect(code).toBe(1);
    const stored = Number(/ingested (\d+) documents?/.exec(stderr)?.[1]);
    expect(stored).toBeGreaterThan(0);
    const docs = spiral(['--db', db, 'docs', '--format', 'jsonl']).stdout.trim().split('\n');
    expect(docs).toHaveLength(stored);
    // A rerun stores the rest, nothing twice.
    expect(spiral(['--db', db, 'ingest', '--quiet', d]).code).toBe(0);
    expect(
      spiral(['--db', db, 'docs', '--format', 'jsonl']).stdout.trim().split('\n'),
    ).toHaveLength(2000);
  }, 120_000);
});

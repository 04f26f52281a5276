// Several `spiral ingest` processes against one PostgreSQL database: each document stored once,
// one call told by many outlets one event whichever worker stores which telling, and a worker
// killed with SIGKILL losing nothing that a rerun does not store. Real processes, real server.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDocuments } from '../../src/bench/generate.js';
import { clusterForTests } from '../support/postgres.js';
import { bin, tempDir } from './helpers.js';

const cluster = await clusterForTests('postgres-workers.test.ts');
const tmp = tempDir('spiral-pg-workers-');
afterAll(() => {
  cluster?.stop();
  tmp.cleanup();
});

// Enough work that the second ingest, started with the first, still finds documents left when its
// dictionaries are loaded (with 60 the first once stored them all alone: a flaky "both did work").
const GENERATED = 240;
/** Outlets telling one call (Putin-Biden, 12 February 2022), from either side. */
const TELLINGS = 16;

/** Generated news plus many tellings of one call, spread through the folders. */
function writeCorpus(dir: string): number {
  const docs = generateDocuments(7);
  for (let i = 0; i < GENERATED; i += 1) {
    const doc = docs.next().value!;
    const folder = path.join(dir, doc.source.toLowerCase().replace(/\s+/g, '-'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}.txt`), doc.text.slice(0, 700));
  }
  for (let i = 0; i < TELLINGS; i += 1) {
    const folder = path.join(dir, `outlet-${String(i).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const text =
      i % 2 === 0
        ? `MOSCOW, Feb. 12 (Outlet ${i}) - Russian President Vladimir Putin spoke by phone with U.S. President Joe Biden on Saturday, the Kremlin said. Report number ${i}.\n`
        : `WASHINGTON, Feb. 12 (Outlet ${i}) - U.S. President Joe Biden spoke by phone with Russian President Vladimir Putin on Saturday, the White House said. Report number ${i}.\n`;
    writeFileSync(path.join(folder, '2022-02-12-call.txt'), text);
  }
  return GENERATED + TELLINGS;
}

function ingest(
  url: string,
  corpus: string,
): ChildProcess & { done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [bin, '--db', url, 'ingest', '--batch', '8', corpus], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stderr })),
  );
  return Object.assign(child, { done });
}

/** How many documents a worker's closing line says it stored. */
const storedBy = (stderr: string): number =>
  Number(/ingested (\d+) document/.exec(stderr)?.[1] ?? NaN);

async function integrity(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (text: string) =>
      (await client.query(text)).rows[0] as Record<string, number>;
    return {
      documents: await one(
        'SELECT count(*)::int AS n, count(DISTINCT hash)::int AS hashes FROM documents',
      ),
      mentions: await one(
        'SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM mentions',
      ),
      counted: await one('SELECT coalesce(sum(mentions), 0)::int AS n FROM events'),
      wrongCounts: await one(
        `SELECT count(*)::int AS n FROM events e
          WHERE e.mentions <> (SELECT count(*) FROM mentions m WHERE m.event = e.id)`,
      ),
      withoutSentences: await one(
        'SELECT count(*)::int AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc = d.id)',
      ),
      // Every telling of the call, whichever worker stored it, in one event.
      call: await one(
        `SELECT count(*)::int AS events, coalesce(max(mentions), 0)::int AS mentions FROM events
          WHERE type = 'CONSULT' AND date = '2022-02-12'
            AND ((source = 'RUS' AND target = 'USA') OR (source = 'USA' AND target = 'RUS'))`,
      ),
    };
  } finally {
    await client.end();
  }
}

async function documentCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query('SELECT count(*)::int AS n FROM documents')).rows[0].n as number;
  } catch {
    return 0; // not migrated yet
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe.skipIf(!cluster)('several ingest workers on one PostgreSQL database', () => {
  it('two ingests of one folder at once store each document once and one event per call', async () => {
    const corpus = path.join(tmp.dir, 'both');
    const total = writeCorpus(corpus);
    const url = await cluster!.createDatabase('spiral_two_workers');
    const [a, b] = [ingest(url, corpus), ingest(url, corpus)];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    // Both did work, and between them stored each document once.
    expect(storedBy(ra.stderr)).toBeGreaterThan(0);
    expect(storedBy(rb.stderr)).toBeGreaterThan(0);
    expect(storedBy(ra.stderr) + storedBy(rb.stderr)).toBe(total);
    const result = await integrity(url);
    expect(result.documents).toEqual({ n: total, hashes: total });
    expect(result.mentions.n).toBe(result.mentions.ids);
    expect(result.counted.n).toBe(result.mentions.n);
    expect(result.wrongCounts.n).toBe(0);
    expect(result.withoutSentences.n).toBe(0);
    expect(result.call).toEqual({ events: 1, mentions: TELLINGS });
  });

  it('a worker killed with SIGKILL loses nothing: the other and a rerun store the rest once', async () => {
    const corpus = path.join(tmp.dir, 'killed');
    const total = writeCorpus(corpus);
    const url = await cluster!.createDatabase('spiral_killed_worker');
    const victim = ingest(url, corpus);
    const survivor = ingest(url, corpus);
    let killed = false;
    while (!killed) {
      const stored = await documentCount(url);
      if (victim.exitCode !== null) break;
      if (stored > 8 && stored < total * 0.6) {
        victim.kill('SIGKILL');
        killed = true;
      } else {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(killed, 'the worker finished before it could be killed').toBe(true);
    await victim.done;
    const other = await survivor.done;
    expect(other.code, other.stderr).toBe(0);
    const rerun = await ingest(url, corpus).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    const result = await integrity(url);
    expect(result.documents).toEqual({ n: total, hashes: total });
    expect(result.mentions.n).toBe(result.mentions.ids);
    expect(result.counted.n).toBe(result.mentions.n);
    expect(result.wrongCounts.n).toBe(0);
    expect(result.withoutSentences.n).toBe(0);
    expect(result.call).toEqual({ events: 1, mentions: TELLINGS });
  });
});

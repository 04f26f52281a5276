// Crash safety: SIGKILL during an ingest must leave whole documents only, and a rerun must
// complete the job without storing anything twice.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { generateDocuments } from '../../src/bench/generate.js';
import { bin, tempDir } from './helpers.js';

const DOCUMENTS = 400;
const tmp = tempDir('spiral-kill-');
afterAll(tmp.cleanup);

function storedDocuments(file: string): number {
  try {
    const conn = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

function integrity(file: string) {
  const conn = new Database(file, { readonly: true });
  try {
    const one = (sql: string) => conn.prepare(sql).get() as Record<string, number>;
    return {
      documents: one('SELECT count(*) AS n, count(DISTINCT hash) AS hashes FROM documents'),
      mentions: one('SELECT count(*) AS n, count(DISTINCT id) AS ids FROM mentions'),
      events: one('SELECT count(*) AS n, sum(mentions) AS counted FROM events'),
      sentences: one('SELECT count(*) AS n FROM sentences'),
      mentionsPerEvent: one(
        `SELECT count(*) AS wrong FROM events e
         WHERE e.mentions <> (SELECT count(*) FROM mentions m WHERE m.event = e.id)`,
      ),
      withoutSentences: one(
        'SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc = d.id)',
      ),
    };
  } finally {
    conn.close();
  }
}

it('survives kill -9 mid-ingest and completes on rerun', async () => {
  const corpus = path.join(tmp.dir, 'corpus');
  const docs = generateDocuments(42);
  for (let i = 0; i < DOCUMENTS; i += 1) {
    const doc = docs.next().value!;
    const folder = path.join(corpus, doc.source.toLowerCase().replace(/\s+/g, '-'));
    mkdirSync(folder, { recursive: true });
    // Small documents: the first paragraphs only.
    writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}.txt`), doc.text.slice(0, 800));
  }
  const db = path.join(tmp.dir, 'killed.db');
  // Small batches, so that some are committed and others open when the kill comes.
  const child = spawn(
    process.execPath,
    [bin, '--db', db, 'ingest', '--quiet', '--batch', '16', corpus],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stored = 0;
  let finished = false;
  void exited.then(() => (finished = true));
  while (!finished) {
    stored = storedDocuments(db);
    // Well inside the run, so the kill cannot race the last document.
    if (stored > 0 && stored < DOCUMENTS * 0.7) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(finished, 'ingest finished before it could be killed').toBe(false);
  child.kill('SIGKILL');
  await exited;
  const afterKill = storedDocuments(db);
  expect(afterKill).toBeGreaterThan(0);
  expect(afterKill).toBeLessThan(DOCUMENTS);
  expect(integrity(db).withoutSentences.n).toBe(0);

  const rerun = spawnSync(process.execPath, [bin, '--db', db, 'ingest', corpus], {
    encoding: 'utf8',
  });
  expect(rerun.status, rerun.stderr).toBe(0);
  expect(afterKill, 'documents stored before the kill').toBeGreaterThan(0);
  expect(rerun.stderr).toContain(`(${afterKill} already stored)`);

  const result = integrity(db);
  expect(result.documents).toEqual({ n: DOCUMENTS, hashes: DOCUMENTS });
  expect(result.mentions.n).toBe(result.mentions.ids);
  expect(result.events.counted ?? 0).toBe(result.mentions.n);
  expect(result.mentionsPerEvent.wrong).toBe(0);
  expect(result.withoutSentences.n).toBe(0);

  // The same corpus ingested without interruption gives the same database.
  const clean = path.join(tmp.dir, 'clean.db');
  const straight = spawnSync(process.execPath, [bin, '--db', clean, 'ingest', '--quiet', corpus]);
  expect(straight.status).toBe(0);
  expect(integrity(clean)).toEqual(result);
});

// PostgreSQL runs the shared Store suite against a throwaway cluster: one database for this file,
// emptied before each test.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { clusterForTests } from '../support/postgres.js';
import { fixtureCorpus, root } from '../cli/helpers.js';
import { createCoder } from '../../src/coding/index.js';
import { createSpiral } from '../../src/pipeline/spiral.js';
import { editText, summarise } from '../../src/provenance/generate.js';
import { ORIGINAL, report } from '../../src/provenance/fixtures.js';
import { openStore } from '../../src/store/open.js';
import { makeDoc, makeMention, runStoreSuite } from '../../src/store/store.case.test.js';
import type { Store } from '../../src/store/store.js';
import { postgresMigrations } from '../../src/store/postgres/db.js';
import { PostgresStore } from '../../src/store/postgres/store.js';

const cluster = await clusterForTests('postgres.case.test.ts');
afterAll(() => cluster?.stop());

/** Empties every table but the migrations' record (faster than a database per test). */
async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables
        WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
    );
    if (rows.length > 0) {
      await client.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')} RESTART IDENTITY CASCADE`);
    }
  } finally {
    await client.end();
  }
}

if (cluster) {
  const url = await cluster.createDatabase('spiral_case');
  runStoreSuite('postgres', async () => {
    const store = await PostgresStore.open(url, 'test database', { create: true });
    await emptyDatabase(url);
    return store;
  });

  describe('PostgreSQL store: opening', () => {
    it('migrates once when several workers open a new database together', async () => {
      const fresh = await cluster.createDatabase('spiral_migrate');
      const stores = await Promise.all(
        Array.from({ length: 4 }, () => PostgresStore.open(fresh, 'fresh', { create: true })),
      );
      const { rows } = await stores[0]!.sql.query(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(rows).toEqual(postgresMigrations().map((m) => ({ version: m.version, name: m.name })));
      for (const store of stores) await store.close();
    });

    it('migrates an older database once, and lets a role that may only read open it', async () => {
      const db = await cluster.createDatabase('spiral_upgrade');
      const [core, ...rest] = postgresMigrations();
      const old = await PostgresStore.open(db, 'old', { create: true, migrations: [core!] });
      await old.close();
      const next = {
        version: rest.length + 2,
        name: 'NNN-notes.sql',
        sql: 'CREATE TABLE notes (doc text, note text)',
      };
      const upgraded = await PostgresStore.open(db, 'new', {
        create: true,
        migrations: [core!, ...rest, next],
      });
      const versions = await upgraded.sql.query(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(versions.rows.map((r) => r.version)).toEqual([
        1,
        ...rest.map((m) => m.version),
        next.version,
      ]);
      await upgraded.sql.query(
        'CREATE ROLE analyst LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst',
      );
      await upgraded.close();
      const reader = await openStore(db.replace('postgres@', 'analyst@'));
      expect(await reader.events()).toEqual([]);
      await reader.close();
    });

    it('creates a missing database for ingest; readers get E_NO_DB', async () => {
      const missing = url.replace(/spiral_case$/, 'spiral_created');
      await expect(openStore(missing)).rejects.toMatchObject({ code: 'E_NO_DB' });
      const created = await openStore(missing, { create: true });
      expect(created.kind).toBe('postgres');
      await created.close();
      const reader = await openStore(missing);
      expect(await reader.summary()).toMatchObject({ documents: 0 });
      await reader.close();
      const empty = await cluster.createDatabase('spiral_empty');
      await expect(openStore(empty)).rejects.toMatchObject({ code: 'E_NO_DB' });
    });

    it('a lost connection is a one-line store error', async () => {
      const store = await PostgresStore.open(url, 'the team database', { create: true });
      const admin = await PostgresStore.open(url, 'admin', {});
      const { rows } = await store.sql.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await admin.sql.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      await admin.close();
      const err = await store.summary().catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'E_DB' });
      expect(String((err as Error).message)).toMatch(/^the team database: /);
      await store.close();
    });

    it('says which server it cannot reach, without the password', async () => {
      const err = await openStore('postgres://spiral:secret@127.0.0.1:1/nowhere').catch(
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ code: 'E_DB' });
      expect(String((err as Error).message)).toMatch(
        /^postgres:\/\/spiral:\*\*\*@127\.0\.0\.1:1\/nowhere: cannot connect: /,
      );
      expect(String((err as Error).message)).not.toContain('secret');
    });
  });

  describe('workers sharing one database', () => {
    const coded = (doc: ReturnType<typeof makeDoc>, source = 'USA', target = 'RUS') => ({
      sentences: [],
      mentions: [makeMention(doc, { source, target })],
      quotes: [],
    });
    async function pair(name: string): Promise<[PostgresStore, PostgresStore]> {
      const db = await cluster!.createDatabase(name);
      const a = await PostgresStore.open(db, name, { create: true });
      const b = await PostgresStore.open(db, name, { create: true });
      return [a, b];
    }

    it('a claim keeps a document from a second worker until the first has stored it', async () => {
      const [a, b] = await pair('spiral_claims');
      const doc = makeDoc('TASS', '2022-02-12');
      expect(await a.claim(doc.hash)).toBe(true);
      expect(await b.claim(doc.hash)).toBe(false);
      await a.begin();
      await a.writeDocument(doc, coded(doc), []);
      await a.commit();
      // Released with the batch, and now stored: still not B's to code.
      expect(await b.claim(doc.hash)).toBe(false);
      const other = makeDoc('AP', '2022-02-12');
      expect(await b.claim(other.hash)).toBe(true);
      await b.rollback();
      expect(await a.claim(other.hash)).toBe(true);
      await a.close();
      await b.close();
    });

    it('serialises the merge of one key: two batches telling one call from both sides make one event', async () => {
      const [a, b] = await pair('spiral_merge_race');
      const first = makeDoc('Kremlin', '2022-02-12');
      const second = makeDoc('White House', '2022-02-12');
      const unrelated = makeDoc('OSCE', '2022-02-12');
      await a.begin();
      await a.writeDocument(first, coded(first, 'RUS', 'USA'), []);
      await b.begin();
      // B needs the lock A holds: it commits its (empty) batch and waits...
      let bDone = false;
      const bWrite = b.writeDocument(second, coded(second), []).then((r) => {
        bDone = true;
        return r;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(bDone).toBe(false);
      // ...and A, seeing it wait, commits before its next document, letting B read A's event.
      await a.writeDocument(unrelated, coded(unrelated, 'UKR', 'UKR'), []);
      expect(await bWrite).toEqual({ sentences: 0, mentions: 1, events: 0 });
      await b.commit();
      await a.commit();
      const events = await a.events({ actor: 'USA' });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ mentions: 2, symmetric: true, source: 'RUS' });
      await a.close();
      await b.close();
    });
  });

  describe('same corpus, same output as SQLite', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-same-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** Invented documents: one call told seven ways, reports of other days, copies, quotes. */
    function writeCorpus(): string {
      const corpus = path.join(dir, 'corpus');
      cpSync(path.join(root, 'test', 'fixtures', 'merge'), path.join(corpus, 'merge'), {
        recursive: true,
      });
      cpSync(path.join(root, 'test', 'fixtures', 'corpus', 'wire'), path.join(corpus, 'wire'), {
        recursive: true,
      });
      for (const [name, text] of Object.entries(fixtureCorpus)) {
        mkdirSync(path.dirname(path.join(corpus, 'cli', name)), { recursive: true });
        writeFileSync(path.join(corpus, 'cli', name), text);
      }
      let seed = 7;
      const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const copies: Record<string, string> = {
        'northwire/original.txt': ORIGINAL,
        'eastpost/edited.txt': editText(ORIGINAL, random),
        'digest/summary.txt': summarise(ORIGINAL),
        'mission/report-17.txt': report(17, [189, 12, 150, 40, 4, 33]),
        'mission/report-18.txt': report(18, [222, 20, 189, 51, 6, 40]),
      };
      for (const [name, text] of Object.entries(copies)) {
        mkdirSync(path.dirname(path.join(corpus, 'copies', name)), { recursive: true });
        writeFileSync(path.join(corpus, 'copies', name), text);
      }
      return corpus;
    }

    async function contents(store: Store) {
      const docs = (await store.documents()).map(({ ingested: _ingested, ...rest }) => rest);
      return {
        events: await store.events(),
        mentions: await store.events({ mentions: true }),
        stories: await store.stories({ minSize: 1 }),
        docs,
        quotes: await store.quotes(),
        summary: await store.summary(),
      };
    }

    it('ingests one corpus into both stores and prints the same events, stories and documents', async () => {
      const corpus = writeCorpus();
      const coder = createCoder();
      const options = { ingest: { maxBytes: 5_000_000 }, quiet: true };
      const sqlite = await openStore(path.join(dir, 'same.db'), { create: true });
      const postgres = await openStore(await cluster.createDatabase('spiral_same'), {
        create: true,
      });
      try {
        const a = await createSpiral({ store: sqlite, coder }).ingest([corpus], options);
        const b = await createSpiral({ store: postgres, coder }).ingest([corpus], options);
        expect(b.documents).toBe(a.documents);
        expect(a.documents).toBeGreaterThan(20);
        const left = await contents(sqlite);
        const right = await contents(postgres);
        expect(left.events.length).toBeGreaterThan(10);
        expect(left.stories.some((s) => s.size >= 2)).toBe(true);
        expect(right).toEqual(left);
        // Key order too: the JSON the commands print is the same text.
        expect(JSON.stringify(right)).toBe(JSON.stringify(left));
        for (const event of left.events.slice(0, 5)) {
          expect(await postgres.eventMentions(event.id)).toEqual(
            await sqlite.eventMentions(event.id),
          );
          expect(await postgres.describeDocument(event.evidence.doc)).toEqual(
            await sqlite.describeDocument(event.evidence.doc),
          );
        }
      } finally {
        await sqlite.close();
        await postgres.close();
      }
    });
  });
} else {
  describe.skip('Store conformance: postgres (no server)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}

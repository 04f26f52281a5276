import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { packageRoot } from '../../paths.js';
import { fold, inRegion } from '../fold.js';

export type Db = Database.Database;

/** Folder holding the `NNN-name.sql` migrations; read from the package root (works from dist). */
export const migrationsDir = path.join(packageRoot, 'src', 'store', 'sqlite', 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{3})-[\w-]+\.sql$/;

/** Every migration in `dir`, in version order. Gaps or duplicate numbers are a packaging bug. */
export function listMigrations(dir: string = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .map((name) => ({
      version: Number(name.slice(0, 3)),
      name,
      sql: readFileSync(path.join(dir, name), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration ${m.name}: expected number ${String(i + 1).padStart(3, '0')}`);
    }
  });
  return migrations;
}

/**
 * Brings the schema up to date. `PRAGMA user_version` records the last applied migration; each
 * migration runs in its own transaction together with the version bump, so a crash leaves the
 * database at a clean version boundary. The transaction is IMMEDIATE and the version is read
 * again inside it: two processes opening a new file at once must not both apply migration 1.
 */
export function migrate(db: Db, migrations: Migration[] = listMigrations()): number {
  const latest = migrations.at(-1)?.version ?? 0;
  let version = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (version >= latest) break;
    if (migration.version <= version) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      if (migration.version > version) {
        db.exec(migration.sql);
        db.pragma(`user_version = ${migration.version}`);
        version = migration.version;
      }
      db.exec('COMMIT');
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  }
  return version;
}

/** SQLite's "another connection holds the lock" (SQLITE_BUSY), however the driver words it. */
export const isBusy = (err: unknown): boolean =>
  err instanceof Error &&
  /SQLITE_BUSY|database is locked/i.test(`${(err as { code?: string }).code ?? ''} ${err.message}`);

/**
 * Switches the file to write-ahead logging. Two processes switching a new file at once can each
 * hold a read lock and want the other's: SQLite then fails one at once with SQLITE_BUSY (its busy
 * handler is not called where waiting could deadlock). The loser waits a moment and tries again,
 * by then reading a file already in WAL mode; for at most the busy timeout.
 */
function switchToWal(db: Db, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if (!isBusy(err) || Date.now() + wait > deadline) throw err;
      // A synchronous pause: opening is synchronous, and nothing else runs meanwhile.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

export interface OpenOptions {
  readonly?: boolean;
  /** How long to wait for another connection's write lock, from the first statement on. */
  busyTimeoutMs?: number;
  /** Migrations folder, for tests. */
  migrationsDir?: string;
}

/** Opens (creating if needed) a Spiral database and migrates it. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false });
  // First, before anything that may need a lock: switching a new file to WAL and migrating it
  // both write, and another process may be doing the same.
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  if (!options.readonly) {
    switchToWal(db, options.busyTimeoutMs ?? 5000);
    db.pragma('synchronous = NORMAL');
    // Event and mention ids are hashes, so inserts land all over their B-trees: a page cache of
    // 16 MB (default 2 MB) keeps the hot pages in memory. A page missed is read back from the
    // operating system's cache: ingesting the 8 MB bench corpus took the same CPU time (within 3 %)
    // with 64 MB, whose pages are all resident memory (peak 393 -> 338 MiB with 16 MB).
    db.pragma('cache_size = -16384');
  }
  db.pragma('foreign_keys = ON');
  // Offsets in records are JavaScript (UTF-16) offsets; SQLite's substr counts code points, so
  // slicing is done by JavaScript to stay exact with astral characters.
  db.function('js_slice', { deterministic: true }, (text: unknown, start: unknown, end: unknown) =>
    typeof text === 'string' ? text.slice(Number(start), Number(end)) : null,
  );
  // Region and text filters (queries.ts) fold case and accents as PostgreSQL's spiral_fold does.
  // The region filter in one call per row (JSON parsed here): six SQL function calls and a
  // json_each per row cost 4.5 s a query at 1M events.
  db.function(
    'spiral_in_region',
    { deterministic: true },
    (place: unknown, quantities: unknown, key: unknown) => {
      if (typeof key !== 'string') return 0;
      const names: Array<string | undefined> = [];
      if (typeof place === 'string') {
        const p = JSON.parse(place) as { name?: string; admin1?: string } | null;
        names.push(p?.name, p?.admin1);
      }
      if (typeof quantities === 'string' && quantities !== '[]') {
        for (const q of JSON.parse(quantities) as Array<{ region?: string }>) names.push(q.region);
      }
      return inRegion(names, key) ? 1 : 0;
    },
  );
  // All the (folded) words of a JSON array in a text: one fold per row, not one per word.
  db.function('spiral_has_words', { deterministic: true }, (text: unknown, words: unknown) => {
    if (typeof text !== 'string' || typeof words !== 'string') return 0;
    const folded = fold(text);
    return (JSON.parse(words) as string[]).every((w) => folded.includes(w)) ? 1 : 0;
  });
  if (!options.readonly) migrate(db, listMigrations(options.migrationsDir));
  return db;
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection (preparing dominates small queries). */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}

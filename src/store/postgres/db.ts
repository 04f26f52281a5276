// The PostgreSQL connection: one client (one session) per store, because a batch is one
// transaction and claims are session locks. Migrations are the SQL files beside this module,
// applied once under an advisory lock, so workers starting together migrate once.
import path from 'node:path';
import pg from 'pg';
import { packageRoot } from '../../paths.js';
import { listMigrations, type Migration } from '../sqlite/db.js';
import { StoreError } from '../errors.js';

/**
 * A session: one connection whose statements run one after another. Callers may start several
 * at once (provenance reads signatures with Promise.all); the driver would queue them too, but
 * deprecates it, so the queue is here.
 */
export interface Sql {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    statement: string | pg.QueryConfig,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
  end(): Promise<void>;
}

class Session implements Sql {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: pg.Client,
    private readonly shown: string,
  ) {}

  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    statement: string | pg.QueryConfig,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>> {
    const run = this.tail
      .then(() =>
        typeof statement === 'string'
          ? this.client.query<R>(statement, values)
          : this.client.query<R>(statement),
      )
      .catch((err: unknown) => {
        // The server answered with an error: the caller decides. Anything else (connection
        // lost, server gone) is the user's to fix, in one line.
        if (err instanceof pg.DatabaseError) throw err;
        throw new StoreError('E_DB', `${this.shown}: ${describeError(err)}`);
      });
    this.tail = run.catch(() => undefined);
    return run;
  }

  end(): Promise<void> {
    return this.client.end();
  }
}

/** Folder holding the `NNN-name.sql` migrations; read from the package root (works from dist). */
export const migrationsDir = path.join(packageRoot, 'src', 'store', 'postgres', 'migrations');

/** The session lock that serialises migrations (any fixed number, distinct from claims). */
const MIGRATION_LOCK = '7301915327745150001';

/** PostgreSQL error codes the store reacts to. */
export const PG = {
  uniqueViolation: '23505',
  deadlock: '40P01',
  serialization: '40001',
  noDatabase: '3D000',
  duplicateDatabase: '42P04',
} as const;

export const pgCode = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null ? (err as { code?: string }).code : undefined;

/** A driver error in one line (a refused connection to every address is an empty AggregateError). */
export function describeError(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return describeError(err.errors[0]);
  if (err instanceof Error) return err.message || pgCode(err) || err.name;
  return String(err);
}

export function postgresMigrations(dir: string = migrationsDir): Migration[] {
  return listMigrations(dir);
}

/** Whether the database holds a Spiral schema (readers refuse an empty database). */
export async function hasSchema(sql: Sql): Promise<boolean> {
  const { rows } = await sql.query<{ found: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS found",
  );
  return rows[0]?.found === true;
}

/** Versions recorded in `schema_migrations` (none when the table does not exist yet). */
async function appliedVersions(sql: Sql): Promise<Set<number>> {
  if (!(await hasSchema(sql))) return new Set();
  const { rows } = await sql.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((r) => r.version));
}

/**
 * Brings the schema up to date and returns its version. Each migration runs in its own
 * transaction with its row in `schema_migrations`; the advisory lock makes a second worker wait
 * and then find nothing left to do. An up-to-date database is only read, so a role that may not
 * create tables (an analyst's) can open it.
 */
export async function migrate(
  sql: Sql,
  migrations: Migration[] = postgresMigrations(),
): Promise<number> {
  const latest = (applied: Set<number>): number => Math.max(0, ...applied);
  const before = await appliedVersions(sql);
  if (migrations.every((m) => before.has(m.version))) return latest(before);
  await sql.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK]);
  try {
    await sql.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied text NOT NULL)`,
    );
    // Read again under the lock: another worker may have migrated meanwhile.
    const applied = await appliedVersions(sql);
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await sql.query('BEGIN');
      try {
        await sql.query(migration.sql);
        await sql.query(
          'INSERT INTO schema_migrations (version, name, applied) VALUES ($1, $2, $3)',
          [migration.version, migration.name, new Date().toISOString()],
        );
        await sql.query('COMMIT');
      } catch (err) {
        await sql.query('ROLLBACK');
        throw new Error(`migration ${migration.name}: ${describeError(err)}`);
      }
      applied.add(migration.version);
    }
    return latest(applied);
  } finally {
    await sql.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK]);
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: 'spiral' });
  // A dropped connection (server stopped, worker's socket cut) must surface on the next query,
  // not crash the process from an unhandled 'error' event.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** The same server's maintenance database, to create the one named in `url`. */
function maintenanceUrl(url: string): { url: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  parsed.pathname = '/postgres';
  return { url: parsed.toString(), database };
}

async function createDatabase(url: string): Promise<void> {
  const { url: admin, database } = maintenanceUrl(url);
  if (!database) throw new Error('the URL names no database');
  const client = await connect(admin);
  try {
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } catch (err) {
    // Another worker created it first.
    if (pgCode(err) !== PG.duplicateDatabase && pgCode(err) !== PG.uniqueViolation) throw err;
  } finally {
    await client.end();
  }
}

export interface ConnectOptions {
  /** Create the database and schema when missing (ingest); readers require them. */
  create?: boolean;
  migrations?: Migration[];
}

/** Opens a session on `url`, migrated; errors as store errors naming `shown` (no password). */
export async function openSession(
  url: string,
  shown: string,
  options: ConnectOptions = {},
): Promise<Sql> {
  let sql: Sql;
  try {
    try {
      sql = new Session(await connect(url), shown);
    } catch (err) {
      if (pgCode(err) !== PG.noDatabase) throw err;
      if (!options.create) {
        throw new StoreError('E_NO_DB', `${shown}: no such database (run \`spiral ingest\` first)`);
      }
      await createDatabase(url);
      sql = new Session(await connect(url), shown);
    }
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError('E_DB', `${shown}: cannot connect: ${describeError(err)}`);
  }
  try {
    if (!options.create && !(await hasSchema(sql))) {
      throw new StoreError(
        'E_NO_DB',
        `${shown}: no Spiral data here (run \`spiral ingest\` first)`,
      );
    }
    await migrate(sql, options.migrations);
    return sql;
  } catch (err) {
    await sql.end().catch(() => undefined);
    if (err instanceof StoreError) throw err;
    throw new StoreError('E_DB', `${shown}: cannot prepare the database: ${describeError(err)}`);
  }
}

// Which store a `--db` value names: a PostgreSQL URL or a SQLite file path.
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** Create the database when it does not exist (ingest); read commands require it. */
  create?: boolean;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** The target without a password, for messages. */
export function displayTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

export async function openStore(target: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(target)) {
    // Loaded on demand: SQLite users never load the PostgreSQL driver.
    const { PostgresStore } = await import('./postgres/store.js');
    return PostgresStore.open(target, displayTarget(target), options);
  }
  return SqliteStore.open(target, options);
}

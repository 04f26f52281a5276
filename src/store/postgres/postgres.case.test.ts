// PostgreSQL runs the shared Store suite against a throwaway cluster: one database for this file,
// emptied before each test.
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { clusterForTests } from '../../../test/support/postgres.js';
import { runStoreSuite } from '../store.case.test.js';
import { PostgresStore } from './store.js';

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
} else {
  describe.skip('Store conformance: postgres (no server)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}

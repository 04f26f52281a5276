// SQLite runs the shared Store suite on a fresh in-memory database per test.
import { runStoreSuite } from '../store.case.test.js';
import { SqliteStore } from './store.js';

runStoreSuite('sqlite', async () => SqliteStore.open(':memory:', { create: true }));

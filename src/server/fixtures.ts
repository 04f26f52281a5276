// Invented documents and a store holding them, for the server's tests and the browser tests.
import type { DocumentInput } from '../records.js';
import { createSpiral } from '../pipeline/spiral.js';
import { SqliteStore } from '../store/sqlite/store.js';
import type { IngestItem } from '../ingest/index.js';

const doc = (fields: Partial<DocumentInput> & { text: string }): DocumentInput => ({
  source: 'Test Wire',
  url: null,
  title: null,
  published: null,
  path: 'fixture',
  format: 'text',
  ...fields,
});

/** Markup a stored string may carry; the dashboard must show it as text and run none of it. */
export const HOSTILE_TITLE =
  'Shelling <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';

export const FIXTURE_DOCUMENTS: DocumentInput[] = [
  doc({
    title: 'Shelling near Kramatorsk',
    url: 'https://news.example/kramatorsk',
    published: '2022-02-16',
    text: 'KYIV, Feb. 16 (Test Wire) - Russian forces shelled Kramatorsk in Donetsk region on Wednesday, the Ukrainian military said.',
  }),
  doc({
    title: 'Lavrov and Blinken meet',
    source: 'Other Wire',
    url: 'https://other.example/geneva',
    published: '2022-02-18',
    text: 'GENEVA, Feb. 18 (Other Wire) - Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva on Friday.',
  }),
  doc({
    title: HOSTILE_TITLE,
    source: 'Evil <b>Outlet</b>',
    url: 'javascript:window.__pwned=3',
    published: '2022-02-20',
    text: 'KYIV, Feb. 20 (Test Wire) - Russian troops shelled Avdiivka <script>window.__pwned = 4</script> in Donetsk region on Sunday, <img src=x onerror="window.__pwned=5"> the Ukrainian army said.',
  }),
];

/** A store (a SQLite file, or in memory) with the fixture documents ingested. */
export async function fixtureStore(file = ':memory:'): Promise<SqliteStore> {
  const store = SqliteStore.open(file, { create: true });
  const spiral = createSpiral({ store });
  await spiral.ingest(['fixture'], {
    ingest: { maxBytes: 1_000_000 },
    quiet: true,
    read: async function* () {
      for (const d of FIXTURE_DOCUMENTS) yield { kind: 'document', doc: d } satisfies IngestItem;
    },
  });
  return store;
}

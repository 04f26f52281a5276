// The embedded store: one SQLite file, no server. better-sqlite3 is synchronous; the async
// interface costs a microtask per call, and a document is written inside one savepoint.
import { existsSync } from 'node:fs';
import type { DocumentRecord, EventRecord } from '../../records.js';
import type { CodedInput, StoreCounts } from '../coded.js';
import { StoreError } from '../errors.js';
import { pagesOfEvents } from '../rows.js';
import type { DocumentStep, Store } from '../store.js';
import type { DocumentFilter, EventFilter } from '../views.js';
import { isBusy, openDatabase, statement, type Db } from './db.js';
import { sqliteAnalysisReader } from './aggregates.js';
import { sqliteProvenance } from './provenance.js';
import {
  getDocument,
  getEvent,
  getDocumentMentions,
  getEventMentions,
  queryDocuments,
  queryEvents,
  summary,
} from './queries.js';
import { describeDocument, listQuotes, listStories } from './stories.js';
import { findDocumentByHash, insertDocument, storeCoded } from './write.js';

/**
 * How long a writer waits for another one (another `spiral ingest` on the same file) before
 * saying the store is busy: longer than a batch (5 s of work, then its commit).
 */
export const BUSY_TIMEOUT_MS = 60_000;

export interface SqliteOpenOptions {
  /** Create the file when it does not exist (ingest); readers require it. */
  create?: boolean;
  migrationsDir?: string;
  busyTimeoutMs?: number;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly provenance;
  readonly analysis;
  private batchOpen = false;

  constructor(
    readonly db: Db,
    readonly target: string,
  ) {
    this.provenance = sqliteProvenance(db);
    this.analysis = sqliteAnalysisReader(db);
  }

  static open(file: string, options: SqliteOpenOptions = {}): SqliteStore {
    if (!options.create && file !== ':memory:' && !existsSync(file)) {
      throw new StoreError('E_NO_DB', `${file}: no database here (run \`spiral ingest\` first)`);
    }
    let db: Db;
    try {
      db = openDatabase(file, {
        migrationsDir: options.migrationsDir,
        busyTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
      });
    } catch (err) {
      const message = (err as Error).message;
      if (isBusy(err))
        throw new StoreError('E_BUSY', `${file}: the store is busy (another writer): ${message}`);
      throw new StoreError('E_DB', `${file}: cannot open database: ${message}`);
    }
    return new SqliteStore(db, file);
  }

  get inBatch(): boolean {
    return this.batchOpen;
  }

  async close(): Promise<void> {
    if (this.batchOpen) await this.rollback();
    this.db.close();
  }

  /** Runs a write, turning SQLite's lock and permission failures into store errors. */
  private guard<T>(what: () => T): T {
    try {
      return what();
    } catch (err) {
      if (isBusy(err)) {
        throw new StoreError(
          'E_BUSY',
          `${this.target}: the store is busy: another writer held it for longer than ${BUSY_TIMEOUT_MS / 1000} s`,
        );
      }
      if (
        err instanceof Error &&
        /readonly|read-only|SQLITE_READONLY|SQLITE_CANTOPEN|disk I\/O/i.test(
          `${(err as { code?: string }).code ?? ''} ${err.message}`,
        )
      ) {
        throw new StoreError('E_DB', `${this.target}: cannot write the database: ${err.message}`);
      }
      throw err;
    }
  }

  async begin(): Promise<void> {
    if (this.batchOpen) return;
    // Each document is written in a savepoint of the batch, and SQLite keeps the original of
    // every page a document changes in a statement journal, spilled past 64 KB to a temporary
    // file: on the 8 MB bench corpus, 1.2 million 4 KB writes to /var/tmp (strace), five times
    // those to the WAL. Kept in memory (temp_store, read when the transaction starts), a
    // document's journal is at most the pages it touched, freed at its RELEASE: system time of
    // the writer's replay 5.0 -> 3.1 s. Only for the batch: a read's temporary tables (the
    // overview's copy of a filter's events) may be large, and stay on disk.
    if (!this.db.inTransaction) this.db.pragma('temp_store = MEMORY');
    // IMMEDIATE takes the write lock now, waiting (busy_timeout) for another writer to commit;
    // a deferred BEGIN would fail at its first write instead of waiting.
    try {
      this.guard(() => this.db.exec('BEGIN IMMEDIATE'));
    } catch (err) {
      this.tempOnDisk();
      throw err;
    }
    this.batchOpen = true;
  }

  async commit(): Promise<void> {
    if (!this.batchOpen) return;
    this.guard(() => this.db.exec('COMMIT'));
    this.batchOpen = false;
    this.tempOnDisk();
  }

  async rollback(): Promise<void> {
    if (!this.batchOpen) return;
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.provenance.forget();
    this.batchOpen = false;
    this.tempOnDisk();
  }

  /** Temporary files back as SQLite has them (it cannot change them inside a transaction). */
  private tempOnDisk(): void {
    if (!this.db.inTransaction) this.db.pragma('temp_store = DEFAULT');
  }

  async hasDocument(hash: string): Promise<boolean> {
    return findDocumentByHash(this.db, hash) !== null;
  }

  async writeDocument(
    doc: DocumentRecord,
    coded: CodedInput,
    steps: readonly DocumentStep[],
  ): Promise<StoreCounts | null> {
    const own = !this.batchOpen;
    if (own) await this.begin();
    // Prepared once (`statement`): `exec` parses its SQL at every call, twice a document.
    statement(this.db, 'SAVEPOINT document').run();
    try {
      const { inserted } = this.guard(() => insertDocument(this.db, doc));
      let counts: StoreCounts | null = null;
      if (inserted) {
        let copyOf: string | null = null;
        for (const step of steps) {
          const result = await step.run(doc, this);
          if (copyOf === null && result.copyOf && result.copyOf !== doc.id) copyOf = result.copyOf;
        }
        counts = storeCoded(this.db, coded, { copyOf, newDocument: true });
      }
      statement(this.db, 'RELEASE document').run();
      if (own) await this.commit();
      return counts;
    } catch (err) {
      if (this.db.inTransaction) {
        this.db.exec('ROLLBACK TO document');
        this.db.exec('RELEASE document');
        this.provenance.forget();
      }
      if (own) await this.rollback();
      throw err;
    }
  }

  async events(filter: EventFilter = {}): Promise<EventRecord[]> {
    return queryEvents(this.db, filter);
  }

  iterateEvents(filter: EventFilter = {}, pageSize = 500): AsyncIterable<EventRecord> {
    return pagesOfEvents((page) => queryEvents(this.db, page), filter, pageSize);
  }

  async event(id: string) {
    return getEvent(this.db, id);
  }

  async eventMentions(id: string) {
    return getEventMentions(this.db, id);
  }

  async documentMentions(docId: string) {
    return getDocumentMentions(this.db, docId);
  }

  async document(id: string) {
    return getDocument(this.db, id);
  }

  async documents(filter: DocumentFilter = {}) {
    return queryDocuments(this.db, filter);
  }

  async summary(top = 10) {
    return summary(this.db, top);
  }

  async stories(options: { minSize?: number } = {}) {
    return listStories(this.db, options);
  }

  async describeDocument(id: string) {
    return describeDocument(this.db, id);
  }

  async quotes(filter: { doc?: string; limit?: number } = {}) {
    return listQuotes(this.db, filter);
  }
}

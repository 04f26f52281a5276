// The team store: one PostgreSQL database shared by any number of `spiral ingest` workers and
// readers. A batch is one transaction and a document one savepoint in it. Workers never store a
// document twice (documents.hash is unique), never double an event (the merge of one key is
// serialised by an advisory lock), and rarely code a document twice (`claim`).
import type { DocumentRecord, EventRecord } from '../../records.js';
import { wholeContent, type CodedContent, type CodedInput, type StoreCounts } from '../coded.js';
import { pagesOfEvents } from '../rows.js';
import type { DocumentStep, Store } from '../store.js';
import type { DocumentFilter, EventFilter } from '../views.js';
import { openSession, PG, pgCode, type ConnectOptions, type Sql } from './db.js';
import { postgresAnalysis } from './aggregates.js';
import { postgresProvenance } from './provenance.js';
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
import { insertDocument, mergeLocks, storeCoded, tryMergeLocks, waitMergeLocks } from './write.js';

/** Times a document is retried after PostgreSQL broke a deadlock by failing it. */
const DEADLOCK_RETRIES = 5;

/** A claim's session lock key: 64 bits of the document's content hash (already a SHA-256). */
const claimKey = (hash: string): string =>
  BigInt.asIntN(64, BigInt(`0x${hash.slice(0, 16).padEnd(16, '0')}`)).toString();

const isRetryable = (err: unknown): boolean =>
  pgCode(err) === PG.deadlock || pgCode(err) === PG.serialization;

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly provenance;
  readonly analysis;
  private batchOpen = false;
  private claims = 0;

  private constructor(
    readonly sql: Sql,
    readonly target: string,
  ) {
    this.provenance = postgresProvenance(sql);
    this.analysis = postgresAnalysis(sql);
  }

  /** `url`: `postgres://user[:password]@host[:port]/database`; `shown` names it in messages. */
  static async open(
    url: string,
    shown: string,
    options: ConnectOptions = {},
  ): Promise<PostgresStore> {
    return new PostgresStore(await openSession(url, shown, options), shown);
  }

  get inBatch(): boolean {
    return this.batchOpen;
  }

  async close(): Promise<void> {
    if (this.batchOpen) await this.rollback().catch(() => undefined);
    else await this.provenance.settle();
    await this.sql.end().catch(() => undefined);
  }

  private async run(text: string): Promise<void> {
    await this.sql.query(text);
  }

  async begin(): Promise<void> {
    if (this.batchOpen) return;
    await this.run('BEGIN');
    this.batchOpen = true;
  }

  /** Ends the batch, if one is open; claims end with it (or now, when none was opened). */
  async commit(): Promise<void> {
    // Conflicts saved outside a document's write (a re-index) are sent with the batch.
    await this.provenance.settle();
    if (this.batchOpen) {
      await this.run('COMMIT');
      this.batchOpen = false;
    }
    await this.releaseClaims();
  }

  async rollback(): Promise<void> {
    this.provenance.discard();
    if (this.batchOpen) {
      this.batchOpen = false;
      await this.run('ROLLBACK');
    }
    await this.releaseClaims();
  }

  async hasDocument(hash: string): Promise<boolean> {
    const { rowCount } = await this.sql.query({
      name: 'spiral_has_document',
      text: 'SELECT 1 FROM documents WHERE hash = $1',
      values: [hash],
    });
    return rowCount !== null && rowCount > 0;
  }

  /**
   * Claims a document for this worker before it is coded: false when another worker holds it
   * (it will store it) or has stored it. The claim is held until this worker's batch ends; a
   * killed worker's claims go with its session, so nothing stays claimed by the dead.
   */
  async claim(hash: string): Promise<boolean> {
    const { rows } = await this.sql.query<{ ok: boolean; stored: boolean }>({
      name: 'spiral_claim',
      text: `SELECT pg_try_advisory_lock($1::bigint) AS ok,
                    EXISTS (SELECT 1 FROM documents WHERE hash = $2) AS stored`,
      values: [claimKey(hash), hash],
    });
    if (rows[0]?.ok) this.claims += 1;
    // Not claimed, or stored and committed by another worker since our look.
    return rows[0]?.ok === true && !rows[0].stored;
  }

  private async releaseClaims(): Promise<void> {
    if (this.claims === 0) return;
    this.claims = 0;
    await this.run('SELECT pg_advisory_unlock_all()');
  }

  /**
   * Takes the merge locks of a document's mentions before anything of it is written. Locks last
   * until the batch commits, so when another worker holds one of ours, or waits for one we
   * hold, this worker commits its batch first: it then waits holding nothing (two workers cannot
   * wait on each other), and the other does not wait for a whole batch.
   */
  private async lockMerges(coded: CodedContent, own: boolean): Promise<void> {
    const keys = mergeLocks(coded.mentions);
    const { ok, wanted } = await tryMergeLocks(this.sql, keys);
    if (ok && !wanted) return;
    if (!own) {
      await this.run('COMMIT');
      await this.run('BEGIN');
    }
    await waitMergeLocks(this.sql, keys);
  }

  async writeDocument(
    doc: DocumentRecord,
    input: CodedInput,
    steps: readonly DocumentStep[],
  ): Promise<StoreCounts | null> {
    // Whole: the merge locks are taken for all of a document's keys before it is written (taken
    // chunk by chunk, two workers could each hold a key the other waits for), and a document
    // PostgreSQL fails to break a deadlock is written again.
    const coded = wholeContent(input);
    const own = !this.batchOpen;
    if (own) await this.begin();
    try {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await this.writeOnce(doc, coded, steps, own);
        } catch (err) {
          if (!isRetryable(err) || attempt >= DEADLOCK_RETRIES) throw err;
          // PostgreSQL broke a deadlock by failing this document: commit the documents before
          // it (releasing what the other worker waits for) and write this one again.
          await this.run('COMMIT');
          await this.run('BEGIN');
        }
      }
    } catch (err) {
      if (own) await this.rollback().catch(() => undefined);
      throw err;
    } finally {
      if (own && this.batchOpen) await this.commit();
    }
  }

  private async writeOnce(
    doc: DocumentRecord,
    coded: CodedContent,
    steps: readonly DocumentStep[],
    own: boolean,
  ): Promise<StoreCounts | null> {
    await this.lockMerges(coded, own);
    await this.run('SAVEPOINT document');
    try {
      let counts: StoreCounts | null = null;
      if (await insertDocument(this.sql, doc)) {
        let copyOf: string | null = null;
        for (const step of steps) {
          const result = await step.run(doc, this);
          if (copyOf === null && result.copyOf && result.copyOf !== doc.id) copyOf = result.copyOf;
        }
        counts = await storeCoded(this.sql, coded, copyOf);
      }
      await this.provenance.settle();
      await this.run('RELEASE SAVEPOINT document');
      return counts;
    } catch (err) {
      this.provenance.discard();
      await this.run('ROLLBACK TO SAVEPOINT document').catch(() => undefined);
      await this.run('RELEASE SAVEPOINT document').catch(() => undefined);
      throw err;
    }
  }

  async events(filter: EventFilter = {}): Promise<EventRecord[]> {
    return queryEvents(this.sql, filter);
  }

  iterateEvents(filter: EventFilter = {}, pageSize = 500): AsyncIterable<EventRecord> {
    return pagesOfEvents((page) => queryEvents(this.sql, page), filter, pageSize);
  }

  async event(id: string) {
    return getEvent(this.sql, id);
  }

  async eventMentions(id: string) {
    return getEventMentions(this.sql, id);
  }

  async documentMentions(docId: string) {
    return getDocumentMentions(this.sql, docId);
  }

  async document(id: string) {
    return getDocument(this.sql, id);
  }

  async documents(filter: DocumentFilter = {}) {
    return queryDocuments(this.sql, filter);
  }

  async summary(top = 10) {
    return summary(this.sql, top);
  }

  async stories(options: { minSize?: number } = {}) {
    return listStories(this.sql, options);
  }

  async describeDocument(id: string) {
    return describeDocument(this.sql, id);
  }

  async quotes(filter: { doc?: string; limit?: number } = {}) {
    return listQuotes(this.sql, filter);
  }
}

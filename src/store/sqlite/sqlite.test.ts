import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { listMigrations, openDatabase, type Db } from './db.js';
import { documentId, eventId } from '../ids.js';
import { insertDocument, storeCoded } from './write.js';
import { sqliteProvenance } from './provenance.js';
import { SqliteStore } from './store.js';
import {
  getDocument,
  getEvent,
  getEventMentions,
  queryDocuments,
  queryEvents,
  summary,
} from './queries.js';
import type { DocumentRecord, Mention, PloverType, Quantity } from '../../records.js';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-store-'));
  db = openDatabase(path.join(dir, 'test.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

let docCounter = 0;
function addDoc(source: string, published: string | null, text: string): DocumentRecord {
  docCounter += 1;
  const hash = `${docCounter.toString(16).padStart(8, '0')}${'ab'.repeat(28)}`;
  const doc = {
    hash,
    source,
    url: `https://example.org/${docCounter}`,
    title: `Story ${docCounter}`,
    published,
    path: `${source}/${docCounter}.txt`,
    format: 'text' as const,
    text,
  };
  const { id, inserted } = insertDocument(db, doc);
  expect(inserted).toBe(true);
  return { ...doc, id, ingested: '' };
}

interface MentionSpec {
  doc: DocumentRecord;
  source?: string;
  target?: string;
  sourceSector?: string;
  type?: PloverType;
  date?: string | null;
  place?: string | null;
  quantities?: Array<Pick<Quantity, 'count' | 'unit'>>;
  negated?: boolean;
  sentence?: number;
}

function mention(spec: MentionSpec): Mention {
  const sentence = spec.sentence ?? 0;
  const source = spec.source ?? 'USA';
  const target = spec.target ?? 'RUS';
  const type = spec.type ?? 'CONSULT';
  const text = spec.doc.text;
  return {
    id: `${spec.doc.id}-${sentence}-${type}-${source}-${target}`,
    date: spec.date === undefined ? '2022-02-12' : spec.date,
    source: { root: source, sector: spec.sourceSector ?? 'GOV', text: source },
    target: { root: target, sector: 'GOV', text: target },
    type,
    mode: type === 'CONSULT' ? 'phone' : '',
    cameo: '040',
    intensity: 1,
    negated: spec.negated ?? false,
    conditional: false,
    future: false,
    claimed: false,
    place: spec.place
      ? { name: spec.place, admin1: '', country: 'UKR', lat: 48, lon: 37, level: 'city' }
      : null,
    quantities: (spec.quantities ?? []).map((q) => ({ ...q, region: '', period: 'current' })),
    evidence: { doc: spec.doc.id, sentence, start: 0, end: text.length, text },
    trigger: { start: 0, end: 4, text: text.slice(0, 4) },
    pattern: 'test',
  };
}

function store(m: Mention[], copyOf: string | null = null): void {
  db.transaction(() => storeCoded(db, { sentences: [], mentions: m, quotes: [] }, { copyOf }))();
}

describe('temporary files', () => {
  it("keeps a batch's savepoint journals in memory, and a read's temporary tables on disk", async () => {
    const store = SqliteStore.open(path.join(dir, 'batches.db'), { create: true });
    const tempStore = (): unknown => store.db.pragma('temp_store', { simple: true });
    // 0: SQLite's default (files); 2: memory, which a transaction reads when it starts.
    expect(tempStore()).toBe(0);
    await store.begin();
    expect(tempStore()).toBe(2);
    await store.commit();
    expect(tempStore()).toBe(0);
    await store.begin();
    await store.rollback();
    expect(tempStore()).toBe(0);
    await store.close();
  });
});

describe('migrations', () => {
  it('applies every migration and records the version', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(listMigrations().length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('migrates an old database when it is opened', () => {
    const old = path.join(dir, 'old.db');
    // A database made by a release that knew only 001.
    const raw = new Database(old);
    raw.exec(listMigrations()[0]!.sql);
    raw.pragma('user_version = 1');
    raw
      .prepare(
        "INSERT INTO documents (id, hash, ingested, path, format, text) VALUES ('d1', 'h1', 'x', 'p', 'text', 'hi')",
      )
      .run();
    raw.close();
    // A later release ships every current migration plus one more.
    const folder = path.join(dir, 'migrations');
    mkdirSync(folder);
    for (const m of listMigrations()) writeFileSync(path.join(folder, m.name), m.sql);
    const next = listMigrations().length + 1;
    writeFileSync(
      path.join(folder, `${String(next).padStart(3, '0')}-notes.sql`),
      'CREATE TABLE notes (doc TEXT, note TEXT);',
    );
    const upgraded = openDatabase(old, { migrationsDir: folder });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(next);
    expect(upgraded.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    upgraded.prepare("INSERT INTO notes VALUES ('d1', 'ok')").run();
    upgraded.close();
    // Opening again applies nothing twice.
    const again = openDatabase(old, { migrationsDir: folder });
    expect(again.pragma('user_version', { simple: true })).toBe(next);
    again.close();
  });
  it('keeps the band keys of a store made before 008, without the per-row document check', async () => {
    const old = path.join(dir, 'bands.db');
    // A database made by a release that knew the migrations before 008.
    const folder = path.join(dir, 'before-008');
    mkdirSync(folder);
    for (const m of listMigrations().filter((x) => x.version < 8)) {
      writeFileSync(path.join(folder, m.name), m.sql);
    }
    const raw = openDatabase(old, { migrationsDir: folder });
    raw
      .prepare(
        "INSERT INTO documents (id, hash, ingested, path, format, text) VALUES ('d1', 'h1', 'x', 'p', 'text', 'hi')",
      )
      .run();
    raw.prepare("INSERT INTO lsh_bands (band, hash, doc) VALUES (0, 7, 'd1'), (1, 9, 'd1')").run();
    raw.prepare("INSERT INTO doc_signatures (doc, sig, shingles) VALUES ('d1', x'00', 3)").run();
    expect(raw.pragma('foreign_key_list(lsh_bands)')).toHaveLength(1);
    raw.close();
    const upgraded = openDatabase(old);
    expect(upgraded.prepare('SELECT band, hash, doc FROM lsh_bands ORDER BY band').all()).toEqual([
      { band: 0, hash: 7, doc: 'd1' },
      { band: 1, hash: 9, doc: 'd1' },
    ]);
    expect(upgraded.pragma('foreign_key_list(lsh_bands)')).toEqual([]);
    // Migration 010 keeps each document's keys with its signature, and removeFingerprint
    // deletes the document's rows by them (no index on `doc`).
    expect(upgraded.pragma('index_list(lsh_bands)')).toMatchObject([{ origin: 'pk' }]);
    await sqliteProvenance(upgraded).removeFingerprint('d1');
    expect(upgraded.prepare('SELECT count(*) AS n FROM lsh_bands').get()).toEqual({ n: 0 });
    expect(upgraded.prepare('SELECT count(*) AS n FROM doc_signatures').get()).toEqual({ n: 0 });
    upgraded.close();
  });
});

describe('documents', () => {
  it('derives the id from the hash and ignores duplicates', () => {
    const doc = addDoc('TASS', '2022-02-12', 'Text one.');
    expect(doc.id).toBe(documentId(doc.hash));
    expect(doc.id).toMatch(/^d[0-9a-f]{16}$/);
    const again = insertDocument(db, { ...doc, path: 'elsewhere.txt' });
    expect(again).toEqual({ id: doc.id, inserted: false });
    expect(getDocument(db, doc.id)?.path).toBe(doc.path);
    expect(queryDocuments(db)).toHaveLength(1);
  });
});

describe('event merging', () => {
  it('six outlets reporting one call, told both ways, make one symmetric event with six sources', () => {
    const outlets = ['Reuters', 'TASS', 'AP', 'BBC', 'Interfax', 'Kyiv Independent'];
    for (const outlet of outlets) {
      const doc = addDoc(outlet, '2022-02-12', `${outlet} reports the Biden-Putin call.`);
      // Some outlets date the call to the next day (time zones): still the same call.
      const date = outlet === 'TASS' ? '2022-02-13' : '2022-02-12';
      store([
        mention({ doc, date, sentence: 0 }),
        mention({ doc, date, sentence: 0, source: 'RUS', target: 'USA', sourceSector: 'MIL' }),
      ]);
    }
    const events = queryEvents(db);
    expect(events).toHaveLength(1);
    const first = events[0]!;
    expect(first.mentions).toBe(12);
    expect(first.symmetric).toBe(true);
    expect(first.sources.map((s) => s.source).sort()).toEqual([...outlets].sort());
    expect(first.date).toBe('2022-02-12');
    expect(first.source).toBe('USA');
    expect(first.id).toBe(eventId(`${first.evidence.doc}-0-CONSULT-USA-RUS`));
    expect(first.evidence.text).toBe('Reuters reports the Biden-Putin call.');
    expect(getEventMentions(db, first.id)).toHaveLength(12);
  });

  it('keeps two calls on different days apart', () => {
    const a = addDoc('Reuters', '2022-02-12', 'Biden called Putin on Saturday.');
    const b = addDoc('Reuters', '2022-02-18', 'Biden called Putin again.');
    store([mention({ doc: a, date: '2022-02-12' })]);
    store([mention({ doc: b, date: '2022-02-18' })]);
    expect(queryEvents(db)).toHaveLength(2);
  });

  it('never merges daily monitoring reports with different counts', () => {
    const days: Array<[string, number]> = [
      ['2022-02-17', 316],
      ['2022-02-18', 654],
      ['2022-02-18', 591], // a correction the same day with another count
    ];
    for (const [date, count] of days) {
      const doc = addDoc('OSCE', date, `The SMM recorded ${count} explosions.`);
      store([
        mention({
          doc,
          date,
          source: 'UKRREB',
          target: 'UKR',
          type: 'ASSAULT',
          quantities: [{ count, unit: 'explosion' }],
        }),
      ]);
    }
    expect(queryEvents(db)).toHaveLength(3);
  });

  it('merges equal counts in any order, keeps places and negation apart', () => {
    const q = [
      { count: 3, unit: 'killed' },
      { count: 5, unit: 'wounded' },
    ];
    const a = addDoc('AP', '2022-02-20', 'A');
    const b = addDoc('BBC', '2022-02-20', 'B');
    const c = addDoc('CNN', '2022-02-20', 'C');
    const d = addDoc('DW', '2022-02-20', 'D');
    store([mention({ doc: a, type: 'ASSAULT', quantities: q, place: 'Donetsk' })]);
    store([mention({ doc: b, type: 'ASSAULT', quantities: [...q].reverse(), place: null })]);
    store([mention({ doc: c, type: 'ASSAULT', quantities: q, place: 'Luhansk' })]);
    store([mention({ doc: d, type: 'ASSAULT', quantities: q, place: 'Donetsk', negated: true })]);
    const events = queryEvents(db);
    expect(events).toHaveLength(3);
    expect(events.map((e) => e.mentions).sort()).toEqual([1, 1, 2]);
  });

  it('merges undated mentions only for copies, and copies regardless of date', () => {
    const original = addDoc('Interfax', null, 'The ministry accused Kyiv.');
    const unrelated = addDoc('Blog', null, 'The ministry accused Kyiv, says a blog.');
    const copy = addDoc('Aggregator', '2022-03-01', 'The ministry accused Kyiv.');
    store([mention({ doc: original, date: null, source: 'RUS', target: 'UKR', type: 'ACCUSE' })]);
    store([mention({ doc: unrelated, date: null, source: 'RUS', target: 'UKR', type: 'ACCUSE' })]);
    expect(queryEvents(db)).toHaveLength(2);
    store(
      [mention({ doc: copy, date: '2022-03-01', source: 'RUS', target: 'UKR', type: 'ACCUSE' })],
      original.id,
    );
    const events = queryEvents(db);
    expect(events).toHaveLength(2);
    const merged = events.find((e) => e.mentions === 2)!;
    expect(merged.evidence.doc).toBe(original.id);
    // The unknown date is filled from the copy.
    expect(merged.date).toBe('2022-03-01');
    expect(merged.sources.map((s) => s.doc).sort()).toEqual([original.id, copy.id].sort());
  });

  it('stores a mention id only once', () => {
    const doc = addDoc('AP', '2022-02-12', 'Biden called Putin.');
    store([mention({ doc })]);
    store([mention({ doc })]);
    expect(summary(db).mentions).toBe(1);
    expect(queryEvents(db)[0]!.mentions).toBe(1);
  });
});

describe('queries', () => {
  beforeEach(() => {
    const a = addDoc('TASS', '2022-02-10', 'Moscow accused Kyiv of shelling. Putin 🇷🇺 spoke.');
    const b = addDoc('Reuters', '2022-02-15', 'NATO warned Russia.');
    store([
      mention({ doc: a, date: '2022-02-10', source: 'RUS', target: 'UKR', type: 'ACCUSE' }),
      mention({ doc: b, date: '2022-02-15', source: 'NATO', target: 'RUS', type: 'THREATEN' }),
      mention({
        doc: b,
        date: '2022-02-15',
        source: 'NATO',
        target: 'RUS',
        type: 'THREATEN',
        negated: true,
        sentence: 1,
      }),
    ]);
  });

  it('filters by date, actor, source, target, type, outlet and negation', () => {
    expect(queryEvents(db)).toHaveLength(3);
    expect(queryEvents(db, { from: '2022-02-11' })).toHaveLength(2);
    expect(queryEvents(db, { to: '2022-02-11' })).toHaveLength(1);
    expect(queryEvents(db, { actor: 'rus' })).toHaveLength(3);
    expect(queryEvents(db, { actor: 'UKR' })).toHaveLength(1);
    expect(queryEvents(db, { source: 'NATO' })).toHaveLength(2);
    expect(queryEvents(db, { target: 'RUS' })).toHaveLength(2);
    expect(queryEvents(db, { type: 'accuse' })).toHaveLength(1);
    expect(queryEvents(db, { sourceOutlet: 'reuters' })).toHaveLength(2);
    expect(queryEvents(db, { negated: true })).toHaveLength(1);
    expect(queryEvents(db, { negated: false })).toHaveLength(2);
    expect(queryEvents(db, { limit: 1, offset: 1 })[0]!.source).toBe('NATO');
    expect(queryEvents(db, { actor: "x' OR 1=1 --" })).toHaveLength(0);
  });

  it('returns mentions with their event', () => {
    const rows = queryEvents(db, { mentions: true, source: 'NATO' });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect('event' in row && getEvent(db, (row as { event: string }).event)).toBeTruthy();
      expect(row.sources).toHaveLength(1);
    }
  });

  it('slices evidence with JavaScript offsets', () => {
    const event = queryEvents(db, { type: 'ACCUSE' })[0]!;
    expect(event.evidence.text).toBe('Moscow accused Kyiv of shelling. Putin 🇷🇺 spoke.');
    expect(getEvent(db, event.id)).toEqual(event);
    expect(getEvent(db, 'enope')).toBeNull();
  });

  it('summarises', () => {
    const s = summary(db);
    expect(s).toMatchObject({ documents: 2, mentions: 3, events: 3, sources: 2 });
    expect(s.byType[0]).toEqual({ type: 'THREATEN', events: 2 });
    expect(s.topDyads[0]).toEqual({ source: 'NATO', target: 'RUS', events: 2 });
    expect(queryDocuments(db).map((d) => d.events)).toEqual([1, 2]);
  });
});

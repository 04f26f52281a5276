import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BANDS } from '../../provenance/minhash.js';
import { openDatabase, type Db } from './db.js';
import { FullBuckets } from './full-buckets.js';
import { sqliteProvenance } from './provenance.js';

describe('FullBuckets', () => {
  it('knows a bucket as a stop key only once a read reached its limit beyond stopAbove', () => {
    const full = new FullBuckets();
    full.saw(3, -5, 4, 17);
    expect(full.isStopKey(3, -5, 16)).toBe(false);
    full.saw(3, -5, 17, 17);
    expect(full.isStopKey(3, -5, 16)).toBe(true);
    expect(full.isStopKey(3, -5, 17)).toBe(false);
    // Another band with the same key, or the same band with another, is another bucket.
    expect(full.isStopKey(4, -5, 16)).toBe(false);
    expect(full.isStopKey(3, 5, 16)).toBe(false);
    // A longer read raises the bound; a shorter one does not lower it.
    full.saw(3, -5, 64, 64);
    full.saw(3, -5, 17, 17);
    expect(full.isStopKey(3, -5, 63)).toBe(true);
    full.clear();
    expect(full.isStopKey(3, -5, 16)).toBe(false);
  });

  it('forgets the oldest bucket beyond its bound', () => {
    const full = new FullBuckets(2);
    full.saw(0, 1, 20, 20);
    full.saw(0, 2, 20, 20);
    full.saw(0, 3, 20, 20);
    expect(full.size).toBe(2);
    expect(full.isStopKey(0, 1, 16)).toBe(false);
    expect(full.isStopKey(0, 3, 16)).toBe(true);
  });
});

describe('lookups with what the index learnt of its buckets', () => {
  let dir: string;
  let db: Db;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-buckets-'));
    db = openDatabase(path.join(dir, 'test.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Band keys from a small set, so that buckets fill past the stop bound within a few dozen
  // documents; a seeded generator keeps the case the same at every run.
  let seed = 7;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const bandsOf = (): Int32Array =>
    Int32Array.from({ length: BANDS }, () => Math.floor(random() * 3) - 1);
  const addDocument = (id: string): void => {
    db.prepare(
      `INSERT INTO documents (id, hash, ingested, path, format, text)
       VALUES (?, ?, 'x', 'p', 'text', 't')`,
    ).run(id, `h${id}`);
  };
  const sig = { sig: new Uint32Array(128), shingles: 1 };

  it('finds what a fresh index finds, with stop keys or without, after a rollback too', async () => {
    const warm = sqliteProvenance(db);
    const lookups = async (bands: Int32Array, id: string) => {
      const cold = sqliteProvenance(db);
      for (const [bucketLimit, stopAbove] of [
        [64, 16],
        [64, undefined],
        [8, 16],
        [4, 2],
      ] as const) {
        expect(await warm.candidates(bands, id, 40, bucketLimit, stopAbove)).toEqual(
          await cold.candidates(bands, id, 40, bucketLimit, stopAbove),
        );
      }
    };
    let stops = 0;
    for (let i = 0; i < 60; i++) {
      const id = `d${String(i).padStart(3, '0')}`;
      const bands = bandsOf();
      addDocument(id);
      await lookups(bands, id);
      await warm.saveFingerprint(id, sig, bands);
      const [withStops, without] = [
        await warm.candidates(bands, 'dnone', 40, 64, 16),
        await warm.candidates(bands, 'dnone', 40, 64),
      ];
      if (withStops[0]?.bands !== without[0]?.bands) stops++;
    }
    // Buckets filled past the bound: lookups met stop keys (and skipped those they knew).
    expect(stops).toBeGreaterThan(0);
    // Rows learnt from and then rolled back: the index is told, and finds what a fresh one does.
    const shifted = Int32Array.from(bandsOf(), (b) => b + 10);
    const store = async (from: number, to: number): Promise<void> => {
      for (let i = from; i < to; i++) {
        addDocument(`e${i}`);
        await warm.saveFingerprint(`e${i}`, sig, shifted);
      }
    };
    await store(20, 23);
    db.exec('BEGIN; SAVEPOINT document');
    await store(0, 20);
    await warm.candidates(shifted, 'dnone', 40, 64, 16);
    db.exec('ROLLBACK TO document; RELEASE document; COMMIT');
    warm.forget();
    await lookups(shifted, 'dnone');
    expect(await warm.candidates(shifted, 'dnone', 40, 64, 16)).toHaveLength(3);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillSyntheticStore } from '../bench/synthetic-events.js';
import type { DocumentRecord } from '../records.js';
import { coded, makeDoc, makeMention } from '../store/store.case.test.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { answerCache } from './answer-cache.js';
import { createApp } from './app.js';
import { fixtureStore } from './fixtures.js';

describe('answerCache', () => {
  it('answers only at the version it was given, and drops the least recently used', () => {
    const cache = answerCache(2);
    cache.set('/a', 'v1', 'A');
    cache.set('/b', 'v1', 'B');
    expect(cache.get('/a', 'v1')).toBe('A');
    expect(cache.get('/a', 'v2')).toBeUndefined();
    // /b is now the least recently used: a third answer drops it.
    cache.set('/c', 'v1', 'C');
    expect(cache.get('/b', 'v1')).toBeUndefined();
    expect(cache.get('/a', 'v1')).toBe('A');
    expect(cache.get('/c', 'v1')).toBe('C');
    // A newer answer replaces the old one.
    cache.set('/a', 'v2', 'A2');
    expect(cache.get('/a', 'v2')).toBe('A2');
    expect(cache.get('/a', 'v1')).toBeUndefined();
  });
});

describe('kept analysis answers in the app', () => {
  let dir: string;
  let store: SqliteStore;
  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers again while the store is unchanged, anew once another connection commits', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-answers-'));
    const file = path.join(dir, 'answers.db');
    store = SqliteStore.open(file, { create: true });
    await fillSyntheticStore(store, { events: 600, seed: 2, days: 60 });
    const app = createApp({ store, webRoot: '/nonexistent' });
    const latest = async (): Promise<string> => {
      const res = await app.request('/api/positions?limit=1');
      const body = (await res.json()) as { positions: Array<{ id: string }> };
      return body.positions[0]!.id;
    };
    const demand = (doc: DocumentRecord) =>
      makeMention(doc, { source: 'UKR', target: 'RUS', type: 'REQUEST', date: '2099-01-01' });
    const first = await latest();

    // A write through the server's own connection, behind its back: the store's version does
    // not change, so the kept answer is served (the server's own writes count themselves).
    const own = makeDoc('Own', '2099-01-01', 'Kyiv demanded that Moscow withdraw.');
    await store.begin();
    await store.writeDocument(own, coded(own, [demand(own)]), []);
    await store.commit();
    expect(await latest()).toBe(first);

    // Another connection's commit changes the version: the answer is made anew.
    const other = SqliteStore.open(file);
    const theirs = makeDoc('Theirs', '2099-06-01', 'Kyiv demanded that Moscow leave.');
    await other.begin();
    await other.writeDocument(
      theirs,
      coded(theirs, [{ ...demand(theirs), date: '2099-06-01' }]),
      [],
    );
    await other.commit();
    await other.close();
    const after = await latest();
    expect(after).not.toBe(first);
    expect((await store.events({ from: '2099-06-01' })).map((e) => e.id)).toEqual([after]);
  });
});

describe("the server's own writes", () => {
  it('renew the kept answers', async () => {
    const fixture = await fixtureStore();
    let overviews = 0;
    const analysis = new Proxy(fixture.analysis, {
      get(target, name, receiver) {
        if (name === 'overview') overviews += 1;
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
    // The same store, its overview counted.
    const store = new Proxy(fixture, {
      get(target, name) {
        if (name === 'analysis') return analysis;
        const value = Reflect.get(target, name, target) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    const app = createApp({ store, token: 'secret', webRoot: '/nonexistent' });
    try {
      await app.request('/api/overview');
      await app.request('/api/overview');
      expect(overviews).toBe(1);
      const posted = await app.request('/api/documents', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer secret' },
        body: JSON.stringify({
          title: 'Posted',
          source: 'Poster',
          published: '2022-02-21',
          text: 'KYIV, Feb. 21 (Poster) - Russian forces shelled Kharkiv on Monday.',
        }),
      });
      expect(posted.status).toBe(201);
      await app.request('/api/overview');
      expect(overviews).toBe(2);
    } finally {
      await fixture.close();
    }
  });
});

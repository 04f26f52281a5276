// Issue #3 end to end: the Feb. 15 wire story of the example corpus, its verbatim syndicated copy,
// an edited copy and a synonym-spun copy are one story, their events one set with several
// sources, and a relayed quote keeps its chain.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpiral } from '../../src/pipeline/spiral.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

const corpus = new URL('../../examples/corpus/', import.meta.url).pathname;
const files = [
  'meridian-wire/2022-02-15-units-return.txt',
  'harbor-daily/2022-02-15-russia-troops-bases.txt',
  'global-digest/2022-02-15-some-russian-units-head-home.txt',
  'newsmill/russia-says-a-few-troops-going-back-to-bases.txt',
  'northern-broadcast/2022-02-17-zakharova-via-tass.txt',
  'mission-monitor/2022-02-15-daily-report.txt',
  'mission-monitor/2022-02-16-daily-report.txt',
].map((f) => path.join(corpus, f));

const tmp = mkdtempSync(path.join(os.tmpdir(), 'spiral-story-'));
let db: SqliteStore;
beforeAll(async () => {
  db = SqliteStore.open(path.join(tmp, 'story.db'), { create: true });
  await createSpiral({ store: db }).ingest(files, { ingest: { maxBytes: 1e6 }, quiet: true });
});
afterAll(async () => {
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('one story from several outlets', () => {
  it('groups the original and its verbatim, edited and spun copies', async () => {
    const stories = await db.stories();
    const story = stories.find((s) => s.members.some((m) => m.path.includes('meridian-wire')));
    expect(story).toBeDefined();
    const links = Object.fromEntries(story!.members.map((m) => [m.path.split('/').at(-2), m.link]));
    expect(links).toMatchObject({
      'meridian-wire': 'original',
      'harbor-daily': 'verbatim',
      newsmill: 'spun',
    });
    expect(links['global-digest']).toMatch(/edited|summary/);
    // Template reports of two days are not copies of each other.
    expect(
      stories.some((s) => s.members.filter((m) => m.path.includes('mission-monitor')).length > 1),
    ).toBe(false);
  });

  it('keeps one set of events, each with the copies as sources', async () => {
    const events = await db.events({});
    const fromStory = events.filter((e) => e.sources.some((s) => s.source === 'meridian-wire'));
    expect(fromStory.length).toBeGreaterThan(0);
    const multi = fromStory.filter((e) => e.sources.length >= 3);
    expect(multi.length).toBeGreaterThan(0);
    // No event of the story is told twice with the same dyad, type and date.
    const keys = fromStory.map((e) => `${e.source}|${e.target}|${e.type}|${e.date}|${e.negated}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stores the chain of a relayed quote', async () => {
    const rows = await db.quotes();
    const chains = rows.map((r) => r.relays).filter((r) => r.length > 0);
    expect(chains.some((c) => c.includes('TASS'))).toBe(true);
  });
});

describe('the likely original', () => {
  it('is the outlet the copies credit, whatever the order of ingestion', async () => {
    const reversed = SqliteStore.open(path.join(tmp, 'reversed.db'), { create: true });
    await createSpiral({ store: reversed }).ingest(files.slice(0, 4).reverse(), {
      ingest: { maxBytes: 1e6 },
      quiet: true,
    });
    const story = (await reversed.stories()).find((s) => s.members.length >= 3)!;
    const original = story.members.find((m) => m.link === 'original')!;
    expect(original.path).toContain('meridian-wire');
    await reversed.close();
  });
});

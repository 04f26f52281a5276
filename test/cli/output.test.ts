import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpus, spiral, tempDir, writeFiles } from './helpers.js';

const tmp = tempDir();
const db = path.join(tmp.dir, 'spiral.db');

const EVENT_KEYS = [
  'id',
  'date',
  'source',
  'source_sector',
  'target',
  'target_sector',
  'type',
  'mode',
  'cameo',
  'intensity',
  'negated',
  'conditional',
  'future',
  'claimed',
  'place',
  'quantities',
  'evidence',
  'sources',
  'mentions',
  'symmetric',
].sort();

beforeAll(() => {
  const corpus = path.join(tmp.dir, 'corpus');
  writeFiles(corpus, fixtureCorpus);
  const result = spiral(['--db', db, 'ingest', '--quiet', corpus]);
  if (result.code !== 0) throw new Error(result.stderr);
});
afterAll(tmp.cleanup);

function jsonl(text: string): Array<Record<string, unknown>> {
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('spiral events', () => {
  it('prints jsonl in exactly the EventRecord shape', () => {
    const result = spiral(['--db', db, 'events', '--format', 'jsonl']);
    expect(result.code).toBe(0);
    const events = jsonl(result.stdout);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(Object.keys(event).sort()).toEqual(EVENT_KEYS);
      expect(event.id).toMatch(/^e[0-9a-f]{16}$/);
      const evidence = event.evidence as { text: string };
      expect(evidence.text.length).toBeGreaterThan(0);
      expect((event.sources as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('agrees across json, csv, tsv and table', () => {
    const events = jsonl(spiral(['--db', db, 'events', '--format', 'jsonl']).stdout);
    const json = JSON.parse(spiral(['--db', db, 'events', '--format', 'json']).stdout) as unknown[];
    expect(json).toEqual(events);
    const csv = spiral(['--db', db, 'events', '--format', 'csv']).stdout;
    expect(csv.split('\n')[0]).toMatch(/^id,date,source,source_sector,target/);
    const tsv = spiral(['--db', db, 'events', '--format', 'tsv']).stdout.trim().split('\n');
    expect(tsv).toHaveLength(events.length + 1);
    expect(tsv[0]!.split('\t')[0]).toBe('id');
    const table = spiral(['--db', db, 'events']).stdout.trim().split('\n');
    expect(table[0]).toMatch(/^DATE\s+ID\s+DYAD\s+TYPE\s+FLAGS\s+SRC\s+SENTENCE/);
    expect(table).toHaveLength(events.length + 1);
  });

  it('lists every source of each event with --sources', () => {
    const events = jsonl(spiral(['--db', db, 'events', '--format', 'jsonl']).stdout) as Array<{
      sources: Array<{ doc: string }>;
    }>;
    const sourceCount = events.reduce((n, e) => n + e.sources.length, 0);
    const lines = spiral(['--db', db, 'events', '--sources']).stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('  ↳ '))).toHaveLength(sourceCount);
  });

  it('filters and limits', () => {
    const all = jsonl(spiral(['--db', db, 'events', '--format', 'jsonl']).stdout);
    const first = all[0]!;
    const limited = jsonl(
      spiral(['--db', db, 'events', '--format', 'jsonl', '--limit', '1']).stdout,
    );
    expect(limited).toEqual([first]);
    const byType = jsonl(
      spiral([
        '--db',
        db,
        'events',
        '--format',
        'jsonl',
        '--type',
        String(first.type).toLowerCase(),
      ]).stdout,
    );
    expect(byType.every((e) => e.type === first.type)).toBe(true);
    const byActor = jsonl(
      spiral(['--db', db, 'events', '--format', 'jsonl', '--actor', String(first.source)]).stdout,
    );
    expect(byActor.every((e) => e.source === first.source || e.target === first.source)).toBe(true);
    const none = spiral(['--db', db, 'events', '--from', '2030-01-01']);
    expect(none.code).toBe(0);
    expect(none.stdout.trim()).toBe('no events match');
  });

  it('prints one row per mention with --mentions', () => {
    const events = jsonl(spiral(['--db', db, 'events', '--format', 'jsonl']).stdout);
    const mentions = jsonl(
      spiral(['--db', db, 'events', '--format', 'jsonl', '--mentions']).stdout,
    );
    const total = events.reduce((n, e) => n + (e.mentions as number), 0);
    expect(mentions).toHaveLength(total);
    const ids = new Set(events.map((e) => e.id));
    for (const m of mentions) expect(ids.has(m.event as string)).toBe(true);
  });
});

describe('spiral show', () => {
  it('shows an event with marked words and its sources', () => {
    const [event] = jsonl(
      spiral(['--db', db, 'events', '--format', 'jsonl', '--limit', '1']).stdout,
    );
    const result = spiral(['--db', db, 'show', String(event!.id)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`event     ${event!.id}`);
    expect(result.stdout).toMatch(/\[\[.+?\]\]/);
    expect(result.stdout).not.toContain('\x1b[');
    expect(result.stdout).toMatch(/sources \(\d+\):/);
  });

  it('exits 1 for an unknown event', () => {
    const result = spiral(['--db', db, 'show', 'e0000000000000000']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^spiral: E_NOT_FOUND: /);
  });
});

describe('spiral docs', () => {
  it('lists documents in every format', () => {
    const docs = jsonl(spiral(['--db', db, 'docs', '--format', 'jsonl']).stdout);
    expect(docs).toHaveLength(5);
    expect(docs[0]).toHaveProperty('events');
    expect(docs[0]!.id).toMatch(/^d[0-9a-f]{16}$/);
    expect(JSON.parse(spiral(['--db', db, 'docs', '--format', 'json']).stdout)).toEqual(docs);
    const csv = spiral(['--db', db, 'docs', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv).toHaveLength(6);
    const table = spiral(['--db', db, 'docs']).stdout.trim().split('\n');
    expect(table[0]).toMatch(/^ID\s+DATE\s+SOURCE\s+EVENTS\s+TITLE/);
    expect(table).toHaveLength(6);
  });
});

describe('spiral export', () => {
  it('writes every format, to stdout or a file', () => {
    const events = jsonl(spiral(['--db', db, 'events', '--format', 'jsonl']).stdout);
    const exported = jsonl(spiral(['--db', db, 'export']).stdout);
    expect(exported).toEqual(events);
    const out = path.join(tmp.dir, 'events.geojson');
    const result = spiral(['--db', db, 'export', '--format', 'geojson', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const geo = JSON.parse(readFileSync(out, 'utf8')) as {
      type: string;
      features: Array<{ geometry: { coordinates: number[] }; properties: { place: unknown } }>;
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBe(events.filter((e) => e.place !== null).length);
    for (const f of geo.features) expect(f.geometry.coordinates).toHaveLength(2);
    for (const format of ['csv', 'tsv', 'json']) {
      const r = spiral(['--db', db, 'export', '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });

  it('reports an unwritable output file', () => {
    const result = spiral([
      '--db',
      db,
      'export',
      '--out',
      path.join(tmp.dir, 'no', 'such', 'dir.csv'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^spiral: E_OUT: /);
  });
});

describe('spiral demo', () => {
  it('ingests the example corpus, summarises, and adds nothing the second time', () => {
    const demoDb = path.join(tmp.dir, 'demo.db');
    const first = spiral(['--db', demoDb, 'demo', '--quiet']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/documents: \d+ from \d+ sources/);
    expect(first.stdout).toContain('events by type:');
    expect(first.stdout).toContain('example events:');
    const second = spiral(['--db', demoDb, 'demo', '--quiet']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/this run: 0 new documents, \d+ already stored/);
    const strip = (s: string) => s.split('\n').slice(2).join('\n');
    expect(strip(second.stdout)).toBe(strip(first.stdout));
  });
});

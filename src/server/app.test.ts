import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { EventRecord } from '../records.js';
import type { SqliteStore } from '../store/sqlite/store.js';
import { createApp } from './app.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { fixtureStore } from './fixtures.js';

let store: SqliteStore;
let app: Hono;
const TOKEN = 'test-token-123';

beforeAll(async () => {
  store = await fixtureStore();
  app = createApp({ store, token: TOKEN, maxBodyBytes: 4096, webRoot: '/nonexistent' });
});
afterAll(async () => store.close());

const get = (path: string) => app.request(path);
const json = async (path: string) => {
  const res = await get(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const post = (body: string, headers: Record<string, string> = {}) =>
  app.request('/api/documents', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
  });

describe('GET /api/events', () => {
  it('lists events by date with the record fields of the contract', async () => {
    const { status, body } = await json('/api/events');
    expect(status).toBe(200);
    const events = body.events as EventRecord[];
    expect(events.map((e) => e.date)).toEqual(['2022-02-16', '2022-02-18', '2022-02-20']);
    expect(events[0]).toMatchObject({ source: 'RUS', target: 'UKR', type: 'ASSAULT' });
    expect(body.next).toBeNull();
  });

  it('filters by dates, actor, dyad, type, region and text', async () => {
    const ids = async (query: string) =>
      ((await json(`/api/events?${query}`)).body.events as EventRecord[]).map((e) => e.date);
    expect(await ids('from=2022-02-17')).toEqual(['2022-02-18', '2022-02-20']);
    expect(await ids('to=2022-02-17')).toEqual(['2022-02-16']);
    expect(await ids('actor=usa')).toEqual(['2022-02-18']);
    expect(await ids('dyad=RUS-UKR')).toEqual(['2022-02-16', '2022-02-20']);
    expect(await ids('dyad=UKR-RUS')).toEqual([]);
    expect(await ids('type=consult')).toEqual(['2022-02-18']);
    expect(await ids('region=Geneva')).toEqual(['2022-02-18']);
    // Both shellings are filed from Kyiv (the dateline) and happened in Donetsk region.
    expect(await ids('region=donetsk%20oblast')).toEqual(['2022-02-16', '2022-02-20']);
    expect(await ids('q=Kramatorsk')).toEqual(['2022-02-16']);
    expect(await ids('q=shelled%20avdiivka')).toEqual(['2022-02-20']);
    expect(await ids('outlet=Other%20Wire')).toEqual(['2022-02-18']);
  });

  it('pages with an opaque cursor (the last key), with and without a filter', async () => {
    for (const filter of ['', '&region=Donetsk%20Oblast']) {
      const seen: string[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const { body } = await json(
          `/api/events?limit=1${filter}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...(body.events as EventRecord[]).map((e) => e.id));
        cursor = body.next as string | null;
        expect(seen.length).toBeLessThan(5);
      }
      expect(seen.length).toBe(filter ? 2 : 3);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('exports exactly the filtered set as JSON Lines, CSV, GeoJSON and JSON', async () => {
    const jsonl = await (await get('/api/events?format=jsonl&type=ASSAULT')).text();
    const rows = jsonl
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as EventRecord);
    expect(rows.map((r) => r.type)).toEqual(['ASSAULT', 'ASSAULT']);
    const csv = await get('/api/events?format=csv&actor=USA');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^id,date,source/);
    expect(lines).toHaveLength(2);
    const geo = JSON.parse(await (await get('/api/events?format=geojson')).text());
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(3);
    const all = JSON.parse(await (await get('/api/events?format=json&limit=2')).text());
    expect(all).toHaveLength(2);
  });

  it('answers 400 naming the parameter for bad input', async () => {
    const cases: Array<[string, RegExp]> = [
      ['from=2022-02-30', /"from"/],
      ['from=yesterday', /"from".*YYYY-MM-DD/],
      ['from=2022-03-01&to=2022-02-01', /"from" is after "to"/],
      ['type=BOMB', /"type"/],
      ['limit=0', /"limit"/],
      ['limit=100000', /"limit"/],
      ['actor=R%27%20OR%201', /"actor"/],
      ['dyad=RUS', /"dyad"/],
      ['cursor=abc', /"cursor"/],
      ['cursor=12', /"cursor"/],
      [`cursor=${Buffer.from('["2022-02-30x","e1"]').toString('base64url')}`, /"cursor"/],
      [`cursor=${Buffer.from('[null,"e1 OR 1=1"]').toString('base64url')}`, /"cursor"/],
      ['format=xml', /"format"/],
      ['sneaky=1', /unknown parameter "sneaky"/],
      [`q=${'x'.repeat(300)}`, /"q"/],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await json(`/api/events?${query}`);
      expect(status, query).toBe(400);
      const error = body.error as { code: string; message: string };
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message, query).toMatch(message);
    }
  });

  it('refuses over-long URLs', async () => {
    const { status, body } = await json(`/api/events?q=${'a'.repeat(5000)}`);
    expect(status).toBe(414);
    expect((body.error as { code: string }).code).toBe('URI_TOO_LONG');
  });
});

describe('one event, one document, stories, quotes, overview', () => {
  it('serves an event with its mentions, and 404 for an unknown one', async () => {
    const list = (await json('/api/events?type=CONSULT')).body.events as EventRecord[];
    const { status, body } = await json(`/api/events/${list[0]!.id}`);
    expect(status).toBe(200);
    expect((body.event as EventRecord).type).toBe('CONSULT');
    const mentions = body.mentions as Array<{ trigger: { text: string } }>;
    expect(mentions[0]!.trigger.text).toBe('met');
    expect((await json('/api/events/e000')).status).toBe(404);
    expect((await json('/api/events/%3Cscript%3E')).status).toBe(400);
  });

  it('serves a document with its mentions at their offsets and its provenance', async () => {
    const event = ((await json('/api/events?type=CONSULT')).body.events as EventRecord[])[0]!;
    const { status, body } = await json(`/api/documents/${event.evidence.doc}`);
    expect(status).toBe(200);
    const document = body.document as { text: string; title: string };
    expect(document.title).toBe('Lavrov and Blinken meet');
    const mentions = body.mentions as Array<{
      event: string | null;
      trigger: { start: number; end: number };
    }>;
    const consult = mentions.find((m) => m.event === event.id)!;
    expect(document.text.slice(consult.trigger.start, consult.trigger.end)).toBe('met');
    expect(body).toHaveProperty('provenance');
    expect(Array.isArray(body.quotes)).toBe(true);
    expect((await json('/api/documents/dffff')).status).toBe(404);
  });

  it('lists stories and quotes', async () => {
    expect((await json('/api/stories')).body).toHaveProperty('stories');
    expect((await json('/api/quotes?limit=5')).body).toHaveProperty('quotes');
    expect((await json('/api/stories?min_size=x')).status).toBe(400);
  });

  it('folds the overview: days, dyads both ways, regions at admin-1 coordinates', async () => {
    const { body } = await json('/api/overview');
    expect(body.events).toBe(3);
    expect(body.complete).toBe(true);
    expect((body.days as unknown[]).length).toBe(3);
    const dyads = body.dyads as Array<{ a: string; b: string; ab: { conflict: number } }>;
    expect(dyads[0]).toMatchObject({ a: 'RUS', b: 'UKR', ab: { conflict: 2 } });
    const regions = body.regions as Array<{ admin1: string; events: number; lat: number }>;
    expect(regions.find((r) => r.admin1 === 'Donetsk Oblast')?.events).toBe(2);
    expect(regions.every((r) => Number.isFinite(r.lat))).toBe(true);
    const filtered = (await json('/api/overview?type=CONSULT')).body;
    expect(filtered.events).toBe(1);
  });

  it('serves the analysis: series, spikes, positions and the brief, with 400s naming the field', async () => {
    const series = (await json('/api/series?dyad=RUS-UKR')).body;
    const rows = series.series as Array<{ date: string; events: number; conflict: number }>;
    expect(rows.find((r) => r.date === '2022-02-16')).toMatchObject({ events: 1, conflict: 1 });
    expect(rows.reduce((n, r) => n + r.events, 0)).toBe(2);
    const weekly = (await json('/api/series?by=week')).body;
    expect((weekly.series as unknown[]).length).toBeGreaterThan(0);
    const spikes = await json('/api/spikes');
    expect(spikes.status).toBe(200);
    expect(Array.isArray(spikes.body.spikes)).toBe(true);
    const positions = await json('/api/positions');
    expect(positions.status).toBe(200);
    expect(Array.isArray(positions.body.positions)).toBe(true);
    const brief = (await json('/api/brief?date=2022-02-20')).body;
    expect(brief.date).toBe('2022-02-20');
    expect(Array.isArray(brief.sections)).toBe(true);
    const bad: Array<[string, RegExp]> = [
      ['/api/series?dyad=RUS-UKR&actor=RUS', /one of dyad, actor, region/],
      ['/api/series?by=year', /"by"/],
      ['/api/brief?date=2022-13-01', /"date"/],
      ['/api/brief?date=1990-01-01', /before the first event/],
      ['/api/spikes?from=2022-03-01&to=2022-02-01', /"from" is after "to"/],
    ];
    for (const [path, message] of bad) {
      const { status, body } = await json(path);
      expect(status, path).toBe(400);
      expect((body.error as { message: string }).message, path).toMatch(message);
    }
  });

  it('describes every route in /api/openapi.json from the request schemas', async () => {
    const { body } = await json('/api/openapi.json');
    const paths = body.paths as Record<
      string,
      Record<string, { parameters?: Array<{ name: string }> }>
    >;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/events',
        '/api/events/{id}',
        '/api/documents/{id}',
        '/api/documents',
        '/api/stories',
        '/api/quotes',
        '/api/series',
        '/api/spikes',
        '/api/positions',
        '/api/brief',
      ]),
    );
    const names = paths['/api/events']!.get!.parameters!.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'from',
        'to',
        'actor',
        'dyad',
        'type',
        'region',
        'q',
        'limit',
        'cursor',
        'format',
      ]),
    );
  });

  it('puts the CSP on every answer, errors included', async () => {
    for (const path of ['/api/events', '/api/nothing', '/', '/api/events?from=x']) {
      const res = await get(path);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });
});

describe('POST /api/documents', () => {
  const record = JSON.stringify({
    title: 'Posted',
    source: 'Poster',
    published: '2022-02-21',
    text: 'KYIV, Feb. 21 (Poster) - Russian forces shelled Kharkiv on Monday, Ukrainian officials said.',
  });

  it('answers 401 without or with a wrong token, in the error shape', async () => {
    for (const auth of [undefined, 'Bearer wrong', 'Basic dGVzdA==', `Bearer ${TOKEN}x`]) {
      const res = await app.request('/api/documents', {
        method: 'POST',
        body: record,
        headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
      });
      expect(res.status, auth).toBe(401);
      expect(await res.json()).toEqual({
        error: { code: 'UNAUTHORIZED', message: expect.any(String) },
      });
    }
  });

  it('refuses writes when no token is configured', async () => {
    const readOnly = createApp({ store, webRoot: '/nonexistent' });
    const res = await readOnly.request('/api/documents', { method: 'POST', body: record });
    expect(res.status).toBe(403);
  });

  it('answers 413 over the size cap', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(5000) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TOO_LARGE');
  });

  it('answers 400 naming the field for bad records', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{not json', /bad JSON/],
      ['[1,2]', /one JSON object/],
      [JSON.stringify({ title: 5, text: 'x' }), /"title"/],
      [JSON.stringify({ title: 'no text' }), /"text" or "html"/],
      [JSON.stringify({ text: 'Something.', published: 'soon' }), /"published"/],
      [JSON.stringify({ text: '   ' }), /empty/],
    ];
    for (const [body, message] of cases) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      const error = ((await res.json()) as { error: { message: string } }).error;
      expect(error.message, body).toMatch(message);
    }
  });

  it('ingests a record once: 201, then 200 for the same record', async () => {
    const first = await post(record);
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; created: boolean; mentions: number };
    expect(created.created).toBe(true);
    expect(created.mentions).toBeGreaterThan(0);
    const again = await post(record);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(created.id);
    const doc = await json(`/api/documents/${created.id}`);
    expect((doc.body.document as { title: string }).title).toBe('Posted');
  });
});

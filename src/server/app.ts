// The HTTP API and the dashboard's pages on one Hono app. Thin: it parses requests with the
// schemas, calls the Store (and the pipeline for writes), and shapes answers.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { eventLines, type EventFormat } from '../output/index.js';
import { lookupPlace } from '../places/index.js';
import { createSpiral, type Spiral } from '../pipeline/spiral.js';
import type { Store } from '../store/index.js';
import { addAnalysisRoutes } from './analysis-routes.js';
import { answerCache } from './answer-cache.js';
import { documentView } from './document-view.js';
import { ApiError, errorResponse, parseOr400 } from './errors.js';
import { eventPage, matchingEvents, storeFilter } from './event-query.js';
import { ingestRecord, serialQueue } from './ingest-record.js';
import { openApiDocument } from './openapi.js';
import { overviewResponse } from './overview.js';
import {
  DocumentBody,
  EventQuery,
  IdParam,
  OverviewQuery,
  QuotesQuery,
  StoriesQuery,
} from './schemas.js';
import { bearerToken, SECURITY_HEADERS, tokenMatches } from './security.js';
import { DEFAULT_WEB_ROOT, readStatic } from './static.js';
import { DEFAULT_MAP_POINTS, DEFAULT_MAX_BODY_BYTES } from './defaults.js';

export interface AppOptions {
  store: Store;
  /** Bearer token for writes; none means `POST /api/documents` is refused. */
  token?: string;
  /** Largest request body (and ingested record) in bytes. */
  maxBodyBytes?: number;
  /** Longest request URL (path and query) in characters. */
  maxUrlChars?: number;
  /** At most this many placed events on the overview's map (all are counted per region). */
  mapPoints?: number;
  /** Built dashboard folder (default dist/web). */
  webRoot?: string;
  /** The pipeline for writes and re-reading documents (default: built on first use). */
  spiral?: Spiral;
  /** Extra verb dictionaries for that pipeline's coder (those the store was ingested with). */
  dictionaries?: string[];
  /** Analysis answers kept while the store is unchanged (0: none). */
  cachedAnswers?: number;
}

export { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAP_POINTS };
export const DEFAULT_MAX_URL_CHARS = 4096;
/** Analysis answers kept: a few views' panels (each at most a few hundred KB). */
export const DEFAULT_CACHED_ANSWERS = 32;
/** Pairs of actors in the overview's dyad chart. */
const TOP_DYADS = 12;
const DEFAULT_PAGE = 100;

const EXPORT_TYPES: Record<EventFormat, string> = {
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  geojson: 'application/geo+json',
};

/** Query parameters as one object (the last value of a repeated one). */
const queryOf = (c: Context): Record<string, string> => c.req.query();

function lineStream(lines: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${next.value}\n`));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

const regionCache = new Map<string, { lat: number; lon: number } | null>();
function locateRegion(admin1: string, country: string): { lat: number; lon: number } | null {
  const key = `${country}\u0000${admin1}`;
  if (!regionCache.has(key)) {
    const place = lookupPlace(admin1, country);
    regionCache.set(key, place ? { lat: place.lat, lon: place.lon } : null);
  }
  return regionCache.get(key)!;
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxUrl = options.maxUrlChars ?? DEFAULT_MAX_URL_CHARS;
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  let spiral = options.spiral;
  // The pipeline (its coder's dictionaries) is loaded once, when a write first needs it.
  const pipeline = (): Spiral =>
    (spiral ??= createSpiral({ store, dictionaries: options.dictionaries }));
  const writeQueue = serialQueue();
  // The store's version seen by cached answers: its own (another process's commits) and this
  // server's writes, which the store's version does not show.
  const answers = answerCache(options.cachedAnswers ?? DEFAULT_CACHED_ANSWERS);
  let writes = 0;
  const keepAnswer: MiddlewareHandler = async (c, next) => {
    const version = await store.analysis.version?.();
    if (version === undefined) return next();
    const key = c.req.url;
    const at = `${version}:${writes}`;
    const kept = answers.get(key, at);
    if (kept !== undefined) return c.body(kept, 200, { 'Content-Type': 'application/json' });
    await next();
    if (c.res.status === 200) answers.set(key, at, await c.res.clone().text());
  };

  const app = new Hono();

  app.use(async (c, next) => {
    const url = new URL(c.req.url);
    if (url.pathname.length + url.search.length > maxUrl) {
      throw new ApiError(414, 'URI_TOO_LONG', `the request URL is over ${maxUrl} characters`);
    }
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
  });

  app.onError((err, c) => {
    const apiError =
      err instanceof ApiError
        ? err
        : new ApiError(500, 'INTERNAL', 'internal error (see the server log)');
    if (!(err instanceof ApiError)) console.error(`spiral serve: ${err.stack ?? err.message}`);
    const response = errorResponse(c, apiError);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  });

  // ------------------------------------------------------------------ API: reading
  // Answers over the store's aggregates (the overview page's panels) are kept while it is
  // unchanged; event and document lookups are cheap and are not.
  for (const route of [
    '/api/overview',
    '/api/series',
    '/api/spikes',
    '/api/positions',
    '/api/brief',
  ])
    app.get(route, keepAnswer);
  app.get('/api/events', async (c) => {
    const query = parseOr400(EventQuery, queryOf(c), 'query');
    if (query.format) {
      const events = matchingEvents(store, query, query.limit ?? Infinity);
      const lines = eventLines(events, query.format, false);
      c.header('Content-Type', EXPORT_TYPES[query.format]);
      c.header('Content-Disposition', `attachment; filename="events.${query.format}"`);
      return c.body(lineStream(lines));
    }
    const page = await eventPage(store, query, query.cursor, query.limit ?? DEFAULT_PAGE);
    return c.json(page);
  });

  app.get('/api/events/:id', async (c) => {
    const { id } = parseOr400(IdParam, c.req.param(), 'path');
    const event = await store.event(id);
    if (!event) throw new ApiError(404, 'NOT_FOUND', `no event ${id}`);
    return c.json({ event, mentions: await store.eventMentions(id) });
  });

  app.get('/api/documents/:id', async (c) => {
    const { id } = parseOr400(IdParam, c.req.param(), 'path');
    const view = await documentView(store, id);
    if (!view) throw new ApiError(404, 'NOT_FOUND', `no document ${id}`);
    return c.json(view);
  });

  app.get('/api/stories', async (c) => {
    const query = parseOr400(StoriesQuery, queryOf(c), 'query');
    return c.json({ stories: await store.stories({ minSize: query.min_size }) });
  });

  app.get('/api/quotes', async (c) => {
    const query = parseOr400(QuotesQuery, queryOf(c), 'query');
    return c.json({ quotes: await store.quotes({ doc: query.doc, limit: query.limit ?? 100 }) });
  });

  app.get('/api/overview', async (c) => {
    const query = parseOr400(OverviewQuery, queryOf(c), 'query');
    const figures = await store.analysis.overview(storeFilter(query), {
      topDyads: TOP_DYADS,
      maxPoints: options.mapPoints ?? DEFAULT_MAP_POINTS,
    });
    const overview = overviewResponse(figures, locateRegion);
    return c.json(overview);
  });

  addAnalysisRoutes(app, store);

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  // ------------------------------------------------------------------ API: writing
  app.post(
    '/api/documents',
    // Who may write is settled before any of the body is read.
    async (c, next) => {
      if (!options.token) {
        throw new ApiError(
          403,
          'WRITES_OFF',
          'writes are off: the server was started without a token',
        );
      }
      const presented = bearerToken(c.req.header('Authorization'));
      if (presented === null || !tokenMatches(presented, options.token)) {
        c.header('WWW-Authenticate', 'Bearer');
        throw new ApiError(401, 'UNAUTHORIZED', 'send Authorization: Bearer TOKEN');
      }
      await next();
    },
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new ApiError(413, 'TOO_LARGE', `the request body is over ${maxBody} bytes`);
      },
    }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? '')) {
        throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the record as application/json');
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (err) {
        throw new ApiError(400, 'JSONL_PARSE', `bad JSON: ${(err as Error).message}`);
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new ApiError(400, 'JSONL_FIELD', 'the body must be one JSON object (a record)');
      }
      const record = parseOr400(DocumentBody, body, 'body');
      const result = await writeQueue(async () => {
        try {
          return await ingestRecord(pipeline(), record, maxBody);
        } finally {
          writes += 1;
        }
      });
      return c.json(result, result.created ? 201 : 200);
    },
  );

  app.all('/api/*', () => {
    throw new ApiError(404, 'NOT_FOUND', 'no such API route (see /api/openapi.json)');
  });

  // ------------------------------------------------------------------ pages and assets
  const page = async (c: Context): Promise<Response> => {
    const file = await readStatic(webRoot, 'index.html');
    if (!file) {
      return c.text('The dashboard is not built: run `npm run build`.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type });
  };
  app.get('/', page);
  app.get('/events/:id', page);
  app.get('/documents/:id', page);
  app.get('/assets/*', async (c) => {
    const file = await readStatic(webRoot, c.req.path);
    if (!file) return c.text('not found', 404);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.notFound((c) => c.text('not found', 404));
  return app;
}

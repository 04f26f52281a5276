// /api/openapi.json, generated from the zod schemas that validate the requests (schemas.ts), so
// every documented parameter is one the server checks, and the other way round.
import { z } from 'zod';
import {
  DocumentBody,
  ErrorBody,
  EventOut,
  EventPage,
  EventQuery,
  IdParam,
  IngestResult,
  OverviewQuery,
  QuotesQuery,
  StoriesQuery,
  SeriesQuery,
  SpikesQuery,
  PositionsQuery,
  BriefQuery,
} from './schemas.js';

type Json = Record<string, unknown>;

/** Query (or path) parameters of an object schema, each with its JSON Schema. */
function parameters(schema: z.ZodObject, where: 'query' | 'path'): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const body = (schema: z.ZodType): Json =>
  z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

const jsonContent = (schema: z.ZodType | Json): Json => ({
  'application/json': { schema: schema instanceof z.ZodType ? body(schema) : schema },
});

const error = (description: string): Json => ({ description, content: jsonContent(ErrorBody) });

const ANY_OBJECT = { type: 'object' };

export function openApiDocument(): Json {
  const read = (summary: string, query: z.ZodObject | null, ok: Json, path = false): Json => ({
    get: {
      summary,
      parameters: [
        ...(path ? parameters(IdParam, 'path') : []),
        ...(query ? parameters(query, 'query') : []),
      ],
      responses: {
        200: ok,
        400: error('a parameter is invalid; the message names it'),
        ...(path ? { 404: error('no such record') } : {}),
      },
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Spiral',
      version: '1',
      description:
        'Sourced political event data (PLOVER/CAMEO) from crisis news. Errors are {"error": {"code", "message"}}.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/api/events': read(
        'events matching the filters, a page at a time, or exported',
        EventQuery,
        {
          description:
            'a page {events, next}; with `format` the whole filtered set as JSON, JSON Lines, CSV or GeoJSON',
          content: {
            ...jsonContent(EventPage),
            'application/x-ndjson': { schema: body(EventOut) },
            'text/csv': { schema: { type: 'string' } },
            'application/geo+json': { schema: ANY_OBJECT },
          },
        },
      ),
      '/api/events/{id}': read(
        'one event with every mention (sentence, trigger, document)',
        null,
        {
          description: '{event, mentions}',
          content: jsonContent(ANY_OBJECT),
        },
        true,
      ),
      '/api/documents/{id}': read(
        'a document: text, the events it tells with offsets, story, quote chains',
        null,
        {
          description: '{document, mentions, provenance, quotes}',
          content: jsonContent(ANY_OBJECT),
        },
        true,
      ),
      '/api/documents': {
        post: {
          summary: 'ingest one record, as a line of a JSON Lines file (idempotent)',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: jsonContent(DocumentBody) },
          responses: {
            200: { description: 'already stored', content: jsonContent(IngestResult) },
            201: { description: 'stored and coded', content: jsonContent(IngestResult) },
            400: error('the record is invalid; the message names the field'),
            401: error('no or wrong bearer token'),
            403: error('writes are off (the server has no token)'),
            413: error('the body is over the size cap'),
            415: error('the body is not application/json'),
          },
        },
      },
      '/api/stories': read('copies grouped into stories with their likely original', StoriesQuery, {
        description: '{stories}',
        content: jsonContent(ANY_OBJECT),
      }),
      '/api/quotes': read('quotes with their speaker and relays', QuotesQuery, {
        description: '{quotes}',
        content: jsonContent(ANY_OBJECT),
      }),
      '/api/series': read(
        'events per day, week or month of a dyad, actor or region (all events by default)',
        SeriesQuery,
        {
          description:
            '{subject, by, from, to, series: [{subject, date, events, conflict, cooperation, intensity}], counts}',
          content: jsonContent(ANY_OBJECT),
        },
      ),
      '/api/spikes': read(
        "days above a subject's own baseline (dyads' events and hostility, regions' counts)",
        SpikesQuery,
        {
          description:
            '{from, to, spikes: [{subject, kind, date, value, baseline, p, events}], total, tested}: `limit` of `total` spikes, each with up to `evidence` event ids',
          content: jsonContent(ANY_OBJECT),
        },
      ),
      '/api/positions': read('demands and the replies that answer them', PositionsQuery, {
        description:
          '{from, to, limit, positions: [{id, date, source, target, demand, events, replies, status}]}: the latest `limit` demands of the range',
        content: jsonContent(ANY_OBJECT),
      }),
      '/api/brief': read(
        "the day's brief: sections of claims, each with the ids of its events",
        BriefQuery,
        {
          description:
            '{date, days, period, previous, sections: [{title, empty, note, claims: [{text, events}]}], evidence}',
          content: jsonContent(ANY_OBJECT),
        },
      ),
      '/api/overview': read(
        'the dashboard numbers: events per day, dyads both ways, regions, map points',
        OverviewQuery,
        {
          description: '{events, complete, days, dyads, regions, points, types}',
          content: jsonContent(ANY_OBJECT),
        },
      ),
    },
  };
}

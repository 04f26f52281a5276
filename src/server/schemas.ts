// The request and response shapes of the HTTP API, as zod schemas: the same objects validate
// requests and generate /api/openapi.json, so the description cannot drift from the checks.
import { z } from 'zod';
import { PLOVER_TYPES } from '../records.js';
import { decodeCursor } from './cursor.js';

/** Longest value any query parameter may have (text search included): caps query sizes. */
export const MAX_PARAM_CHARS = 200;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    // Date.parse rolls 2022-02-30 over to March: compare the round trip.
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, 'not a real date');

/** Root codes: letters, digits, `_` (USA, NATO, G7); never SQL or markup. */
const actorCode = z
  .string()
  .regex(/^[A-Za-z0-9_]{1,16}$/, 'expected an actor code such as RUS or NATO');

const plover = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(PLOVER_TYPES, { message: `expected one of ${PLOVER_TYPES.join(', ')}` }));

const count = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(max));

/** A whole number from 0 to `max` (0 asks for none). */
const amount = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));

export const EVENT_FORMATS = ['json', 'jsonl', 'csv', 'geojson'] as const;

/** Largest page `/api/events` serves; exports (`format=`) stream the whole filtered set. */
export const MAX_PAGE = 1000;

/** The filters shared by the event list, its exports and the overview. */
const criteria = {
  from: day.optional().describe('events on or after this day'),
  to: day.optional().describe('events on or before this day'),
  actor: actorCode.optional().describe('source or target root code'),
  dyad: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,16}-[A-Za-z0-9_]{1,16}$/, 'expected SOURCE-TARGET, e.g. RUS-UKR')
    .optional()
    .describe('source and target, in that direction: RUS-UKR'),
  type: plover.optional().describe('PLOVER type'),
  region: z
    .string()
    .min(1)
    .max(MAX_PARAM_CHARS)
    .optional()
    .describe('place name or admin-1 region (oblast), or the region a count is for'),
  q: z
    .string()
    .min(1)
    .max(MAX_PARAM_CHARS)
    .optional()
    .describe('words the evidence sentence contains (case and accents ignored)'),
  outlet: z.string().min(1).max(MAX_PARAM_CHARS).optional().describe('reported by this outlet'),
};

const datesInOrder = (q: { from?: string; to?: string }): boolean =>
  !(q.from && q.to && q.from > q.to);
const DATES_IN_ORDER = { message: '"from" is after "to"', path: ['from'] };

export const EventQuery = z
  .strictObject({
    ...criteria,
    limit: count(MAX_PAGE).optional().describe(`page size (default 100, at most ${MAX_PAGE})`),
    cursor: z
      .string()
      .max(200)
      .transform((value, ctx) => {
        const key = decodeCursor(value);
        if (key === null) {
          ctx.addIssue({ code: 'custom', message: 'expected the `next` value of an earlier page' });
          return z.NEVER;
        }
        return key;
      })
      .optional()
      .describe('the `next` value of the previous page (opaque)'),
    format: z
      .enum(EVENT_FORMATS)
      .optional()
      .describe('export the whole filtered set (or `limit` events) in this format'),
  })
  .refine(datesInOrder, DATES_IN_ORDER);
export type EventQuery = z.infer<typeof EventQuery>;

export const OverviewQuery = z.strictObject(criteria).refine(datesInOrder, DATES_IN_ORDER);
export type OverviewQuery = z.infer<typeof OverviewQuery>;

export const StoriesQuery = z.strictObject({
  min_size: count(1000).optional().describe('stories of at least this many documents'),
});

export const QuotesQuery = z.strictObject({
  doc: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a document id')
    .optional(),
  limit: count(MAX_PAGE).optional(),
});

export const IdParam = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of letters and digits'),
});

/** `POST /api/documents`: one ingest record, as a line of a JSON Lines file. */
export const DocumentBody = z.looseObject({
  url: z.string().nullish(),
  title: z.string().nullish(),
  source: z.string().nullish().describe('outlet'),
  published: z.string().nullish().describe('a date (YYYY-MM-DD or a full timestamp)'),
  text: z.string().nullish().describe('plain text; this or `html` is required'),
  html: z.string().nullish().describe('a page whose main text is extracted'),
});

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const IngestResult = z.object({
  id: z.string(),
  created: z.boolean().describe('false when the document was stored already (idempotent)'),
  mentions: z.number().int().describe('events the document tells'),
  events: z.number().int().describe('of them new (the rest merged into stored events)'),
});

const place = z
  .object({
    name: z.string(),
    admin1: z.string(),
    country: z.string(),
    lat: z.number(),
    lon: z.number(),
  })
  .nullable();

const sourceRef = z.object({
  doc: z.string(),
  source: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
});

/** The event record (Contracts: `spiral events --format jsonl`), for the description only. */
export const EventOut = z.looseObject({
  id: z.string(),
  date: z.string().nullable(),
  source: z.string(),
  source_sector: z.string(),
  target: z.string(),
  target_sector: z.string(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string(),
  cameo: z.string(),
  intensity: z.number(),
  negated: z.boolean(),
  conditional: z.boolean(),
  future: z.boolean(),
  claimed: z.boolean(),
  place,
  quantities: z.array(
    z.object({ count: z.number(), unit: z.string(), region: z.string(), period: z.string() }),
  ),
  evidence: z.object({
    doc: z.string(),
    sentence: z.number(),
    start: z.number(),
    end: z.number(),
    text: z.string(),
  }),
  sources: z.array(sourceRef),
  mentions: z.number(),
});

export const EventPage = z.object({
  events: z.array(EventOut),
  next: z.string().nullable().describe('cursor of the next page, null on the last'),
});

export const BUCKETS = ['day', 'week', 'month'] as const;

const subjectFields = {
  dyad: criteria.dyad,
  actor: criteria.actor,
  region: criteria.region,
};

export const SeriesQuery = z
  .strictObject({
    ...subjectFields,
    by: z.enum(BUCKETS).optional().describe('bucket size (default day)'),
    from: criteria.from,
    to: criteria.to,
  })
  .refine(datesInOrder, DATES_IN_ORDER)
  .refine((q) => [q.dyad, q.actor, q.region].filter(Boolean).length <= 1, {
    message: 'give one of dyad, actor, region',
    path: ['dyad'],
  });

// A store of 100,000 events has 6,600 spikes and 6,400 demands over its span: the dashboard asks
// for the ones it shows, and a client wanting more says so (the CLI prints every one).
export const DEFAULT_SPIKES = 100;
export const MAX_SPIKES = 10_000;
export const DEFAULT_SPIKE_EVIDENCE = 20;
export const MAX_SPIKE_EVIDENCE = 100;
export const DEFAULT_POSITIONS = 50;
export const MAX_POSITIONS = 1000;

export const SpikesQuery = z
  .strictObject({
    subject: z
      .string()
      .min(1)
      .max(MAX_PARAM_CHARS)
      .optional()
      .describe('one dyad (RUS-USA) or region (Donetsk); default every subject'),
    from: criteria.from,
    to: criteria.to,
    limit: count(MAX_SPIKES)
      .optional()
      .describe(
        `the most significant spikes kept (lowest p first; default ${DEFAULT_SPIKES}, at most ${MAX_SPIKES}), listed by date`,
      ),
    evidence: amount(MAX_SPIKE_EVIDENCE)
      .optional()
      .describe(
        `event ids per spike (default ${DEFAULT_SPIKE_EVIDENCE}, at most ${MAX_SPIKE_EVIDENCE}; 0 for none)`,
      ),
  })
  .refine(datesInOrder, DATES_IN_ORDER);

export const PositionsQuery = z
  .strictObject({
    from: criteria.from,
    to: criteria.to,
    limit: count(MAX_POSITIONS)
      .optional()
      .describe(
        `the latest demands kept, with their replies (default ${DEFAULT_POSITIONS}, at most ${MAX_POSITIONS}), listed by date`,
      ),
  })
  .refine(datesInOrder, DATES_IN_ORDER);

export const BriefQuery = z.strictObject({
  date: day.optional().describe('last day of the brief (default: the last event date)'),
  days: count(366).optional().describe('days the brief covers (default 1)'),
});

// The dashboard's calls to the JSON API (same origin; nothing else is ever fetched).

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const query = params && [...params.keys()].length ? `?${params.toString()}` : '';
  const res = await fetch(`${path}${query}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new ApiFailure(res.status, message);
  }
  return (await res.json()) as T;
}

export interface Place {
  name: string;
  admin1: string;
  country: string;
  lat: number;
  lon: number;
}

export interface SourceRef {
  doc: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
}

export interface EventRecord {
  id: string;
  date: string | null;
  source: string;
  source_sector: string;
  target: string;
  target_sector: string;
  type: string;
  mode: string;
  cameo: string;
  intensity: number;
  negated: boolean;
  conditional: boolean;
  future: boolean;
  claimed: boolean;
  place: Place | null;
  quantities: Array<{ count: number; unit: string; region: string; period: string }>;
  evidence: { doc: string; sentence: number; start: number; end: number; text: string };
  sources: SourceRef[];
  mentions: number;
}

export interface Actor {
  root: string;
  sector: string;
  text: string;
}

export interface MentionDetail {
  id: string;
  event: string;
  date: string | null;
  source: Actor;
  target: Actor;
  type: string;
  negated: boolean;
  evidence: { doc: string; sentence: number; start: number; end: number; text: string };
  trigger: { start: number; end: number; text: string };
  pattern: string;
  document: SourceRef;
}

export interface DocumentMention {
  id: string;
  event: string | null;
  type: string;
  date: string | null;
  source: Actor;
  target: Actor;
  negated: boolean;
  sentence: { index: number; start: number; end: number };
  trigger: { start: number; end: number; text: string };
}

export interface LinkView {
  doc: string;
  title: string | null;
  source: string;
  link: string;
  similarity: number;
  spin: number;
}

export interface DocumentView {
  document: {
    id: string;
    source: string;
    url: string | null;
    title: string | null;
    published: string | null;
    text: string;
  };
  mentions: DocumentMention[];
  provenance: {
    story: string | null;
    original: string | null;
    link: string | null;
    spin: number | null;
    copyOf: LinkView | null;
    copies: LinkView[];
    quotes: Array<{ words: string; chain: string }>;
  } | null;
  quotes: Array<{
    words: string;
    speaker: Actor | null;
    relays: string[];
    start: number;
    end: number;
  }>;
}

export interface Overview {
  events: number;
  /** Always true: the store aggregates every matching event. */
  complete: boolean;
  days: Array<{ date: string; events: number; conflict: number; cooperation: number }>;
  dyads: Array<{
    a: string;
    b: string;
    ab: { conflict: number; cooperation: number };
    ba: { conflict: number; cooperation: number };
    events: number;
  }>;
  regions: Array<{ country: string; admin1: string; lat: number; lon: number; events: number }>;
  points: Array<{
    id: string;
    lat: number;
    lon: number;
    type: string;
    date: string | null;
    place: string;
  }>;
  types: Array<{ type: string; events: number }>;
}

export interface EventPage {
  events: EventRecord[];
  next: string | null;
}

export interface Spike {
  subject: string;
  kind: string;
  unit: string;
  date: string;
  value: number;
  baseline: number;
  p: number;
  events: string[];
}

export interface Brief {
  date: string;
  days: number;
  sections: Array<{
    title: string;
    empty: string;
    note?: string;
    claims: Array<{ text: string; events: string[] }>;
  }>;
}

export interface Position {
  id: string;
  date: string | null;
  source: string;
  target: string;
  demand: string;
  events: string[];
  replies: Array<{ date: string | null; source: string; type: string; event: string }>;
  status: string;
}

// The records that flow through Spiral (see README "Records"). Every stage speaks these types;
// the store's tables and the CLI/API field names follow them.

/** Root actor code: ISO 3166-1 alpha-3 for states (`USA`), a short name for organisations (`NATO`). */
export type ActorCode = string;

/** Sector of an actor: `GOV`, `MIL`, `DIP`, `REB`, `CVL`, `OPP`, `COP`, `LEG`, `JUD`, `MED`, `JRN`, ... or `''`. */
export type Sector = string;

export interface Actor {
  /** Root code, `''` when unknown. */
  root: ActorCode;
  sector: Sector;
  /** The words in the text this actor was resolved from. */
  text: string;
  /** Dictionary entry id (person, state, organisation) when resolved through one. */
  entry?: string;
}

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'jsonl' | 'feed';

/** A document as ingest produces it, before it is stored. */
export interface DocumentInput {
  text: string;
  /** Outlet or source name (`TASS`, `Reuters`, a file's folder name), `''` when unknown. */
  source: string;
  url: string | null;
  title: string | null;
  /** Publication date, `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  /** Where it was read from: a file path, `path#line` for JSONL, `-` for stdin. */
  path: string;
  format: DocumentFormat;
}

/** A stored document. `id` is stable: derived from the content hash. */
export interface DocumentRecord extends DocumentInput {
  id: string;
  /** SHA-256 (hex) of the normalised text, and of the URL when there is one: the document's identity. */
  hash: string;
  /** ISO timestamp of ingestion. */
  ingested: string;
}

export interface Sentence {
  doc: string;
  index: number;
  /** Character offsets into the document text. */
  start: number;
  end: number;
  text: string;
}

export interface Place {
  name: string;
  /** First-level administrative region (oblast, state), `''` when the place is a country. */
  admin1: string;
  /** ISO alpha-3 of the country. */
  country: string;
  lat: number;
  lon: number;
  level: 'country' | 'admin1' | 'city';
}

export interface Quantity {
  count: number;
  unit: string;
  /** Region the count is for, `''` when not stated. */
  region: string;
  /** `current`, `previous`, or a date range `YYYY-MM-DD/YYYY-MM-DD`. */
  period: string;
}

export interface Evidence {
  doc: string;
  sentence: number;
  /** Character offsets of the sentence in the document text. */
  start: number;
  end: number;
  text: string;
}

export interface Modality {
  negated: boolean;
  conditional: boolean;
  future: boolean;
  /** Reported by someone as a claim (accusation, allegation), not asserted as fact by the writer. */
  claimed: boolean;
}

/** One event as told by one sentence of one document. */
export interface Mention extends Modality {
  /** Stable id, derived from document, sentence, type and actors. */
  id: string;
  /** Event date `YYYY-MM-DD`, or null when neither the sentence nor the document gives one. */
  date: string | null;
  source: Actor;
  target: Actor;
  type: PloverType;
  /** PLOVER mode (e.g. `phone` for CONSULT), `''` when none. */
  mode: string;
  cameo: string;
  /** Goldstein-style intensity, -10 (most conflictual) to +10 (most cooperative). */
  intensity: number;
  place: Place | null;
  quantities: Quantity[];
  evidence: Evidence;
  /** Character offsets (in the document) of the words that triggered the event. */
  trigger: { start: number; end: number; text: string };
  /** Pattern id from the verb dictionary, recorded for traceability. */
  pattern: string;
}

/** A direct quote and who said it, with the chain of relays ("TASS quotes the ministry"). */
export interface QuoteRecord {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  words: string;
  speaker: Actor | null;
  /** Outlets or people that relayed the words, nearest to the reader first. */
  relays: string[];
}

/** Source document of an event, as shown with it. */
export interface SourceRef {
  doc: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
}

/** A happening: one or more mentions merged. The shape `spiral events --format jsonl` prints. */
export interface EventRecord extends Modality {
  id: string;
  date: string | null;
  source: ActorCode;
  source_sector: Sector;
  target: ActorCode;
  target_sector: Sector;
  type: PloverType;
  mode: string;
  cameo: string;
  intensity: number;
  place: Place | null;
  quantities: Quantity[];
  evidence: Evidence;
  sources: SourceRef[];
  mentions: number;
  /**
   * A two-sided act (a call, talks) told from both sides: `source` and `target` are the first
   * report's order, and the act is as much the target's.
   */
  symmetric: boolean;
}

// The gazetteer's candidates as columns, and name indexes holding row numbers. Every ingest
// process (and every coding thread) holds the gazetteer for its whole run: as a Candidate object,
// a Place object and a one-element list each, its 41,700 candidates took about 14 MB of heap;
// as columns about 3 MB. A Candidate is made the first time a lookup returns it, and
// kept, so a text pays only for the names it uses.
import type { Place } from '../records.js';
import type { Candidate, CandidateIndex, PlaceKind } from './gazetteer.js';

const KINDS: readonly PlaceKind[] = ['country', 'admin1', 'city', 'region'];
const LEVEL: Record<PlaceKind, Place['level']> = {
  country: 'country',
  admin1: 'admin1',
  city: 'city',
  region: 'admin1',
};

export interface Row {
  name: string;
  admin1: string;
  country: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  rank: number;
  adminId: string;
  explicit: boolean;
}

export class CandidateRows {
  // Strings are shared with the file's own (admin names, ISO codes): a column holds references.
  // Growing arrays while the gazetteer is built; `seal` turns them into exact-size ones.
  private names: string[] = [];
  private admin1s: string[] = [];
  private countries: string[] = [];
  private adminIds: string[] = [];
  private lats: number[] | Float64Array = [];
  private lons: number[] | Float64Array = [];
  private ranks: number[] | Float64Array = [];
  /** Index in KINDS. */
  private kinds: number[] | Uint8Array = [];
  /** 1 when the name says it is a region. */
  private explicits: number[] | Uint8Array = [];
  private sealed = false;
  private readonly made = new Map<number, Candidate>();

  get size(): number {
    return this.names.length;
  }

  add(row: Row): number {
    if (this.sealed) throw new Error('places: a row added after the gazetteer was built');
    this.names.push(row.name);
    this.admin1s.push(row.admin1);
    this.countries.push(row.country);
    this.adminIds.push(row.adminId);
    (this.lats as number[]).push(row.lat);
    (this.lons as number[]).push(row.lon);
    (this.ranks as number[]).push(row.rank);
    (this.kinds as number[]).push(KINDS.indexOf(row.kind));
    (this.explicits as number[]).push(row.explicit ? 1 : 0);
    return this.names.length - 1;
  }

  /** No more rows: the columns become exact-size (typed) arrays. */
  seal(): void {
    this.sealed = true;
    this.names = this.names.slice();
    this.admin1s = this.admin1s.slice();
    this.countries = this.countries.slice();
    this.adminIds = this.adminIds.slice();
    this.lats = Float64Array.from(this.lats);
    this.lons = Float64Array.from(this.lons);
    this.ranks = Float64Array.from(this.ranks);
    this.kinds = Uint8Array.from(this.kinds);
    this.explicits = Uint8Array.from(this.explicits);
  }

  row(id: number): Row {
    return {
      name: this.names[id]!,
      admin1: this.admin1s[id]!,
      country: this.countries[id]!,
      lat: this.lats[id]!,
      lon: this.lons[id]!,
      kind: KINDS[this.kinds[id]!]!,
      rank: this.ranks[id]!,
      adminId: this.adminIds[id]!,
      explicit: this.explicits[id] === 1,
    };
  }

  /** Another row like `id` that says it is a region by its name ("Donetsk Oblast"). */
  explicitCopy(id: number): number {
    return this.add({ ...this.row(id), explicit: true });
  }

  rank(id: number): number {
    return this.ranks[id]!;
  }

  /** A city's shown name, when the alias table renames it (Kiev -> Kyiv). */
  rename(id: number, name: string): void {
    if (this.made.has(id)) throw new Error('places: a candidate renamed after use');
    this.names[id] = name;
  }

  candidate(id: number): Candidate {
    let c = this.made.get(id);
    if (!c) {
      const kind = KINDS[this.kinds[id]!]!;
      // Place fields in the order the records (and their JSON) have always had.
      const place: Place = {
        name: this.names[id]!,
        admin1: this.admin1s[id]!,
        country: this.countries[id]!,
        lat: this.lats[id]!,
        lon: this.lons[id]!,
        level: LEVEL[kind],
      };
      c = {
        place,
        kind,
        rank: this.ranks[id]!,
        adminId: this.adminIds[id]!,
        explicit: this.explicits[id] === 1,
      };
      this.made.set(id, c);
    }
    return c;
  }
}

/** Key -> row numbers (one number alone, the common case, needs no list). */
export class RowIndex implements CandidateIndex {
  private readonly ids = new Map<string, number | number[]>();
  private readonly made = new Map<string, Candidate[]>();

  constructor(private readonly rows: CandidateRows) {}

  /** Adds row `id` under `key` once. */
  add(key: string, id: number): void {
    const old = this.ids.get(key);
    if (old === undefined) this.ids.set(key, id);
    else if (typeof old === 'number') {
      if (old !== id) this.ids.set(key, [old, id]);
    } else if (!old.includes(id)) old.push(id);
  }

  has(key: string): boolean {
    return this.ids.has(key);
  }

  keys(): IterableIterator<string> {
    return this.ids.keys();
  }

  /** Best first: higher rank, then the order added (a stable sort, as the object lists had). */
  sortByRank(): void {
    for (const list of this.ids.values()) {
      if (typeof list !== 'number') list.sort((a, b) => this.rows.rank(b) - this.rows.rank(a));
    }
  }

  get(key: string): Candidate[] | undefined {
    let list = this.made.get(key);
    if (list) return list;
    const ids = this.ids.get(key);
    if (ids === undefined) return undefined;
    list =
      typeof ids === 'number'
        ? [this.rows.candidate(ids)]
        : ids.map((id) => this.rows.candidate(id));
    this.made.set(key, list);
    return list;
  }
}

// The gazetteer's candidates as columns, and name indexes holding row numbers. Every ingest
// process (and every coding thread) holds the gazetteer for its whole run: as a Candidate object,
// a Place object and a one-element list each, its 41,700 candidates took about 14 MB of heap;
// as columns about 3 MB. A Candidate is made the first time a lookup returns it, and
// kept, so a text pays only for the names it uses.
import type { Place } from '../records.js';
import { StringTable } from '../string-table.js';
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

/**
 * Key -> row numbers, best first. Built in a Map (one number alone, the common case, needs no
 * list); `seal` turns it into a string table of the keys and flat lists of rows, which hold the
 * 39,000 names in about 2 MB less.
 */
export class RowIndex implements CandidateIndex {
  private ids: Map<string, number | number[]> | null = new Map();
  private sealed: { keys: StringTable; start: Int32Array; rows: Int32Array } | null = null;
  private readonly made = new Map<string, Candidate[]>();

  constructor(private readonly rows: CandidateRows) {}

  private building(): Map<string, number | number[]> {
    if (!this.ids) throw new Error('places: the name index is sealed');
    return this.ids;
  }

  /** Adds row `id` under `key` once. */
  add(key: string, id: number): void {
    const ids = this.building();
    const old = ids.get(key);
    if (old === undefined) ids.set(key, id);
    else if (typeof old === 'number') {
      if (old !== id) ids.set(key, [old, id]);
    } else if (!old.includes(id)) old.push(id);
  }

  keys(): IterableIterator<string> {
    return this.building().keys();
  }

  /**
   * No more names: each list is sorted best first (higher rank, then the order added, a stable
   * sort as the object lists had), and the index becomes its compact form.
   */
  seal(): void {
    const ids = this.building();
    const keys: string[] = [];
    const start = new Int32Array(ids.size + 1);
    let total = 0;
    for (const [key, list] of ids) {
      start[keys.length] = total;
      keys.push(key);
      total += typeof list === 'number' ? 1 : list.length;
    }
    start[keys.length] = total;
    const rows = new Int32Array(total);
    let at = 0;
    for (const list of ids.values()) {
      if (typeof list === 'number') rows[at++] = list;
      else {
        list.sort((a, b) => this.rows.rank(b) - this.rows.rank(a));
        for (const id of list) rows[at++] = id;
      }
    }
    this.sealed = { keys: StringTable.of(keys), start, rows };
    this.ids = null;
  }

  get(key: string): Candidate[] | undefined {
    let list = this.made.get(key);
    if (list) return list;
    if (!this.sealed) throw new Error('places: the name index is read before it is sealed');
    const { keys, start, rows } = this.sealed;
    const i = keys.indexOf(key);
    if (i < 0) return undefined;
    list = [];
    for (let k = start[i]!; k < start[i + 1]!; k++) list.push(this.rows.candidate(rows[k]!));
    this.made.set(key, list);
    return list;
  }
}

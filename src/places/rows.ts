// The gazetteer's candidates as columns, and name indexes holding row numbers. Every ingest
// process (and every coding thread) holds the gazetteer for its whole run: as a Candidate object,
// a Place object and a one-element list each, its 41,700 candidates took about 14 MB of heap;
// as columns about 3 MB (less with the string columns of few values held as indexes). A Candidate is made the first time a lookup returns it, and
// kept, so a text pays only for the names it uses.
import { base64ToBuffer, bytesToBase64 } from '../build-cache.js';
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

/**
 * A column of few distinct strings (admin-1 names, ISO codes, admin ids: a few thousand values
 * over 41,700 rows): each value held once, and each row's index among them.
 */
class Column {
  private index: Map<string, number> | null = new Map();
  private rows: number[] | Uint32Array = [];

  constructor(private values: string[] = []) {}

  push(value: string): void {
    if (!this.index) throw new Error('places: a column is added to after it was sealed');
    let k = this.index.get(value);
    if (k === undefined) {
      k = this.values.length;
      this.index.set(value, k);
      this.values.push(value);
    }
    (this.rows as number[]).push(k);
  }

  at(row: number): string {
    return this.values[this.rows[row]!]!;
  }

  get length(): number {
    return this.rows.length;
  }

  seal(): void {
    this.index = null;
    this.rows = Uint32Array.from(this.rows);
  }

  toImage(): DistinctColumn | null {
    const values = joined(this.values);
    return values === null ? null : { values, rows: bytesToBase64(Uint32Array.from(this.rows)) };
  }

  static fromImage(image: DistinctColumn): Column {
    const rows = new Uint32Array(base64ToBuffer(image.rows));
    const column = new Column(split(image.values, rows.length));
    column.index = null;
    column.rows = rows;
    for (const k of rows)
      if (k >= column.values.length) throw new Error('places: a gazetteer image with a bad column');
    return column;
  }
}

export class CandidateRows {
  // Growing arrays while the gazetteer is built; `seal` turns them into exact-size ones.
  private names: string[] = [];
  private admin1s = new Column();
  private countries = new Column();
  private adminIds = new Column();
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
    this.admin1s.seal();
    this.countries.seal();
    this.adminIds.seal();
    this.lats = Float64Array.from(this.lats);
    this.lons = Float64Array.from(this.lons);
    this.ranks = Float64Array.from(this.ranks);
    this.kinds = Uint8Array.from(this.kinds);
    this.explicits = Uint8Array.from(this.explicits);
  }

  /** The sealed columns as data (see build-cache.ts); null when a string holds a line break. */
  toImage(): RowsImage | null {
    if (!this.sealed) throw new Error('places: the rows are imaged before they are sealed');
    const names = joined(this.names);
    const admin1s = this.admin1s.toImage();
    const countries = this.countries.toImage();
    const adminIds = this.adminIds.toImage();
    if (names === null || !admin1s || !countries || !adminIds) return null;
    return {
      names,
      admin1s,
      countries,
      adminIds,
      lats: bytesToBase64(this.lats as Float64Array),
      lons: bytesToBase64(this.lons as Float64Array),
      ranks: bytesToBase64(this.ranks as Float64Array),
      kinds: bytesToBase64(this.kinds as Uint8Array),
      explicits: bytesToBase64(this.explicits as Uint8Array),
    };
  }

  static fromImage(image: RowsImage): CandidateRows {
    const rows = new CandidateRows();
    rows.kinds = new Uint8Array(base64ToBuffer(image.kinds));
    rows.names = split(image.names, rows.kinds.length);
    rows.admin1s = Column.fromImage(image.admin1s);
    rows.countries = Column.fromImage(image.countries);
    rows.adminIds = Column.fromImage(image.adminIds);
    rows.lats = new Float64Array(base64ToBuffer(image.lats));
    rows.lons = new Float64Array(base64ToBuffer(image.lons));
    rows.ranks = new Float64Array(base64ToBuffer(image.ranks));
    rows.explicits = new Uint8Array(base64ToBuffer(image.explicits));
    const n = rows.kinds.length;
    const lengths = [rows.names, rows.admin1s, rows.countries, rows.adminIds, rows.lats, rows.lons];
    if ([...lengths, rows.ranks, rows.explicits].some((column) => column.length !== n))
      throw new Error('places: a gazetteer image with uneven columns');
    rows.sealed = true;
    return rows;
  }

  row(id: number): Row {
    return {
      name: this.names[id]!,
      admin1: this.admin1s.at(id),
      country: this.countries.at(id),
      lat: this.lats[id]!,
      lon: this.lons[id]!,
      kind: KINDS[this.kinds[id]!]!,
      rank: this.ranks[id]!,
      adminId: this.adminIds.at(id),
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
        admin1: this.admin1s.at(id),
        country: this.countries.at(id),
        lat: this.lats[id]!,
        lon: this.lons[id]!,
        level: LEVEL[kind],
      };
      c = {
        place,
        kind,
        rank: this.ranks[id]!,
        adminId: this.adminIds.at(id),
        explicit: this.explicits[id] === 1,
      };
      this.made.set(id, c);
    }
    return c;
  }
}

/** A sealed CandidateRows as data: strings joined by line breaks, numbers as bytes in base64. */
export interface RowsImage {
  names: string;
  /** Columns of few distinct values: the values, and each row's index among them. */
  admin1s: DistinctColumn;
  countries: DistinctColumn;
  adminIds: DistinctColumn;
  lats: string;
  lons: string;
  ranks: string;
  kinds: string;
  explicits: string;
}

/** A sealed RowIndex as data: its keys joined by '\n', its list starts and rows in base64. */
export interface IndexImage {
  keys: string;
  start: string;
  rows: string;
}

export interface DistinctColumn {
  values: string;
  /** Uint32 indexes into `values`, base64. */
  rows: string;
}

/** The strings joined by '\n', or null when one holds it. */
export function joined(strings: readonly string[]): string | null {
  return strings.some((s) => s.includes('\n')) ? null : strings.join('\n');
}

/** Splits what `joined` made (an empty string held one string alone, or none). */
function split(text: string, count: number): string[] {
  return count === 0 ? [] : text.split('\n');
}

/**
 * Key -> row numbers, best first. Built in a Map (one number alone, the common case, needs no
 * list); `seal` turns it into a string table of the keys and flat lists of rows, which hold the
 * 39,000 names in about 2 MB less.
 */
export class RowIndex implements CandidateIndex {
  private ids: Map<string, number | number[]> | null = new Map();
  private sealed: {
    keys: StringTable;
    /** The keys joined by '\n' (the table's own text), for the image. */
    text: string;
    start: Int32Array;
    rows: Int32Array;
  } | null = null;
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
    // Keys are placeKeys, which never hold a line break (it is a separator they turn to ' ').
    const text = joined(keys);
    if (text === null) throw new Error('places: a name key holds a line break');
    this.sealed = { keys: StringTable.fromJoined(text), text, start, rows };
    this.ids = null;
  }

  toImage(): IndexImage {
    if (!this.sealed) throw new Error('places: the name index is imaged before it is sealed');
    const { text, start, rows } = this.sealed;
    return { keys: text, start: bytesToBase64(start), rows: bytesToBase64(rows) };
  }

  static fromImage(rows: CandidateRows, image: IndexImage): RowIndex {
    const index = new RowIndex(rows);
    const start = new Int32Array(base64ToBuffer(image.start));
    const keys = StringTable.fromJoined(image.keys);
    if (keys.size !== start.length - 1)
      throw new Error('places: a gazetteer image whose keys and lists disagree');
    index.sealed = {
      keys,
      text: image.keys,
      start,
      rows: new Int32Array(base64ToBuffer(image.rows)),
    };
    index.ids = null;
    return index;
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

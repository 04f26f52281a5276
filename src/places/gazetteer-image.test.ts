// The gazetteer read from its image answers every name as the one built from the files does.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataPath } from '../paths.js';
import { buildGazetteer, loadGazetteer, type Gazetteer } from './gazetteer.js';
import { adminBaseKey, placeKey } from './normalize.js';
import { readGazetteerText } from './read-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spiral-gazetteer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = readFileSync(dataPath('places', 'gazetteer.json'), 'utf8');
const aliasText = readFileSync(dataPath('places', 'aliases.json'), 'utf8');

/** Every name the files hold, and a few that no file does. */
function allNames(): string[] {
  const file = readGazetteerText(text);
  const names = ['Nowhere Sound', 'eastern', ''];
  for (const row of file.countries) names.push(row[1], row[0], ...row[4]);
  for (const row of file.admin1) names.push(row[2], `${row[2]} Oblast`);
  for (const row of file.cities) names.push(row[0], ...(row[7] ? [row[7]] : []));
  const aliases = JSON.parse(aliasText) as Record<string, Array<Record<string, unknown>>>;
  for (const list of Object.values(aliases))
    for (const entry of list)
      for (const value of Object.values(entry))
        if (typeof value === 'string') names.push(value);
        else if (Array.isArray(value)) names.push(...value.filter((v) => typeof v === 'string'));
  return names;
}

function answers(g: Gazetteer, names: string[]) {
  return names.map((name) => {
    const key = placeKey(name);
    const words = key.split(' ');
    return [
      g.names.get(key),
      g.adminBases.get(adminBaseKey(name)),
      g.prefixes.has(words.slice(0, -1).join(' ')),
      g.countryCodes.get(key),
      g.names.get(key)?.map((c) => g.admins.get(c.adminId)),
    ];
  });
}

describe('the gazetteer image', () => {
  it('is written once and read back with every answer the build gives', () => {
    const built = buildGazetteer(readGazetteerText(text), JSON.parse(aliasText));
    const first = loadGazetteer(dir);
    expect(readdirSync(dir)).toEqual(['gazetteer.ts.v8']);
    const stat = readFileSync(path.join(dir, 'gazetteer.ts.v8'));
    const second = loadGazetteer(dir);
    // Read, not written again.
    expect(readFileSync(path.join(dir, 'gazetteer.ts.v8')).equals(stat)).toBe(true);
    const names = allNames();
    const expected = answers(built, names);
    expect(answers(first, names)).toEqual(expected);
    expect(answers(second, names)).toEqual(expected);
    expect(second.maxWords).toBe(built.maxWords);
    expect([...second.countryCodes]).toEqual([...built.countryCodes]);
  });
});

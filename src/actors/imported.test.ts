// The imported actor file: people built the first time their names appear, errors by line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../paths.js';
import {
  ActorDataError,
  addPending,
  buildActorDictionary,
  DEFAULT_ACTOR_FILES,
  loadActorDictionary,
  readImportedActors,
} from './dictionary.js';
import { findActors } from './match.js';
import { actorFileSchema } from './schema.js';

function tempFile(content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spiral-imported-'));
  const file = path.join(dir, 'people.imported.jsonl');
  writeFileSync(file, content);
  return file;
}

const BASE = {
  file: 'base.json',
  data: actorFileSchema.parse({ states: [{ code: 'RUR', name: 'Ruritania' }] }),
};
const office =
  '{"root":"RUR","sector":"GOV","title":"official","start":"1990-01-01","end":"1995-01-01"}';

describe('imported actors', () => {
  it('builds a person when a text first names them, by the document date', () => {
    const file = tempFile(
      `# attribution\n{"people":[{"id":"p-flavia","name":"Flavia Elphberg","offices":[${office}]}]}\n`,
    );
    const imported = readImportedActors(file);
    const dict = buildActorDictionary([BASE, ...imported.files]);
    addPending(dict, imported.people);
    expect(dict.people.has('p-flavia')).toBe(false);
    const [span] = findActors(dict, 'Flavia Elphberg resigned.', '1992-05-01');
    expect(span?.actor).toMatchObject({ root: 'RUR', sector: 'GOV' });
    expect(dict.people.has('p-flavia')).toBe(true);
    expect(findActors(dict, 'Flavia Elphberg resigned.', '2001-05-01')[0]?.actor.sector).toBe('');
  });

  it('names the file and line of a bad person line when it is built', () => {
    const file = tempFile(
      `# a\n\n{"people":[{"id":"BAD ID","name":"Flavia Elphberg","offices":[${office}]}]}\n`,
    );
    const imported = readImportedActors(file);
    const dict = buildActorDictionary([BASE]);
    addPending(dict, imported.people);
    expect(() => findActors(dict, 'Flavia Elphberg spoke.', null)).toThrow(ActorDataError);
    const dict2 = buildActorDictionary([BASE]);
    addPending(dict2, readImportedActors(file).people);
    expect(() => findActors(dict2, 'Flavia Elphberg spoke.', null)).toThrow(
      new RegExp(`${file}:3: people\\[0\\]\\.id`),
    );
  });

  it('knows people of other decades the hand-kept files lack, and leaves them out on request', () => {
    const text = 'Lt. Gen. Prosper Avril resigned.';
    expect(findActors(loadActorDictionary(), text, null)[0]?.actor.root).toBe('HTI');
    expect(findActors(loadActorDictionary([], { imported: false }), text, null)).toEqual([]);
  });

  it('the shipped file: every line passes the schema, no tenure from 2019, no hand-kept name', () => {
    const file = dataPath('actors', 'phoenix.imported.jsonl');
    // Every hand-kept file the dictionary loads: the converter once read only people.json and
    // let 174 people of people-world.json through twice.
    const handKept = new Set(
      DEFAULT_ACTOR_FILES.flatMap(
        (f) =>
          (
            JSON.parse(readFileSync(dataPath('actors', f), 'utf8')) as {
              people?: { name: string }[];
            }
          ).people ?? [],
      ).map((p) => p.name.toLowerCase()),
    );
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(10_000);
    for (const line of lines) {
      const data = actorFileSchema.parse(JSON.parse(line));
      for (const p of data.people ?? []) {
        expect(p.id.startsWith('phoenix-')).toBe(true);
        expect(handKept.has(p.name.toLowerCase())).toBe(false);
        for (const o of p.offices) expect(o.end !== null && o.end <= '2019-01-01').toBe(true);
      }
    }
  });
});

// The Phoenix actor dictionary converter on invented entries in its format.
import { describe, expect, it } from 'vitest';
import { convertPhoenixActors, displayName, parsePhoenixActors, rootOf } from './phoenix.js';
import { actorFileSchema, type ActorFile } from './schema.js';

const HAND_KEPT: ActorFile = actorFileSchema.parse({
  states: [
    { code: 'RUR', name: 'Ruritania' },
    { code: 'BOR', name: 'Borduria' },
    { code: 'ROU', name: 'Romania' },
  ],
  organisations: [{ code: 'UN', name: 'United Nations' }],
  people: [
    {
      id: 'rudolf-rassendyll',
      name: 'Rudolf Rassendyll',
      offices: [{ root: 'RUR', sector: 'GOV', title: 'king', start: '2019-03-01', end: null }],
    },
  ],
});

const COUNTRIES = `# comment
RURITANIA_  [RUR]
+STRELSAU_

FLAVIA_DE_STRELSAU_  # CountryInfo.txt
\t[RURELI 500101-880101]
\t[RURGOV 880101-960101]
\t[RURGOV > 050301]
\t[RURELI]
MICHAEL_ELPHBERG_  # CountryInfo.txt
\t[RURGOVLAB 030101-030131]
\t[RURGOVLAB 030201-030228]
\t[RURMIL 20040101-20050101]
RUDOLF_RASSENDYLL_  # hand-kept already
\t[RURGOV 990101-010101]
HENTZAU_
\t[RURGOV 990101-010101]
BAD_DATE_PERSON_
\t[RURGOV 2004017-20061201]
ION_POPESCU_
\t[ROMGOV 900101-920101]
`;

const INTERNATIONAL = `KOFI_ZENDA_
+SECRETARY-GENERAL_KOFI_ZENDA
\t[IGOUNO 970101-061231]
\t[ELI]
WORLD_RELIEF_COMMISSION_ [IGOUNODEV]
`;

const ARMED = `BORDURIAN_LIBERATION_FRONT_ [BORREB] # kkl
+BLF_FIGHTERS_
STRANGE_ANARCHIST_CELLS_ [XXXREB]
`;

describe('Phoenix actors', () => {
  const out = convertPhoenixActors(
    [
      { file: 'countries.txt', text: COUNTRIES },
      { file: 'intl.txt', text: INTERNATIONAL },
      { file: 'armed.txt', text: ARMED },
    ],
    [HAND_KEPT],
  );
  const person = (name: string) => out.people.find((p) => p.name === name);

  it('reads records of names, synonyms and dated codes', () => {
    const records = parsePhoenixActors(COUNTRIES, 'countries.txt');
    expect(records[0]!.names).toEqual(['RURITANIA_', 'STRELSAU_']);
    expect(records[1]!.restrictions[2]).toEqual({ code: 'RURGOV', start: '2005-03-01', end: null });
  });

  it('keeps dated offices with sectors, cut at 2019, and merges monthly rows', () => {
    expect(person('Flavia de Strelsau')?.offices).toEqual([
      { root: 'RUR', sector: 'GOV', title: 'official', start: '1988-01-01', end: '1996-01-01' },
      { root: 'RUR', sector: 'GOV', title: 'official', start: '2005-03-01', end: '2019-01-01' },
    ]);
    expect(person('Michael Elphberg')?.offices.map((o) => [o.sector, o.start, o.end])).toEqual([
      ['GOV', '2003-01-01', '2003-02-28'],
      ['MIL', '2004-01-01', '2005-01-01'],
    ]);
    // The longest office with a sector answers for an undated document.
    expect(person('Flavia de Strelsau')?.primary).toBe(1);
    expect(person('Ion Popescu')?.offices[0]?.root).toBe('ROU'); // Phoenix ROM is ISO ROU
    expect(person('Kofi Zenda')?.match).toEqual(['Secretary-General Kofi Zenda']);
    expect(person('Kofi Zenda')?.offices[0]?.root).toBe('UN');
  });

  it('leaves out hand-kept names, one-word names and unreadable dates', () => {
    expect(person('Rudolf Rassendyll')).toBeUndefined();
    expect(out.people.some((p) => p.name === 'Hentzau')).toBe(false);
    expect(person('Bad Date Person')).toBeUndefined();
  });

  it('makes armed groups and agencies bodies of a known root', () => {
    expect(out.states.find((s) => s.code === 'BOR')?.bodies).toEqual([
      { forms: ['Bordurian Liberation Front', 'Blf Fighters'], sector: 'REB' },
    ]);
    expect(out.organisations[0]?.bodies[0]?.forms).toEqual(['World Relief Commission']);
    expect(JSON.stringify(out)).not.toContain('Strange Anarchist');
  });

  it('writes entries the actor schema accepts', () => {
    for (const p of out.people) expect(() => actorFileSchema.parse({ people: [p] })).not.toThrow();
    expect(() => actorFileSchema.parse({ states: out.states })).not.toThrow();
  });

  it('reads codes and names', () => {
    expect(rootOf('IGOWSTNAT', { states: new Set(), organisations: new Set(['NATO']) })).toEqual({
      root: 'NATO',
      sector: '',
    });
    expect(displayName('JOSE_EDUARDO_DOS_SANTOS_')).toBe('Jose Eduardo dos Santos');
  });
});

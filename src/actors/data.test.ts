import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../paths.js';
import { DEFAULT_ACTOR_FILES } from './dictionary.js';
import { ActorDataError, findActors, loadActorDictionary, readActorFile } from './index.js';

// The 193 UN member states (ISO alpha-3), written out so a lost entry in states.json shows up here.
const UN_MEMBERS =
  `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV
GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR
ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS
MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR
TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE`.split(
    /\s+/,
  );

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spiral-actors-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('actor data files', () => {
  it.each(DEFAULT_ACTOR_FILES)('%s passes the schema', (name) => {
    expect(() => readActorFile(dataPath('actors', name))).not.toThrow();
  });

  it('lists every UN member state plus Kosovo, Palestine, Taiwan, the Vatican and Western Sahara', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    const dict = loadActorDictionary();
    // Western Sahara (ESH): the Polisario's rebels are coded to it, as the gold codes them.
    for (const code of [...UN_MEMBERS, 'XKX', 'PSE', 'TWN', 'VAT', 'ESH'])
      expect(dict.states.has(code), code).toBe(true);
    expect(dict.states.size).toBe(198);
  });

  it('has the required organisation codes', () => {
    const dict = loadActorDictionary();
    const required =
      'UN EU NATO OSCE IAEA AU ASEAN APEC ICRC ILO IMF WHO WTO ICC LAS CSTO SCO G7 G20 OPEC'.split(
        ' ',
      );
    for (const code of required) expect(dict.organisations.has(code), code).toBe(true);
  });

  it('gives every person at least one office and dates in order', () => {
    const dict = loadActorDictionary();
    expect(dict.people.size).toBeGreaterThan(150);
    for (const p of dict.people.values()) {
      for (const o of p.offices) if (o.end !== null) expect(o.start <= o.end, p.id).toBe(true);
    }
  });

  it('every state name, capital and alias resolves to its own state', () => {
    const dict = loadActorDictionary();
    for (const s of dict.states.values()) {
      for (const form of [s.name, ...s.capitals]) {
        const spans = findActors(dict, `${form} said.`, null);
        expect(spans[0]?.actor.root, `${form}`).toBe(s.code);
      }
    }
  });
});

describe('user actor files', () => {
  it('extends the built-in dictionary', () => {
    const file = tempFile(
      'mine.json',
      JSON.stringify({
        states: [{ code: 'UKR', name: 'Ukraine', capitals: ['Kyyiv'] }],
        people: [
          {
            id: 'ivan-testenko',
            name: 'Ivan Testenko',
            match: ['Testenko'],
            offices: [
              { root: 'UKR', sector: 'MIL', title: 'commander', start: '2020-01-01', end: null },
            ],
          },
        ],
      }),
    );
    const dict = loadActorDictionary([file]);
    expect(findActors(dict, 'Testenko said', '2022-01-01')[0]?.actor).toMatchObject({
      root: 'UKR',
      sector: 'MIL',
    });
    expect(findActors(dict, 'Kyyiv said', null)[0]?.actor.root).toBe('UKR');
    expect(findActors(dict, 'Kyiv said', null)[0]?.actor.root).toBe('UKR');
  });

  it.each([
    ['{ "states": [', 'ACTOR_DATA_JSON', /invalid JSON/],
    [
      '{ "people": [{ "id": "x", "name": "X", "offices": [] }] }',
      'ACTOR_DATA_INVALID',
      /people\[0\]\.offices/,
    ],
    [
      '{ "people": [{ "id": "x", "name": "X", "offices": [{ "root": "USA", "sector": "GOV", "title": "t", "start": "2020-1-1", "end": null }] }] }',
      'ACTOR_DATA_INVALID',
      /people\[0\]\.offices\[0\]\.start: expected a date YYYY-MM-DD/,
    ],
    [
      '{ "people": [{ "id": "x", "name": "X", "offices": [{ "root": "ZZZ", "sector": "GOV", "title": "t", "start": "2020-01-01", "end": null }] }] }',
      'ACTOR_DATA_UNKNOWN_ROOT',
      /people\[0\]\.offices\[0\]\.root: unknown/,
    ],
    ['{ "states": [{ "code": "usa", "name": "X" }] }', 'ACTOR_DATA_INVALID', /states\[0\]\.code/],
    ['{ "colours": [] }', 'ACTOR_DATA_INVALID', /.*/],
  ])('rejects %s with %s', (content, errorCode, message) => {
    const file = tempFile('bad.json', content);
    try {
      loadActorDictionary([file]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ActorDataError);
      expect((err as ActorDataError).code).toBe(errorCode);
      expect((err as ActorDataError).message).toContain(file);
      expect((err as ActorDataError).message).toMatch(message);
      expect((err as ActorDataError).message).not.toContain('\n');
    }
  });

  it('reports a missing file', () => {
    expect(() => loadActorDictionary(['/nonexistent/actors.json'])).toThrow(
      expect.objectContaining({ code: 'ACTOR_DATA_MISSING' }),
    );
  });
});

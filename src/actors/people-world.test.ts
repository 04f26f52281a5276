// The world's office holders since 2015 (people-world.json): the file keeps to its class (no one the
// hand-kept people.json already has, no common given name or surname as a bare form), and invented
// sentences from several regions code to the right roots and sectors on dates inside and outside
// the terms of office.
import { describe, expect, it } from 'vitest';
import { createCoder } from '../coding/index.js';
import { dataPath } from '../paths.js';
import { findActors, loadActorDictionary, readActorFile } from './index.js';

const world = readActorFile(dataPath('actors', 'people-world.json')).people ?? [];
const handKept = readActorFile(dataPath('actors', 'people.json')).people ?? [];

// Names borne by too many people to stand alone for one of them.
const COMMON = new Set(
  `khan kim lee park moon ahmed ahmad ali mohammed mohamed muhammad hassan hussein abdullah sharif
  singh nguyen wang li zhang chen hasan omar ibrahim saleh salah mustafa abbas rodriguez fernandez
  gonzalez lopez garcia martinez sanchez perez santos silva castro morales ortega traore diop
  keita camara sall kabore maiga diallo`.split(/\s+/),
);

describe('people-world.json', () => {
  it('has the class it claims: hundreds of people, none of them hand-kept already', () => {
    expect(world.length).toBeGreaterThan(700);
    const ids = new Set(handKept.map((p) => p.id));
    const names = new Set(handKept.map((p) => p.name.toLowerCase()));
    for (const p of world) {
      expect(ids.has(p.id), p.id).toBe(false);
      expect(names.has(p.name.toLowerCase()), p.name).toBe(false);
    }
  });

  it('lists only people in office on some day since 2014', () => {
    for (const p of world)
      expect(
        p.offices.some((o) => o.end === null || o.end >= '2014-01-01'),
        p.id,
      ).toBe(true);
  });

  it('never matches a common name alone (such names are weak: only after a title)', () => {
    for (const p of world)
      for (const form of p.match)
        expect(COMMON.has(form.toLowerCase()), `${p.id}: ${form}`).toBe(false);
  });
});

describe('coding officials of other countries', () => {
  const coder = createCoder();
  const code = (text: string, published: string) =>
    coder
      .code({ id: 'dworld', text, published })
      .mentions.map((m) =>
        `${m.source.root} ${m.source.sector} ${m.type} ${m.target.root} ${m.target.sector}`.trim(),
      );

  it.each([
    // heads of state and government meeting one another
    ['Burhan met Abiy in Addis Ababa on Tuesday.', '2019-06-02', 'SDN GOV CONSULT ETH GOV'],
    ['Ruto met Museveni in Kampala.', '2019-06-10', 'KEN GOV CONSULT UGA GOV'],
    ['Mnangagwa hosted Ramaphosa in Harare.', '2022-07-01', 'ZWE GOV CONSULT ZAF GOV'],
    ['Prabowo met Penny Wong in Jakarta on Monday.', '2022-09-05', 'IDN GOV CONSULT AUS GOV'],
    ['Min Aung Hlaing met Wang Yi.', '2021-02-10', 'MMR GOV CONSULT CHN GOV'],
    // a defence minister and an army chief against a neighbour
    [
      'Khawaja Asif accused India of shelling villages along the frontier.',
      '2024-05-14',
      'PAK GOV ACCUSE IND',
    ],
    ['Asim Munir warned India against any further strikes.', '2025-05-08', 'PAK MIL THREATEN IND'],
    // armed-group leaders
    [
      'Abdul-Malik al-Houthi threatened to strike American warships in the Red Sea.',
      '2023-12-20',
      'YEM REB THREATEN USA MIL',
    ],
    ['Hemedti accused Burhan of bombing the capital.', '2023-06-01', 'SDN REB ACCUSE SDN GOV'],
    ['Tchiani warned ECOWAS against intervention.', '2023-08-01', 'NER GOV THREATEN ECOWAS'],
    // an opposition leader before taking office
    ['Tshisekedi accused Kabila of rigging the vote.', '2018-05-01', 'COD OPP ACCUSE COD GOV'],
  ])('%s (%s)', (text, date, event) => {
    expect(code(text, date)).toContain(event);
  });
});

describe('offices chosen by the date of the document', () => {
  const dict = loadActorDictionary();
  const person = (text: string, date: string | null) =>
    findActors(dict, text, date)
      .filter((s) => s.kind === 'person')
      .map((s) => `${s.text} ${s.actor.root}/${s.actor.sector} ${s.title ?? ''}`.trim());

  it('follows one person through offices and sides', () => {
    expect(person('Hemedti spoke.', '2016-05-01')).toEqual([
      'Hemedti SDN/MIL Rapid Support Forces commander',
    ]);
    expect(person('Hemedti spoke.', '2021-05-01')).toEqual([
      'Hemedti SDN/GOV deputy head of the Sovereignty Council',
    ]);
    expect(person('Hemedti spoke.', '2024-12-01')).toEqual([
      'Hemedti SDN/REB Rapid Support Forces commander',
    ]);
    expect(person('Ahmed al-Sharaa spoke.', '2020-01-01')).toEqual([
      'Ahmed al-Sharaa SYR/REB Hayat Tahrir al-Sham leader',
    ]);
    expect(person('Ahmed al-Sharaa spoke.', '2025-06-01')).toEqual([
      'Ahmed al-Sharaa SYR/GOV president',
    ]);
  });

  it('gives an undated text the best-known office', () => {
    expect(person('Burhan spoke.', null)).toEqual([
      'Burhan SDN/GOV head of the Sovereignty Council',
    ]);
    expect(person('Haniyeh spoke.', null)).toEqual(['Haniyeh PSE/REB Hamas political chief']);
  });

  it('tells people sharing a surname apart by who held office that day', () => {
    expect(person('Aoun spoke.', '2019-03-01')).toEqual(['Aoun LBN/GOV president']);
    expect(person('Aoun spoke.', '2024-03-01')).toEqual(['Aoun LBN/MIL army commander']);
  });

  it('gives a former holder the root of their office and no sector', () => {
    expect(person('Duque spoke.', '2024-01-01')).toEqual(['Duque COL/ president']);
    expect(person('Ghani spoke.', '2023-01-01')).toEqual(['Ghani AFG/ president']);
  });

  it('never reads a place or institution named after one of them as that person', () => {
    expect(person('Rockets hit Sadr City; Sadr called for calm.', '2020-01-01')).toEqual([
      'Sadr IRQ/ Shiite cleric',
    ]);
  });

  it('keeps a weak surname to the title before it', () => {
    expect(person('Traore spoke.', '2023-01-01')).toEqual([]);
    expect(person('President Traore spoke.', '2023-01-01').join()).toContain('BFA/GOV');
  });
});

import { describe, expect, it } from 'vitest';
import { findPlaces, lookupPlace } from './index.js';

const found = (text: string, contextual = true) =>
  findPlaces(text, { contextual }).map((s) => [
    s.text,
    s.place.name,
    s.place.level,
    s.place.country,
  ]);

describe('findPlaces', () => {
  it('reads a dateline and a preposition', () => {
    const spans = findPlaces('KYIV, Feb 2 (Reuters) - Shelling was reported near Avdiivka.');
    expect(spans.map((s) => [s.start, s.end, s.text, s.place.name])).toEqual([
      [0, 4, 'KYIV', 'Kyiv'],
      [51, 59, 'Avdiivka', 'Avdiivka'],
    ]);
    expect(spans[1]!.place).toMatchObject({
      admin1: 'Donetsk Oblast',
      country: 'UKR',
      level: 'city',
    });
  });

  it('takes a place straight after a verb of attack or capture, in any form (eighth round)', () => {
    expect(found('Warplanes pounded the Gaza Strip overnight.')).toEqual([
      ['Gaza Strip', 'Gaza Strip', 'admin1', 'PSE'],
    ]);
    expect(found('Paramilitaries stormed El Fasher on Friday.')).toEqual([
      ['El Fasher', 'El Fasher', 'city', 'SDN'],
    ]);
    expect(found('Jets were hammering Sanaa when the truce collapsed.')).toEqual([
      ['Sanaa', 'Sanaa', 'city', 'YEM'],
    ]);
    // A country after such a verb is still the one attacked, not a place.
    expect(found('Russian forces invaded Ukraine.')).toEqual([]);
    // A name after an unrelated verb is not taken.
    expect(found('The envoy praised Sanaa for its restraint.')).toEqual([]);
  });

  it('takes a compass word before a name as a part of it, a country too (eighth round)', () => {
    expect(found('Gunmen struck northwest Nigeria on Sunday.')).toEqual([
      ['Nigeria', 'Nigeria', 'country', 'NGA'],
    ]);
    expect(found('Jihadists attacked central Mali and northern Burkina Faso.')).toEqual([
      ['Mali', 'Mali', 'country', 'MLI'],
      ['Burkina Faso', 'Burkina Faso', 'country', 'BFA'],
    ]);
    // Capitalised, the word is part of a state's name, which is an actor.
    expect(found('North Korea fired a missile.')).toEqual([]);
  });

  it('knows crisis regions by the names the news uses, without a type word (ninth round)', () => {
    expect(found('Aid reached camps in Darfur.')).toEqual([['Darfur', 'Darfur', 'admin1', 'SDN']]);
    expect(found('Shelling was reported in Western Darfur.')).toEqual([
      ['Western Darfur', 'West Darfur', 'admin1', 'SDN'],
    ]);
    expect(found('Insurgents attacked a village in Cabo Delgado.')).toEqual([
      ['Cabo Delgado', 'Cabo Delgado', 'admin1', 'MOZ'],
    ]);
  });

  it('knows the English press spellings of crisis towns GeoNames spells otherwise (ninth round)', () => {
    expect(found('Rockets fell on Kiryat Shmona.')).toEqual([
      ['Kiryat Shmona', 'Kiryat Shmona', 'city', 'ISR'],
    ]);
    expect(found('Troops entered Mekelle on Friday.')).toEqual([
      ['Mekelle', 'Mekelle', 'city', 'ETH'],
    ]);
    expect(found('Shelling was reported in Stepanakert.')).toEqual([
      ['Stepanakert', 'Khankendi', 'city', 'AZE'],
    ]);
  });

  it('knows the press spellings of West Bank, Gaza, Syrian, Somali and Sudanese seats (tenth round)', () => {
    expect(found('Israeli troops raided Jenin and Tulkarem.')).toEqual([
      ['Jenin', 'Jenin', 'city', 'PSE'],
      ['Tulkarem', 'Tulkarem', 'city', 'PSE'],
    ]);
    expect(found('Shelling hit Deir el-Balah on Monday.')).toEqual([
      ['Deir el-Balah', 'Deir al-Balah', 'city', 'PSE'],
    ]);
    expect(found('Fighters attacked Qamishli.')).toEqual([['Qamishli', 'Qamishli', 'city', 'SYR']]);
    expect(found('Troops left Galkayo.')).toEqual([['Galkayo', 'Galkayo', 'city', 'SOM']]);
    expect(found('Militias looted homes in El Geneina.')).toEqual([
      ['El Geneina', 'El Geneina', 'city', 'SDN'],
    ]);
  });

  it('a name several countries share is the place beside another of its country (tenth round)', () => {
    expect(found('Roads were blocked in Beirut and Tripoli on Sunday.')).toEqual([
      ['Beirut', 'Beirut', 'city', 'LBN'],
      ['Tripoli', 'Tripoli', 'city', 'LBN'],
    ]);
    expect(found('Roads were blocked in Tripoli and Benghazi.')).toEqual([
      ['Tripoli', 'Tripoli', 'city', 'LBY'],
      ['Benghazi', 'Benghazi', 'city', 'LBY'],
    ]);
  });

  it('"the Red Sea" is water, not a region of Egypt or Sudan (ninth round)', () => {
    expect(found('Rebels seized a ship in the Red Sea.')).toEqual([]);
    expect(found('Fighting reached Port Sudan in Red Sea state.')).toContainEqual([
      'Port Sudan',
      'Port Sudan',
      'city',
      'SDN',
    ]);
  });

  it('tells Donetsk and Luhansk cities from their oblasts', () => {
    expect(found('Explosions were heard in Donetsk.')).toEqual([
      ['Donetsk', 'Donetsk', 'city', 'UKR'],
    ]);
    expect(found('Explosions were heard in Donetsk region.')).toEqual([
      ['Donetsk region', 'Donetsk Oblast', 'admin1', 'UKR'],
    ]);
    expect(found('Shelling in the Luhansk oblast and in the city of Luhansk.')).toEqual([
      ['Luhansk oblast', 'Luhansk Oblast', 'admin1', 'UKR'],
      ['Luhansk', 'Luhansk', 'city', 'UKR'],
    ]);
    expect(found('The mission recorded explosions in Donetsk and Luhansk regions.')).toEqual([
      ['Donetsk', 'Donetsk Oblast', 'admin1', 'UKR'],
      ['Luhansk regions', 'Luhansk Oblast', 'admin1', 'UKR'],
    ]);
  });

  it('resolves old spellings through the alias table', () => {
    expect(found('Officials in Kiev said talks in Kharkov and Odessa were over.')).toEqual([
      ['Kiev', 'Kyiv', 'city', 'UKR'],
      ['Kharkov', 'Kharkiv', 'city', 'UKR'],
      ['Odessa', 'Odesa', 'city', 'UKR'],
    ]);
    expect(found('Fighting near Artemivsk and in Lugansk.')).toEqual([
      ['Artemivsk', 'Bakhmut', 'city', 'UKR'],
      ['Lugansk', 'Luhansk', 'city', 'UKR'],
    ]);
  });

  it('knows regions made of oblasts', () => {
    const [donbas] = findPlaces('Troops massed near the Donbass.');
    expect(donbas).toMatchObject({
      text: 'Donbass',
      place: { name: 'Donbas', country: 'UKR', level: 'admin1' },
    });
    expect(donbas!.place.lat).toBeGreaterThan(47);
    expect(found('Fighting in eastern Ukraine continued.')).toEqual([
      ['eastern Ukraine', 'eastern Ukraine', 'admin1', 'UKR'],
    ]);
  });

  it('takes a country as a place only after a preposition', () => {
    expect(found('Russian troops massed in Belarus.')).toEqual([
      ['Belarus', 'Belarus', 'country', 'BLR'],
    ]);
    expect(found('The troops are in Ukraine.')).toEqual([['Ukraine', 'Ukraine', 'country', 'UKR']]);
    expect(found('Jordan said it would mediate.')).toEqual([]);
    expect(found('Ukraine accused Russia of shelling.')).toEqual([]);
    expect(found('Russian officials denied it.')).toEqual([]);
    expect(found('The president of Russia called the leaders of France.')).toEqual([]);
    expect(found('It was the first invasion of Ukraine.')).toEqual([
      ['Ukraine', 'Ukraine', 'country', 'UKR'],
    ]);
  });

  it('does not take people, outlets or months for places', () => {
    expect(found('A statement from Vladimir Putin was read.')).toEqual([]);
    expect(found('According to the Washington Post, the talks failed.')).toEqual([]);
    expect(found('The vote was held in March.')).toEqual([]);
    expect(found('According to Jackson, the deal is off.')).toEqual([]);
    expect(found("Separatists in Donetsk People's Republic accused Kyiv.")).toEqual([]);
    expect(found("In Russia's view the talks failed.")).toEqual([]);
  });

  it('reads lists and the region inside a possessive', () => {
    expect(found('Strikes hit Kharkiv, Odesa and Lviv.').map((p) => p[1])).toEqual([
      'Kharkiv',
      'Odesa',
      'Lviv',
    ]);
    expect(found("Drones struck targets in Russia's Belgorod region.")).toEqual([
      ['Belgorod region', 'Belgorod Oblast', 'admin1', 'RUS'],
    ]);
  });

  it('ranks the city most likely meant', () => {
    expect(found('He flew to Moscow.')).toEqual([['Moscow', 'Moscow', 'city', 'RUS']]);
    expect(found('He flew to Damascus.')).toEqual([['Damascus', 'Damascus', 'city', 'SYR']]);
  });

  it('prefers a region to a village of the same name, a town to the region', () => {
    // A Ukrainian hamlet is also called Chechnya; the republic is what news means.
    expect(found('Fighting resumed in Chechnya.')).toEqual([
      ['Chechnya', 'Chechnya', 'admin1', 'RUS'],
    ]);
    expect(found('Shelling hit Kherson.')[0]?.slice(2)).toEqual(['city', 'UKR']);
  });

  it('knows Nagorno-Karabakh as a region of Azerbaijan and Lachin by its short name', () => {
    expect(found('Fighting in Nagorno-Karabakh resumed.')).toEqual([
      ['Nagorno-Karabakh', 'Nagorno-Karabakh', 'admin1', 'AZE'],
    ]);
    expect(found('Troops crossed into Lachin on Monday.')).toEqual([
      ['Lachin', 'Lachin District', 'admin1', 'AZE'],
    ]);
  });

  it('without context, reports every name', () => {
    expect(found('Jordan and Ukraine signed.', false).map((p) => p[1])).toEqual([
      'Jordan',
      'Ukraine',
    ]);
  });
});

describe('lookupPlace', () => {
  it('resolves cities, regions and countries', () => {
    expect(lookupPlace('Kiev')).toMatchObject({ name: 'Kyiv', country: 'UKR', level: 'city' });
    expect(lookupPlace('Donetsk oblast')).toMatchObject({
      name: 'Donetsk Oblast',
      level: 'admin1',
    });
    expect(lookupPlace('Kharkov region')).toMatchObject({
      name: 'Kharkiv Oblast',
      level: 'admin1',
    });
    expect(lookupPlace('Ukraine')).toMatchObject({ name: 'Ukraine', admin1: '', level: 'country' });
    expect(lookupPlace('Crimea')).toMatchObject({
      name: 'Crimea',
      level: 'admin1',
      country: 'UKR',
    });
  });

  it('filters by country and returns null for unknown names', () => {
    expect(lookupPlace('Moscow', 'USA')).toMatchObject({ country: 'USA', admin1: 'Idaho' });
    expect(lookupPlace('Moscow', 'Russia')).toMatchObject({ country: 'RUS', level: 'city' });
    expect(lookupPlace('Nowhereville')).toBeNull();
    expect(lookupPlace('Kyiv', 'Atlantis')).toBeNull();
  });

  it('returns copies that callers may change', () => {
    lookupPlace('Kyiv')!.name = 'changed';
    expect(lookupPlace('Kyiv')!.name).toBe('Kyiv');
  });
});

import { describe, expect, it } from 'vitest';
import { findActors, loadActorDictionary, resolveDescriptor, type ActorSpan } from './index.js';

const dict = loadActorDictionary();

/** The single span whose text is `phrase` inside `text` (fails loudly when absent). */
function spanOf(text: string, phrase: string, date: string | null = null): ActorSpan {
  const spans = findActors(dict, text, date);
  const found = spans.find((s) => s.text === phrase);
  if (!found) throw new Error(`no span "${phrase}" in ${JSON.stringify(spans.map((s) => s.text))}`);
  expect(text.slice(found.start, found.end)).toBe(found.text);
  return found;
}

function code(text: string, date: string | null = null): string {
  const spans = findActors(dict, text, date).filter((s) => !s.adjectiveOnly);
  expect(spans.length, JSON.stringify(spans.map((s) => s.text))).toBe(1);
  const s = spans[0] as ActorSpan;
  return `${s.actor.root}/${s.actor.sector}`;
}

describe('findActors: composed phrases', () => {
  it.each([
    ['the Syrian army', 'SYR/MIL'],
    ['Iraqi Kurdish rebels', 'IRQ/REB'],
    ['U.N. peacekeepers', 'UN/MIL'],
    ['UN peacekeepers', 'UN/MIL'],
    ['NATO troops', 'NATO/MIL'],
    // The men of a militia, as "policemen" are of the police (sixteenth round).
    ['Iraqi militiamen', 'IRQ/MIL'],
    // Who governs, between the owner and the organ (seventeenth round).
    ["Mali's ruling junta", 'MLI/GOV'],
    ["Sudan's governing junta", 'SDN/GOV'],
    ['the Ukrainian Defence Ministry', 'UKR/GOV'],
    ["Russia's Foreign Ministry", 'RUS/GOV'],
    // Armed groups by the abbreviations wire copy uses.
    ['the RSF', 'SDN/REB'],
    ['AQAP', 'YEM/REB'],
    ['the Pakistani Taliban', 'PAK/REB'],
    ['the Revolutionary Armed Forces of Colombia', 'COL/REB'],
    // A delegation is its government's, one or several.
    ['Lebanese delegations', 'LBN/GOV'],
    // A transnational group has no country of its own: the coder gives it the document's.
    ['Islamic State fighters', '/REB'],
    ['al-Qaeda', '/REB'],
    // A name ending in s takes a bare apostrophe as its possessive.
    ["Athens' foreign minister", 'GRC/GOV'],
    ["the Philippines' coast guard", 'PHL/MIL'],
    ['the US Embassy in Kyiv', 'USA/DIP'],
    ['Washington', 'USA/GOV'],
    ['the State Department', 'USA/GOV'],
    ['the top US diplomat', 'USA/GOV'],
    ['the Kremlin', 'RUS/GOV'],
    ['Moscow', 'RUS/GOV'],
    ['Kiev', 'UKR/GOV'],
    ['Kyiv', 'UKR/GOV'],
    ['the Pentagon', 'USA/MIL'],
    ['Russian troops', 'RUS/MIL'],
    ['the separatists', '/REB'],
    ['pro-Russian separatists', '/REB'],
    ['pro-Russian separatists in eastern Ukraine', 'UKR/REB'],
    ['Donbas separatists', 'UKR/REB'],
    ["the Donetsk People's Republic", 'UKR/REB'],
    ['DPR', 'UKR/REB'],
    ['LPR', 'UKR/REB'],
    ['NATO allies', 'NATO/'],
    ['Moscow-backed rebels', '/REB'],
    ['American companies', 'USA/BUS'],
    ['the UN Security Council', 'UN/'],
    ['the Russian Security Council', 'RUS/GOV'],
    ['Kremlin spokesman', 'RUS/GOV'],
    ['a Pentagon spokesman', 'USA/MIL'],
    ['Foreign Ministry spokeswoman', '/GOV'],
    ['the Russian ambassador to the United States', 'RUS/DIP'],
    ['the president of Ukraine', 'UKR/GOV'],
    ['allies of Russia', 'RUS/'],
    ['protesters in Moscow', 'RUS/CVL'],
    ['Chinese state media', 'CHN/MED'],
    ['Western journalists', '/JRN'],
    ['the Bundeswehr', 'DEU/MIL'],
    ['Downing Street', 'GBR/GOV'],
    ["the Quai d'Orsay", 'FRA/GOV'],
    ['the European Commission', 'EU/GOV'],
    ['OSCE monitors', 'OSCE/'],
    ['UNICEF', 'UN/'],
    ['the secretary of state', 'USA/GOV'],
  ])('%s → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('keeps a title and a named person as one span', () => {
    const s = spanOf(
      'Russian Foreign Minister Sergei Lavrov said on Monday.',
      'Russian Foreign Minister Sergei Lavrov',
    );
    expect(s.actor).toMatchObject({ root: 'RUS', sector: 'GOV', entry: 'sergei-lavrov' });
    expect(s.kind).toBe('person');
  });

  it('absorbs an unknown name after a capitalised office', () => {
    const s = spanOf(
      'Lithuanian Foreign Minister Gabrielius Landsbergis said',
      'Lithuanian Foreign Minister Gabrielius Landsbergis',
    );
    expect(s.actor).toMatchObject({ root: 'LTU', sector: 'GOV' });
    expect(s.kind).toBe('office');
  });

  it('returns spans left to right, not overlapping, with offsets into the text', () => {
    const text =
      'The Kremlin said Russian troops would stay, while NATO allies and the separatists disagreed.';
    const spans = findActors(dict, text, null);
    expect(spans.map((s) => s.text)).toEqual([
      'Kremlin',
      'Russian troops',
      'NATO allies',
      'separatists',
    ]);
    for (let k = 1; k < spans.length; k++)
      expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives kinds: state, organisation, person, office, sector', () => {
    expect(spanOf('Russia said', 'Russia').kind).toBe('state');
    expect(spanOf('NATO said', 'NATO').kind).toBe('organisation');
    expect(spanOf('Putin said', 'Putin').kind).toBe('person');
    expect(spanOf('the Syrian army said', 'Syrian army').kind).toBe('office');
    expect(spanOf('the rebels said', 'rebels').kind).toBe('sector');
  });
});

describe('findActors: people and dates', () => {
  it.each([['Blinken'], ['Antony Blinken'], ['Secretary of State Antony Blinken']])(
    '%s on 2022-02-01 is USA GOV',
    (text) => {
      const s = spanOf(`${text} said`, text, '2022-02-01');
      expect(s.actor).toMatchObject({ root: 'USA', sector: 'GOV', entry: 'antony-blinken' });
    },
  );

  it("a known person's one-word form is another's first name when the name goes on", () => {
    // "Abbas" alone is Mahmoud Abbas (PSE); in "Abbas Araqchi" it is someone else's first name.
    const minister = spanOf(
      'Iranian Foreign Minister Abbas Araqchi met reporters.',
      'Iranian Foreign Minister',
      '2025-06-01',
    );
    expect(minister.actor).toMatchObject({ root: 'IRN', sector: 'GOV' });
    expect(findActors(dict, 'Abbas Araqchi spoke.', '2025-06-01')).toEqual([]);
    // The form still stands alone, before a day, and in a Title Case headline.
    for (const text of ['Abbas said on Monday.', 'Abbas Monday said.', 'Abbas Meets Blinken'])
      expect(spanOf(text, 'Abbas', '2025-06-01').actor.root).toBe('PSE');
  });

  it('a person out of office keeps the root of their last office and their entry', () => {
    const s = spanOf('Pompeo said', 'Pompeo', '2022-02-01');
    expect(s.actor).toMatchObject({ root: 'USA', sector: '', entry: 'mike-pompeo' });
  });

  it('"Foreign Minister Kuleba" in 2022 is UKR GOV', () => {
    expect(
      spanOf('Foreign Minister Kuleba said', 'Foreign Minister Kuleba', '2022-03-01').actor,
    ).toMatchObject({
      root: 'UKR',
      sector: 'GOV',
    });
  });

  it('switches office by date (Shoigu: defence minister, then Security Council secretary)', () => {
    expect(spanOf('Shoigu said', 'Shoigu', '2024-05-11').title).toBe('defence minister');
    expect(spanOf('Shoigu said', 'Shoigu', '2024-05-12').title).toBe('Security Council secretary');
  });

  it('switches sector and root by date', () => {
    expect(spanOf('Zaluzhnyi said', 'Zaluzhnyi', '2023-01-01').actor).toMatchObject({
      root: 'UKR',
      sector: 'MIL',
    });
    expect(spanOf('Zaluzhnyi said', 'Zaluzhnyi', '2024-06-01').actor).toMatchObject({
      root: 'UKR',
      sector: 'DIP',
    });
    expect(spanOf('Rutte said', 'Rutte', '2023-01-01').actor.root).toBe('NLD');
    expect(spanOf('Rutte said', 'Rutte', '2025-01-01').actor.root).toBe('NATO');
  });

  it('uses the best-known office when there is no date', () => {
    expect(spanOf('Shoigu said', 'Shoigu', null).title).toBe('defence minister');
    expect(spanOf('Stoltenberg said', 'Stoltenberg', null).actor.root).toBe('NATO');
    expect(spanOf('Obama said', 'Obama', null).actor).toMatchObject({ root: 'USA', sector: 'GOV' });
    expect(spanOf('Saddam Hussein said', 'Saddam Hussein', null).actor.root).toBe('IRQ');
  });

  it('picks between people sharing a surname by date', () => {
    expect(spanOf('Bush said', 'Bush', '1990-06-01').actor.entry).toBe('george-h-w-bush');
    expect(spanOf('Bush said', 'Bush', '2005-06-01').actor.entry).toBe('george-w-bush');
    expect(spanOf('Castro said', 'Castro', '2012-01-01').actor.entry).toBe('raul-castro');
  });

  it('matches weak surnames only after a title', () => {
    expect(findActors(dict, 'Price increases hit Moscow.', null).map((s) => s.text)).toEqual([
      'Moscow',
    ]);
    expect(spanOf('spokesman Price said', 'spokesman Price', '2022-01-10').actor.entry).toBe(
      'ned-price',
    );
  });

  it('"Putin\'s spokesman" takes its root from the person', () => {
    expect(spanOf("Putin's spokesman said", "Putin's spokesman", '2022-01-10').actor).toMatchObject(
      { root: 'RUS', sector: 'GOV' },
    );
  });
});

describe('findActors: a government named by its leader', () => {
  it.each([
    ['The Biden administration said', 'Biden administration', 'USA', 'GOV'],
    ['the Macron government said', 'Macron government', 'FRA', 'GOV'],
  ])('"%s" takes its root from the leader\'s office', (text, phrase, root, sector) => {
    expect(spanOf(text, phrase, '2022-01-10').actor).toMatchObject({ root, sector });
  });

  it('needs "the" and a body after the name', () => {
    // A person is no modifier of a role noun ("Biden spokesman") nor without the determiner.
    expect(
      findActors(dict, 'The Biden spokesman said', '2022-01-10').map((s) => s.text),
    ).not.toContain('The Biden spokesman');
    expect(spanOf('Biden administration officials said', 'Biden', '2022-01-10').actor.entry).toBe(
      'joe-biden',
    );
  });
});

describe('findActors: surface forms', () => {
  it('does not match inside words or lower-case "us"', () => {
    expect(
      findActors(dict, 'Usage rules let us go; Russianness; Moscowitz; Chinatown', null),
    ).toEqual([]);
  });

  it('reads dotted forms', () => {
    expect(code('the U.S. said')).toBe('USA/');
    expect(code('the U.K. said')).toBe('GBR/');
    expect(code('the U.N. said')).toBe('UN/');
    expect(code('the US said')).toBe('USA/');
  });

  it('handles possessives with straight and curly apostrophes', () => {
    expect(code("Russia's envoy")).toBe('RUS/DIP');
    expect(code('Russia’s envoy')).toBe('RUS/DIP');
    expect(code('Russia’s Foreign Ministry')).toBe('RUS/GOV');
    expect(spanOf('Russia’s invasion', 'Russia').actor.root).toBe('RUS');
  });

  it('folds accents', () => {
    expect(spanOf('Erdoğan said', 'Erdoğan', '2020-01-01').actor.root).toBe('TUR');
    expect(code('the Élysée said')).toBe('FRA/GOV');
  });

  it('marks bare adjectives and compound modifiers', () => {
    expect(spanOf('Russian gas flows', 'Russian').adjectiveOnly).toBe(true);
    const talks = findActors(dict, 'U.S.-Russian talks', null);
    expect(talks.map((s) => [s.text, s.adjectiveOnly])).toEqual([
      ['U.S.', true],
      ['Russian', true],
    ]);
    expect(spanOf('Russia said', 'Russia').adjectiveOnly).toBeUndefined();
  });

  it('marks a bare place after a locative preposition', () => {
    expect(spanOf('talks in Moscow', 'Moscow').locative).toBe(true);
    expect(spanOf('Moscow said', 'Moscow').locative).toBeUndefined();
  });

  it('ignores phrases that only contain actor words', () => {
    expect(findActors(dict, 'Latin America and the Minsk agreements', null)).toEqual([]);
  });

  it('does not treat a bare region as an actor', () => {
    expect(findActors(dict, 'fighting in Donbas', null)).toEqual([]);
  });
});

describe('resolveDescriptor', () => {
  it('resolves definite descriptions', () => {
    expect(resolveDescriptor(dict, 'the Russian diplomat', null)?.actor).toMatchObject({
      root: 'RUS',
      sector: 'DIP',
    });
    const minister = resolveDescriptor(dict, 'the minister', null);
    expect(minister).toMatchObject({
      kind: 'office',
      title: 'minister',
      actor: { root: '', sector: 'GOV' },
    });
    expect(resolveDescriptor(dict, 'the president', null)?.kind).toBe('office');
    expect(resolveDescriptor(dict, 'the rebels', null)?.kind).toBe('sector');
    expect(resolveDescriptor(dict, 'the weather', null)).toBeNull();
  });
});

describe('findActors: attributive titles and "of" phrases', () => {
  it('skips a bare title used as an adjective', () => {
    expect(findActors(dict, 'An official visit was planned.', null)).toEqual([]);
    expect(findActors(dict, 'They held military drills.', null)).toEqual([]);
    expect(code('Russian military drills')).toBe('RUS/MIL');
    expect(code('the official said')).toBe('/GOV');
  });

  it('takes root and sector from an institution after "of"', () => {
    expect(code('The General Staff of the Ukrainian Armed Forces')).toBe('UKR/MIL');
    expect(code('the spokesman of the Ukrainian army')).toBe('UKR/MIL');
    expect(code('the embassy of Russia')).toBe('RUS/DIP');
    expect(code('troops in Ukraine')).toBe('/MIL');
  });
});

describe('findActors: names two actors share (readings)', () => {
  const root = (text: string, phrase: string, date: string | null = null) =>
    spanOf(text, phrase, date).actor.root;

  it('a bare shared name keeps its usual root unless a cue word or the date says otherwise', () => {
    expect(root('Congo accused its neighbour of backing the rebels.', 'Congo', '2013-05-01')).toBe(
      'COD',
    );
    expect(root('Congo recalled its envoy from Brazzaville talks.', 'Congo', '2013-05-01')).toBe(
      'COG',
    );
    // Before Zaire took the name, "Congo" was the republic of Brazzaville.
    expect(root('Congo closed its border.', 'Congo', '1993-04-01')).toBe('COG');
    expect(root('Georgia recalled its ambassador.', 'Georgia')).toBe('GEO');
    const roots = findActors(dict, 'Georgia lawmakers met in Atlanta.', null).map(
      (s) => s.actor.root,
    );
    expect(roots.length).toBeGreaterThan(0);
    expect(roots).not.toContain('GEO');
  });

  it('the shared adjective is read the same way', () => {
    expect(code('Congolese refugees', '2004-08-14')).toBe('COD/REF');
    expect(
      findActors(dict, 'Congolese soldiers patrolled Brazzaville.', '2010-01-01')[0]?.actor.root,
    ).toBe('COG');
  });

  it('a longer name containing the shared one is not ambiguous', () => {
    expect(
      root(
        'The Democratic Republic of Congo closed its border.',
        'Democratic Republic of Congo',
        '1993-04-01',
      ),
    ).toBe('COD');
    expect(root('DR Congo met Brazzaville officials.', 'DR Congo')).toBe('COD');
    expect(root('The Republic of Congo closed its border.', 'Republic of Congo')).toBe('COG');
  });
});

describe('findActors: a model designation between a state and its machines', () => {
  it('reads on over the designation when a machine noun follows', () => {
    expect(spanOf('Greek F-16 fighters took off.', 'Greek F-16 fighters').actor.root).toBe('GRC');
    expect(spanOf('Russian T-90 tanks rolled in.', 'Russian T-90 tanks').actor.root).toBe('RUS');
  });

  it('stops at a designation no machine noun follows', () => {
    expect(spanOf('the Russian S-400 system', 'Russian').adjectiveOnly).toBe(true);
  });
});

// Officials the dictionaries lack, taught by the document that introduces them. Invented names
// and stories: no dictionary can know them, so only the document can.
import { describe, expect, it } from 'vitest';
import { IntroducedNames } from './introductions.js';
import { createCoder } from './index.js';
import type { ActorSpanLike } from './mentions.js';

const office = (text: string, start: number, end: number, root: string, title: string) =>
  ({
    start,
    end,
    text: text.slice(start, end),
    actor: { root, sector: 'GOV', text: text.slice(start, end) },
    kind: 'office',
    title,
  }) satisfies ActorSpanLike;

describe('IntroducedNames', () => {
  it('learns a name after, inside or before an office, and finds it again by surname', () => {
    const names = new IntroducedNames();
    const a = "Valdoria's foreign minister Teodor Marchetti met the envoy.";
    names.learn(a, [office(a, 0, 27, 'VAL', 'foreign minister')]);
    const b = 'Interior Minister Oskar Brannvik Ruud said.';
    names.learn(b, [office(b, 0, 37, 'VAL', 'interior minister')]);
    const c = "Lena Vasquez-Ortiz, Valdoria's defence minister, said.";
    names.learn(c, [office(c, 20, 47, 'VAL', 'defence minister')]);
    const d = "Ostrava's army chief, Pavel Hrubec, said.";
    names.learn(d, [office(d, 0, 20, 'OST', 'army chief')]);
    const later = 'Marchetti, Ruud and Vasquez-Ortiz spoke; Teodor Marchetti left.';
    expect(names.spansIn('Hrubec agreed.', []).map((s) => [s.text, s.actor.root])).toEqual([
      ['Hrubec', 'OST'],
    ]);
    expect(names.spansIn(later, []).map((s) => [s.text, s.actor.root, s.kind])).toEqual([
      ['Marchetti', 'VAL', 'person'],
      ['Ruud', 'VAL', 'person'],
      ['Vasquez-Ortiz', 'VAL', 'person'],
      ['Teodor Marchetti', 'VAL', 'person'],
    ]);
  });

  it('reads a hostile sentence (50,000-letter words around an office) in linear time', () => {
    const long = 'A' + 'b'.repeat(50_000);
    const text = `${long}, ${long} ${long}, the foreign minister, said ${long}.`;
    const at = text.indexOf('the foreign minister');
    const names = new IntroducedNames();
    names.learn(text, [office(text, at, at + 20, 'VAL', 'foreign minister')]);
    expect(names.unknownNames(text, []).length).toBeGreaterThan(0);
    expect(names.spansIn(text, [])).toEqual([]);
  });

  it('learns no day, month or lone word before a comma as a name', () => {
    const names = new IntroducedNames();
    const a = "The foreign minister Monday said that Valdoria, Ostrava's ally, would wait.";
    names.learn(a, [office(a, 0, 20, 'VAL', 'foreign minister'), office(a, 46, 60, 'OST', 'ally')]);
    expect(names.spansIn('Monday came and Valdoria waited.', [])).toEqual([]);
  });
});

describe('coding with introduced names', () => {
  const coder = createCoder();
  const code = (text: string) =>
    coder
      .code({ id: 'dintro', text, published: '2021-03-02' })
      .mentions.map((m) => `${m.source.root} ${m.type} ${m.target.root}`);

  it('codes an act of an official named by surname after the story introduced him', () => {
    const text =
      "Greece's foreign minister Stavros Kalafatis met Egypt's foreign minister in Cairo on Monday. Kalafatis later condemned Turkey over its drilling plans.";
    expect(code(text)).toContain('GRC ACCUSE TUR');
  });

  it("gives an office after an introduced person's possessive that person's country", () => {
    const text =
      "Greece's foreign minister, Stavros Kalafatis, met Egypt's foreign minister on Monday. Kalafatis's spokesman condemned Turkey's drilling.";
    expect(code(text)).toContain('GRC ACCUSE TUR');
  });

  it('keeps two offices joined by "and" one subject when each runs on into its name', () => {
    expect(
      code(
        "Greece's foreign minister Stavros Kalafatis and Turkey's foreign minister Kemal Ozdemir agreed to resume talks.",
      ),
    ).toContain('GRC AGREE TUR');
  });

  it("reads a headline's surnames from the lead that introduces them", () => {
    const text =
      "Kalafatis, Ozdemir hold phone call\n\nGreece's foreign minister Stavros Kalafatis held a telephone conversation with Turkish Foreign Minister Kemal Ozdemir on Tuesday.";
    const headline = coder
      .code({ id: 'dhead', text, published: '2021-03-02' })
      .mentions.filter((m) => m.evidence.sentence === 0);
    expect(headline.map((m) => [m.source.root, m.type, m.target.root])).toEqual([
      ['GRC', 'CONSULT', 'TUR'],
    ]);
  });

  it('tells calls and briefings from requests and consultations', () => {
    expect(
      code("Turkey's foreign minister called his Greek counterpart on Tuesday, the ministry said."),
    ).not.toContain('TUR REQUEST GRC');
    // Calling someone to discuss something is a phone call: CONSULT.
    expect(
      code("France's president called the Russian president on Friday to discuss the build-up."),
    ).toContain('FRA CONSULT RUS');
    // So is making a phone call to someone; making calls to end a war is none.
    expect(
      code("Saudi Arabia's foreign minister made a phone call to Sudan's army chief."),
    ).toContain('SAU CONSULT SDN');
    expect(code("Saudi Arabia's foreign ministry made calls to end the war.")).toEqual([]);
    // Speaking to reporters is no consultation.
    expect(code("Turkey's president spoke to reporters in Ankara on Monday.")).toEqual([]);
    // "call on" itself still requests.
    expect(code('Turkey called on Greece on Tuesday to halt the drilling.')).toContain(
      'TUR REQUEST GRC',
    );
  });
});

// A group of parties taken up by its number in the object or an oblique of an act, further than
// right after the verb (twenty-second round, issue #15): found through the dependency parse.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dgroups', '2024-03-12');

describe('a group named in an oblique or an "of" phrase of the act', () => {
  it('stands for the two parties named before: "conveyed concern to both governments"', () => {
    const coded = code(
      'Turkish and Iranian drones flew over the disputed valley on Monday, and Armenia conveyed its concern to both governments.',
    );
    expect(coded).toEqual(expect.arrayContaining(['ACCUSE ARM > TUR', 'ACCUSE ARM > IRN']));
  });

  it('reads a bare "both" at the end of the clause', () => {
    const coded = code(
      'Serbia and Hungary opened a new border crossing on Friday, and Croatia voiced concern to both.',
    );
    expect(coded).toEqual(expect.arrayContaining(['ACCUSE HRV > SRB', 'ACCUSE HRV > HUN']));
  });

  it('finds the group inside the "of" phrase of an oblique', () => {
    const coded = code(
      'Two Azerbaijani soldiers held by Armenia since May went home on Sunday under a swap arranged by Georgia, whose envoys had shuttled between the foreign ministers of both countries.',
    );
    expect(coded).toEqual(expect.arrayContaining(['CONSULT GEO > AZE', 'CONSULT GEO > ARM']));
  });

  it('takes the one pair joined by "and" when more parties were named', () => {
    const coded = code(
      'Chinese and Russian warships sailed through the strait on Tuesday while Blinken was meeting the leaders of Japan, India and Australia, and South Korea conveyed grave concern to both governments.',
    );
    expect(coded).toEqual(expect.arrayContaining(['ACCUSE KOR > CHN', 'ACCUSE KOR > RUS']));
    expect(coded).not.toContain('ACCUSE KOR > JPN');
    expect(coded).not.toContain('ACCUSE KOR > IND');
  });

  it('reads "both sides" of a war inside one country as that country', () => {
    const coded = code(
      "Sudan's army said it had retaken the bridge after days of fighting with the RSF, and Egypt urged both sides to stop fighting.",
    );
    expect(coded).toContain('REQUEST EGY > SDN');
  });
});

describe('traps', () => {
  it('names no one when three parties joined by "and" came before', () => {
    const coded = code(
      'Chile, Peru and Bolivia traded accusations over the river, and Brazil conveyed its concern to both governments.',
    );
    expect(coded.filter((e) => e.startsWith('ACCUSE BRA'))).toEqual([]);
  });

  it('leaves "both" before named parties to the names ("urged both Iran and Iraq")', () => {
    const coded = code('Turkey urged both Iran and Iraq to reopen the border crossing.');
    expect(coded).toEqual(expect.arrayContaining(['REQUEST TUR > IRN', 'REQUEST TUR > IRQ']));
  });

  it('does not take a group that is no argument of the act ("in both countries")', () => {
    const coded = code(
      'Kenya and Uganda reported floods on Monday, and the UN appealed for aid for people displaced in both countries.',
    );
    expect(coded).not.toContain('REQUEST UN > KEN');
    expect(coded).not.toContain('REQUEST UN > UGA');
  });
});

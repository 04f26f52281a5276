// A group of states named with its members after "including", "such as", "like" or "among
// them" (issue #15): the members named act, one event each, and the group (or the organisation
// whose members they are) is no actor. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('incl20', '2024-04-15');

describe('a group of states named with its members as the doer', () => {
  it('codes each member named after "including" or "such as" as a doer', () => {
    expect(code('Allies including Poland and Lithuania pledged more weapons to Ukraine.')).toEqual([
      // A pledge of aid is a promise of it (CAMEO 033, AGREE).
      'AGREE POL > UKR',
      'AGREE LTU > UKR',
    ]);
    expect(
      code('Arab countries including Egypt and Jordan condemned the Israeli strike on Monday.'),
    ).toEqual(['ACCUSE EGY > ISR', 'ACCUSE JOR > ISR']);
    expect(
      code('NATO members such as Estonia and Latvia condemned the drone attack on Kyiv.'),
    ).toEqual(['ACCUSE EST > UKR', 'ACCUSE LVA > UKR']);
  });

  it('codes the members, not their organisation, when the group is its members', () => {
    expect(code('EU members including Germany and Hungary condemned Russia.')).toEqual([
      'ACCUSE DEU > RUS',
      'ACCUSE HUN > RUS',
    ]);
    expect(
      code('Some EU members, like Austria and Hungary, opposed the new sanctions on Russia.'),
    ).toEqual(['REJECT AUT > RUS', 'REJECT HUN > RUS']);
  });
});

describe('a group of states named with its members as the target', () => {
  it('codes each member named after "such as" in the object', () => {
    expect(code('Washington imposed sanctions on countries such as Iran and Syria.')).toEqual([
      'SANCTION USA > IRN',
      'SANCTION USA > SYR',
    ]);
    expect(code('The Kremlin criticised Western nations such as Britain and France.')).toEqual([
      'ACCUSE RUS > GBR',
      'ACCUSE RUS > FRA',
    ]);
  });
});

describe('lists that name no members of a group of states', () => {
  it('leaves a list of firms or of cities alone', () => {
    expect(code('Firms including Apple and Google condemned the ban on Monday.')).toEqual([]);
  });

  it('keeps victims named after "including" behind the object out of the doers', () => {
    const events = code('Gunmen killed 10 people, including two Americans, on Sunday.');
    expect(events.some((e) => / USA >/.test(e))).toBe(false);
  });

  it("keeps members of a group that is the object out of the next verb's doers", () => {
    const events = code(
      'Russia condemned Western countries including Britain and France, and warned of a response.',
    );
    expect(events.some((e) => /^\S+ (GBR|FRA) >/.test(e))).toBe(false);
  });
});

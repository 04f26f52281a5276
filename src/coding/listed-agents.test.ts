// A passive whose "by" phrase names a group of states and then its members ("recognised by
// several countries, including Peru and Chad") is each member's act (listed-agents.ts). Invented
// reports, with near misses.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dlisted', '2024-05-14');

describe('a passive whose agent is a group named with its members', () => {
  it('is the act of each member named after "including"', () => {
    const acts = code(
      "Kosovo's independence has been recognised by more than 100 states, including Peru and Chad.",
    );
    expect(acts).toContain('SUPPORT PER > XKX');
    expect(acts).toContain('SUPPORT TCD > XKX');
  });

  it('reads "such as", "like" and a partitive head ("a number of", "dozens of")', () => {
    expect(
      code('The sanctions on Belarus were condemned by several states, such as Cuba.'),
    ).toEqual(['ACCUSE CUB > BLR']);
    expect(code('The junta in Niger was praised by regional powers like Algeria.')).toContain(
      'SUPPORT DZA > NER',
    );
    expect(
      code('The coup in Guinea was condemned by dozens of countries, including Ghana and Togo.'),
    ).toEqual(['ACCUSE GHA > GIN', 'ACCUSE TGO > GIN']);
  });

  it('makes the members no partners of a joint act', () => {
    // Two members who back a plan each back it; neither backs the other.
    const acts = code('The truce plan was backed by several members, including Norway and Chile.');
    expect(acts).not.toContain('SUPPORT NOR > CHL');
  });
});

describe('near misses', () => {
  it('a list of firms, towns or fighters is no list of states', () => {
    expect(code('The plan was criticised by several firms, including Gazprom.')).toEqual([]);
    expect(code('The strike was condemned in several towns, including Kherson.')).toEqual([]);
  });

  it('a named agent keeps its own reading', () => {
    expect(
      code('Kosovo was recognised by the United States and by allies including Britain.'),
    ).toContain('SUPPORT USA > XKX');
  });
});

// Giving way, helping and working together in ordinary wire phrasings (give18): money given with
// a double object, airspace reopened, fugitives handed over. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string, published = '2024-03-05') =>
  coder
    .code({ id: 'dgive', text, published })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);

describe('aid given as a sum of money', () => {
  it('codes a sum given with the receiver as first object', () => {
    expect(code("Kuwait gave Jordan's army $45 million on Tuesday.")).toContain('AID KWT > JOR');
  });

  it('codes a sum given to a receiver named after "to"', () => {
    expect(code('Norway gave 2 billion crowns to Moldova last week.')).toContain('AID NOR > MDA');
  });
});

describe('airspace reopened', () => {
  it('codes reopening airspace to a state as giving way', () => {
    expect(code('Pakistan reopened its airspace to Indian airlines on Monday.')).toContain(
      'CONCEDE PAK > IND',
    );
  });

  it('does not code airspace that stays closed', () => {
    expect(code('Pakistan kept its airspace closed to Indian airlines.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^CONCEDE/)]),
    );
  });
});

describe('fugitives handed over', () => {
  it('codes handing over a fugitive to another state as cooperation', () => {
    expect(code('Laos handed over two fugitives to Thailand on Friday.')).toContain(
      'COOPERATE LAO > THA',
    );
  });
});

describe('penalties and cases dropped', () => {
  it('codes tariffs dropped or scrapped as giving way to the state they hit', () => {
    expect(code('India dropped tariffs on Bangladeshi jute on Thursday.')).toContain(
      'CONCEDE IND > BGD',
    );
    expect(code('Mexico scrapped the duties on Guatemalan sugar.')).toContain('CONCEDE MEX > GTM');
  });

  it('codes a lawsuit against a state withdrawn as giving way', () => {
    expect(code('Ecuador withdrew its lawsuit against Colombia at the court.')).toContain(
      'CONCEDE ECU > COL',
    );
  });

  it('still codes tariffs imposed as a sanction, not as giving way', () => {
    expect(code('India imposed tariffs on Bangladeshi jute.')).toEqual(['SANCTION IND > BGD']);
  });
});

describe('backing announced', () => {
  it('codes support announced, signalled or declared for a state', () => {
    expect(code("Chile signalled support for Bolivia's bid on Monday.")).toContain(
      'SUPPORT CHL > BOL',
    );
    expect(code('Ghana declared its solidarity with Togo.')).toContain('SUPPORT GHA > TGO');
  });

  it('codes coming out in support of a state', () => {
    expect(code("Senegal came out in support of Mali's demand.")).toContain('SUPPORT SEN > MLI');
  });

  it('codes a tribute paid to a state', () => {
    expect(code("Canada paid tribute to Turkey's rescue teams.")).toContain('SUPPORT CAN > TUR');
  });

  it('does not read "support" as a noun modifier as backing', () => {
    expect(code('The minister announced support measures for farmers.')).toEqual([]);
  });
});

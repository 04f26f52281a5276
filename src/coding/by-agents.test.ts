// The doer named in a "by" phrase after the act (by-agents.ts, nominal.ts): "the raid, conducted
// by Israeli forces, ...", "detained by officers of the FSB". Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('by-agents', '2023-06-01');

describe('a body named through its people after "by" ("officers of the FSB")', () => {
  it('codes the body as the doer of a passive', () => {
    expect(code('The opposition activist was detained by officers of the FSB on Tuesday.')).toEqual(
      ['COERCE RUS > RUS'],
    );
  });

  it('keeps the plain agent', () => {
    expect(code('The activist was detained by the FSB on Tuesday.')).toEqual(['COERCE RUS > RUS']);
  });
});

describe('a named act whose doer follows it in a "by" phrase, before an act verb', () => {
  it('codes the doer of "the raid by X killed ..."', () => {
    expect(code('The raid by Israeli special forces killed three militants in Jenin.')).toEqual([
      'ASSAULT ISR > PSE',
    ]);
  });

  it('codes the doer told between commas (", conducted by X,")', () => {
    expect(
      code('The raid, conducted by Israeli special forces, killed three militants in Jenin.'),
    ).toEqual(['ASSAULT ISR > PSE']);
    expect(code('The strike, carried out by Russian forces, hit a hospital in Kharkiv.')).toEqual([
      'ASSAULT RUS > UKR',
    ]);
    expect(code('The attack, claimed by al-Shabaab, targeted a Somali army base.')).toEqual([
      'ASSAULT SOM > SOM',
    ]);
  });

  it('codes the doer of a participle without commas, past a time adjunct', () => {
    expect(
      code('A drone attack launched by Ukraine on Sunday hit an oil depot in Bryansk.'),
    ).toEqual(['ASSAULT UKR > RUS']);
  });
});

describe('traps: a "by" phrase that names no doer of the act', () => {
  it('leaves a study by a body that is no actor alone', () => {
    expect(code('A study conducted by the university found rising hunger in Gaza.')).toEqual([]);
  });

  it('does not make the maker of a weapon its user', () => {
    expect(code('Drones supplied by Iran struck Kyiv on Monday.')).not.toContain(
      'ASSAULT IRN > UKR',
    );
  });

  it('does not take a deadline for an agent', () => {
    // The agent is the "by" phrase of people, not the "by" of time after it.
    expect(
      code('Ukrainian protesters were dispersed by Russian police by Monday evening.'),
    ).toEqual(['COERCE RUS > UKR']);
  });

  it('does not make the host of talks their doer', () => {
    expect(code('The talks, hosted by Qatar, ended without a deal.')).toEqual([]);
  });
});

// A joint act told in the passive with its parties after "between" ("a ceasefire was agreed
// between Armenia and Azerbaijan") is the first party's with the others (between-passives.ts).
// Invented reports, with near misses.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dbetween', '2024-08-08');

describe('a passive joint act with its parties after "between"', () => {
  it("is the first party's with the others", () => {
    expect(code('A ceasefire was agreed between Kyrgyzstan and Tajikistan on Saturday.')).toEqual([
      'AGREE KGZ > TJK',
    ]);
    expect(code('A border treaty was signed between Egypt and Sudan in Cairo.')).toContain(
      'SUPPORT EGY > SDN',
    );
    expect(
      code('An agreement was reached on Monday between the delegations of Sudan and South Sudan.'),
    ).toContain('AGREE SDN > SSD');
  });

  it('leaves the mediator who tells of it out', () => {
    const acts = code(
      'A truce was agreed between Israel and Hamas, the Qatari foreign ministry said.',
    );
    expect(acts).toContain('AGREE ISR > PSE');
    expect(acts.some((a) => a.includes('QAT'))).toBe(false);
  });
});

describe('near misses', () => {
  it('a place between two states is no party to an act', () => {
    expect(code('The border between Niger and Benin was closed on Saturday.')).not.toContain(
      'COERCE NER > BEN',
    );
    expect(code('Fighting was reported between Armenia and Azerbaijan.')).not.toContain(
      'AGREE ARM > AZE',
    );
  });
});

// The adjuncts between a verb of intent and its infinitive (issue 15). Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse.js';
import { infinitiveAfterAdjuncts, pastAdjuncts } from './intent-adjuncts.js';
import { createCoder } from './index.js';

const coder = createCoder();
const coded = (text: string) =>
  coder.code({ id: 'dvow', text, published: '2022-03-08' }).mentions.map((m) => ({
    source: m.source.root,
    type: m.type,
    target: m.target.root,
  }));

describe('adjuncts between a verb of intent and its infinitive', () => {
  const tokensOf = (text: string) => analyse(text)[0]!.tokens;
  const after = (tokens: { lower: string }[], word: string) =>
    tokens.findIndex((t) => t.lower === word) + 1;

  it('passes times, adverbs and venues to the "to" of the infinitive', () => {
    for (const text of [
      'Oslo vowed on Tuesday to act.',
      'Oslo vowed last week to act.',
      'Oslo vowed again on Friday to act.',
      'Oslo agreed in principle to act.',
      'Oslo vowed in a televised address to act.',
      'Oslo vowed earlier this month to act.',
      'Oslo vowed, in a statement, to act.',
    ]) {
      const tokens = tokensOf(text);
      const to = infinitiveAfterAdjuncts(tokens, after(tokens, 'vowed') || after(tokens, 'agreed'));
      expect(tokens[to]?.lower, text).toBe('to');
    }
  });

  it('finds no infinitive after an object, a negation, a noun of time alone or a preposition', () => {
    for (const text of [
      'Oslo vowed support to act.',
      'Oslo vowed never to act.',
      'Oslo vowed week to act.',
      'Oslo vowed on Tuesday to the people.',
      'Oslo vowed, in a statement to act.',
    ]) {
      const tokens = tokensOf(text);
      expect(infinitiveAfterAdjuncts(tokens, after(tokens, 'vowed')), text).toBe(-1);
    }
  });

  it('passes nothing where no adjunct starts', () => {
    const tokens = tokensOf('Oslo vowed support to act.');
    const k = after(tokens, 'vowed');
    expect(pastAdjuncts(tokens, k)).toBe(k);
  });
});

describe('the promised act read across the adjunct', () => {
  it('codes a vow of retaliation with a time between as the threat it is without one', () => {
    expect(coded('Iran vowed on Wednesday to retaliate against Israel.')).toEqual([
      { source: 'IRN', type: 'THREATEN', target: 'ISR' },
    ]);
    expect(coded('Hamas threatened late on Sunday to respond to the Israeli raid.')).toEqual([
      { source: 'PSE', type: 'THREATEN', target: 'ISR' },
    ]);
  });

  it('codes a vow of force with a venue between as a threat', () => {
    expect(coded('Russia vowed in a statement to strike Ukraine.')).toEqual([
      { source: 'RUS', type: 'THREATEN', target: 'UKR' },
    ]);
  });

  it('keeps a promise that is only a promise an agreement', () => {
    expect(coded('Serbia agreed on Tuesday to the plan of Kosovo.')).toEqual([
      { source: 'SRB', type: 'AGREE', target: 'XKX' },
    ]);
    expect(coded('Serbia vowed on Tuesday never to strike Kosovo.')[0]?.type).not.toBe('THREATEN');
  });
});

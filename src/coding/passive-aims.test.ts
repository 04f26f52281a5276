// A passive whose subject is the thing done ("Sanctions were imposed on Iran by the EU"): the
// one it falls on is named after "on" or "against", the doer after "by" (eighteenth round).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dpassaim', '2024-10-01');

describe('a passive aimed by "on" or "against"', () => {
  it('takes the one after "on" for the target and the agent for the doer', () => {
    expect(code('New sanctions were imposed on Iran by the European Union on Monday.')).toEqual([
      'SANCTION EU > IRN',
    ]);
  });

  it('reads an owner before the body struck', () => {
    expect(
      code("Sanctions were imposed on Turkey's arms agency by the United States on Monday."),
    ).toEqual(['SANCTION USA > TUR']);
  });

  it('names no target without an agent', () => {
    expect(code('Sanctions were imposed on Iran on Monday.')).toEqual([]);
  });

  it('keeps a named subject as the one acted on', () => {
    expect(code('Israel was attacked by Iran on Saturday.')).toEqual(['ASSAULT IRN > ISR']);
  });
});

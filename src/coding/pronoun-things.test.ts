// An object pronoun standing for a craft or vessel named with its state's adjective, and the
// noun-tagged verb before it (seventeenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dthing', '2024-07-02');

describe('an object pronoun for a thing named with its state', () => {
  it('aims the act at the state of the craft "it" stands for', () => {
    expect(code('Greek jets intercepted a Turkish drone and shot it down.')).toContain(
      'ASSAULT GRC > TUR',
    );
    expect(
      code(
        'Armenia said an air defence crew had mistaken a Georgian cargo plane for a drone and shot it down.',
      ),
    ).toContain('ASSAULT ARM > GEO');
  });

  it('never takes the subject of its own clause for the pronoun', () => {
    expect(code('Greek jets intercepted a Turkish drone and shot it down.')).not.toContain(
      'ASSAULT GRC > GRC',
    );
  });

  it('leaves a pronoun after a preposition to the resolver', () => {
    expect(
      code("Armenia's parliament shelved the draft law after Baku objected to it."),
    ).not.toContain('ACCUSE AZE > ARM');
  });
});

// A second clause with its own subject, whose subject is described by a participle ("and G7
// leaders meeting in Bavaria denounced ..."), ends the object and the place of the act before it
// (fifteenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dlater', '2024-06-10');

describe('clauses whose subject a participle describes', () => {
  it('keeps their subject out of the object of the act before', () => {
    const out = code(
      'Israeli jets struck a depot, killing 12 soldiers, and Arab League ministers meeting in Cairo condemned the strike.',
    );
    expect(out).toContain('ACCUSE LAS > ISR');
    expect(out.filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });

  it('keeps their place out of the place of the act before', () => {
    const out = code(
      'Israeli jets struck a depot near Damascus on Monday, killing 12 soldiers, and Arab League ministers meeting in Cairo condemned the strike.',
    );
    expect(out).toContain('ASSAULT ISR > SYR');
    expect(out).not.toContain('ASSAULT ISR > EGY');
  });

  it('still reads a participle with no verb after it as the verb of its clause', () => {
    expect(
      code('Kenyan police arrested two men on Monday, and Ugandan troops crossed into Kenya.'),
    ).toEqual(['COERCE KEN > KEN', 'MOBILIZE UGA > KEN']);
  });
});

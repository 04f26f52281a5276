// A state does not agree with itself (self-agreement.ts): a state's promise, offer or acceptance
// of its own act with no counterpart named is AGREE with no target. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dself22', '2024-06-11');

describe('a state announcing its own act (no counterpart named)', () => {
  it('is AGREE with no target, not AGREE with itself', () => {
    expect(code('Kazakhstan agreed to let monitors inspect its grain terminals.')).toEqual([
      'AGREE KAZ > ',
    ]);
    expect(code('Norway is willing to host a donor conference next month.')).toEqual([
      'AGREE NOR > ',
    ]);
    expect(
      code('The Turkish foreign minister said Ankara was ready to send engineers to rebuild it.'),
    ).toEqual(['AGREE TUR > ']);
  });

  it('a place of its own is no counterpart either', () => {
    expect(code('Mongolia offered to host the talks in Ulaanbaatar.')).not.toContain(
      'AGREE MNG > MNG',
    );
  });
});

describe('traps: two parties of one country, and named counterparts, stay', () => {
  it('an opposition or rebels agreeing face their government', () => {
    expect(code("The opposition agreed to call off Friday's march in Dhaka.")).toContain(
      'AGREE BGD > BGD',
    );
    expect(code("Sudan's army and the RSF agreed to a truce.")).toContain('AGREE SDN > SDN');
  });

  it('a promise to refugees or to another state keeps its target', () => {
    expect(code('Peru offered to take in more refugees from Venezuela.')).toContain(
      'AGREE PER > VEN',
    );
    expect(code('Chad promised Niger to reopen the border.')).toContain('AGREE TCD > NER');
    expect(code('Egypt agreed with Israel to reopen the Rafah crossing.')).toContain(
      'AGREE EGY > ISR',
    );
  });
});

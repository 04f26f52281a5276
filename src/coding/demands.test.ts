// An obligation stated ("X must ..."): a demand from whoever states it, never the act itself.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('ddemand', '2024-05-20');

describe('what someone must do', () => {
  it('is a demand from the speaker named before it', () => {
    const events = code('Britain said Libya must hand over the suspects.');
    expect(events).toContain('REQUEST GBR > LBY');
    expect(events.some((e) => e.startsWith('COOPERATE') || e.startsWith('RETREAT'))).toBe(false);
  });

  it('is not coded as done when no speaker is named', () => {
    expect(
      code('Students led the march in Dhaka, saying Sheikh Hasina must step down.'),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^RETREAT/)]));
    expect(
      code('The Russian army must withdraw its troops from Kherson, Macron said.'),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^RETREAT/)]));
  });

  it('is demanded of no place named inside the phrase of who must act', () => {
    expect(
      code(
        'Moscow said any proposals to settle the conflict in Ukraine must take account of realities.',
      ),
    ).not.toContain('REQUEST RUS > UKR');
    expect(code('Britain said Libya must hand over the suspects.')).toContain('REQUEST GBR > LBY');
  });
});

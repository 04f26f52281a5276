// "at X's request" / "at the request of X": X asks the doer of the clause the adjunct hangs on
// (twenty-first round, roles). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dreqadj', '2024-05-01');

describe('the party asked in an "at ... request" adjunct', () => {
  it('is the body after "of" when the head noun has no code', () => {
    const events = code(
      "Envoys of the 27 EU states met in Luxembourg on Tuesday at Lithuania's request.",
    );
    expect(events).toContain('REQUEST LTU > EU');
    expect(events).not.toContain('REQUEST LTU > LUX');
  });

  it('is the body a "-led" state only modifies', () => {
    const events = code(
      'The Saudi-led Gulf Cooperation Council sent troops into Bahrain at the request of the Bahraini government.',
    );
    expect(events).toContain('REQUEST BHR > GCC');
    expect(events).not.toContain('REQUEST BHR > SAU');
  });

  it('is the subject of the second clause, not of the first', () => {
    const events = code(
      'Rebels shelled the port of Hodeidah on Sunday, and the Arab League met on Monday at the request of Yemen.',
    );
    expect(events).toContain('REQUEST YEM > LAS');
    expect(events.join()).not.toContain('REQUEST YEM > YEM');
  });

  it('is the agent of a passive, leaving out the one asking', () => {
    const events = code(
      'The cargo ship was searched by Greek coast guards and British customs officers in Piraeus on Friday at the request of Britain.',
    );
    expect(events).toContain('REQUEST GBR > GRC');
    expect(events).not.toContain('REQUEST GBR > GBR');
  });
});

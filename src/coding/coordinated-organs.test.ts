// A governing organ named alone as the subject of a clause joined by ", and" is the first
// subject's (sixteenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcoorg', '2024-03-02');

describe('an organ in a coordinated clause', () => {
  it('is the government of the first clause’s subject', () => {
    expect(
      code(
        "Japan's foreign minister protested to China's ambassador on Monday, and the government urged Beijing to release the fishermen.",
      ),
    ).toContain('REQUEST JPN > CHN');
  });

  it('is not given a country across a clause with a subject of its own named', () => {
    expect(
      code(
        "Japan's foreign minister protested to China's ambassador on Monday, and the Chinese government urged Tokyo to stay calm.",
      ),
    ).toContain('REQUEST CHN > JPN');
  });

  it('leaves an organ with no ", and" before it alone', () => {
    expect(
      code(
        "Japan's foreign minister protested to China's ambassador on Monday while the government urged Beijing to act.",
      ),
    ).not.toContain('REQUEST JPN > CHN');
  });
});

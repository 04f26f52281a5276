// "the two countries" as the subject of a joint act (issue #15, roles23; the pair block of
// `findDoers` in coder.ts): the act is one between the two states named before, unless a third
// party is its object or comes after "with", "for", "to" or "against". A party named in a
// result clause after it ("..., drawing a rebuke from the US embassy") is no party to it.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('roles23', '2023-05-10');

describe('the two countries signing, with a reaction after', () => {
  it('keeps the signing between the two, not with the one who criticised it', () => {
    const coded = code(
      "Ghana hosted Togo's president, and the two countries signed a security pact, drawing criticism from Burkina Faso.",
    );
    expect(coded).toContain('SUPPORT GHA > TGO');
    expect(coded).not.toContain('SUPPORT GHA > BFA');
    expect(
      code(
        "Peru welcomed Ecuador's president, and the two governments restored relations, prompting a protest from Colombia.",
      ),
    ).toContain('SUPPORT PER > ECU');
  });

  it('still reads a third party after "with"', () => {
    expect(
      code(
        "Egypt received Sudan's leader, and the two countries held talks with Ethiopia on the dam.",
      ),
    ).toContain('CONSULT EGY > ETH');
  });
});

// A joint act told in the passive with no agent by a state body ("an agreement was reached with
// Baku ..., the Armenian defence ministry said") is the speaker's side's act with the party its
// statement names (own-side-passives.ts). Invented reports, with near misses.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('downside', '2024-04-09');

describe("a state body's agentless joint act", () => {
  it("is its own side's, told in the attribution after it", () => {
    expect(
      code(
        'An agreement was reached with Dushanbe to reopen the border crossings, the Kyrgyz foreign ministry said.',
      ),
    ).toEqual(['AGREE KGZ > TJK']);
    expect(
      code(
        'An understanding was reached on the return of prisoners with Asmara, the Ethiopian defence ministry said on Monday.',
      ),
    ).toEqual(['AGREE ETH > ERI']);
  });

  it("is its own side's, told after its verb of saying", () => {
    expect(
      code(
        'The Indian foreign ministry said talks had been held with the Chinese side on the dispute.',
      ),
    ).toContain('CONSULT IND > CHN');
    expect(
      code(
        "Serbia's foreign ministry said an agreement had been reached with Pristina on licence plates.",
      ),
    ).toContain('AGREE SRB > XKX');
  });
});

describe('near misses', () => {
  it('a mediator telling of the parties it names is no party', () => {
    expect(
      code(
        'An agreement was reached between Israel and Hamas, the Egyptian foreign ministry said.',
      ),
    ).not.toContain('AGREE EGY > ISR');
  });

  it("a party or an organisation reporting another's act is not its doer", () => {
    expect(code('Dozens of people had been detained in Dhaka, the opposition party said.')).toEqual(
      [],
    );
    expect(code('An agreement was reached with Armenia on the border, the UN said.')).toEqual([]);
  });

  it('a party named before a participle of saying is no speaker', () => {
    expect(
      code(
        'Chile recognised the State of Palestine, saying it was committed to peace in the region.',
      ),
    ).not.toContain('AGREE PSE > CHL');
  });

  it('an agentless act of force in a statement is not put on the speaker', () => {
    expect(
      code(
        'Five soldiers were killed near the border with Azerbaijan, the Armenian defence ministry said.',
      ),
    ).not.toContain('ASSAULT ARM > AZE');
  });
});

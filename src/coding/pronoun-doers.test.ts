// A personal pronoun opening a clause of time is the main clause's subject, and a place named
// after "in" is where the act happened, not its doer (pronoun-doers.ts, mentions.ts). Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'dpronoun', text, published: '2024-03-12' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);

describe('a pronoun subject in a "when" or "after" clause', () => {
  it('stands for the main clause subject, not its object, and the place is not the doer', () => {
    const coded = code(
      'Two Syrian gunmen killed four people on Monday when they opened fire on a market in Beirut.',
    );
    expect(coded).toContain('ASSAULT SYR > LBN');
    expect(coded).not.toContain('ASSAULT LBN > LBN');
  });

  it("a pronoun doer with no actor behind it gives no act, not the place's country", () => {
    const coded = code(
      'Two Afghan suicide bombers killed nine people as well as themselves on Friday when they blew themselves up in Islamabad.',
    );
    expect(coded).toContain('ASSAULT AFG > PAK');
    expect(coded).not.toContain('ASSAULT PAK > AFG');
  });

  it('an attacker left unnamed is still placed where it struck', () => {
    expect(code('A roadside bomb near Kandahar killed three soldiers.')).toContain(
      'ASSAULT AFG > ',
    );
  });
});

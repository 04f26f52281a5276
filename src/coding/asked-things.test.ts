// A request for a thing with no one asked ("called for an immediate ceasefire", "is seeking
// asylum") is kept with no target, though the sentence names other parties; a request whose
// object may be the one pressed, or is a person's own ("demanded his release"), is still let go
// as untied. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import type { TriggerDrop } from './types.js';

const drops: TriggerDrop[] = [];
const coder = createCoder({ onDrop: (d) => drops.push(d) });
const code = (text: string): string[] => {
  drops.length = 0;
  return coder
    .code({ id: 'dasked', text, published: '2024-03-11' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);
};
const untied = (): string[] => drops.filter((d) => d.reason === 'untied').map((d) => d.type);

describe('requests for a thing', () => {
  it('keeps a call for a thing beside another party', () => {
    const out = code(
      'Russian jets bombed Aleppo overnight, and Turkey called for an immediate ceasefire.',
    );
    expect(out).toContain('REQUEST TUR > ');
    expect(out).toContain('ASSAULT RUS > SYR');
    expect(untied()).toEqual([]);
  });

  it('reads coordinated modifiers before the thing', () => {
    expect(
      code(
        'Russian jets bombed Aleppo overnight, and Turkey called for an immediate and lasting ceasefire.',
      ),
    ).toContain('REQUEST TUR > ');
  });

  it('keeps a verb of seeking whose object is a thing', () => {
    expect(
      code(
        'Iraq said on Monday that the former Syrian minister is seeking asylum in a third country.',
      ),
    ).toContain('REQUEST SYR > ');
  });

  it('still lets go a demand for what concerns a person', () => {
    const out = code(
      'India jailed a Pakistani fisherman last week, and Pakistan demanded his pardon.',
    );
    expect(out.filter((e) => e.startsWith('REQUEST'))).toEqual([]);
    expect(untied()).toEqual(['REQUEST']);
  });

  it("asks the jailer for the person's release (release-demands.ts)", () => {
    const out = code(
      'India jailed a Pakistani fisherman last week, and Pakistan demanded his release.',
    );
    expect(out.filter((e) => e.startsWith('REQUEST'))).toEqual(['REQUEST PAK > IND']);
  });

  it('still lets go a verb whose object need not be asked for', () => {
    const out = code(
      'India jailed a Pakistani fisherman last week, and Pakistan pressed a complaint.',
    );
    expect(out.filter((e) => e.startsWith('REQUEST'))).toEqual([]);
    expect(untied()).toEqual(['REQUEST']);
  });

  it('leaves a call naming a party to the roles', () => {
    expect(
      code('Russian jets bombed Aleppo overnight, and Turkey called for talks with Iran.'),
    ).toContain('CONSULT TUR > IRN');
  });
});

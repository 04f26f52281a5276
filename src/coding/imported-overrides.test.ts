// Hand-kept corrections to imported PETRARCH2 patterns (data/patterns/imported-overrides.jsonl),
// checked through the whole coder. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'doverride', text, published: '2024-05-02' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);

describe('imported-pattern overrides', () => {
  it('codes an ultimatum of hours given to do something, and not hours that merely pass', () => {
    expect(code('Serbia gave Kosovo 24 hours to remove its police from the north.')).toContain(
      'THREATEN SRB > XKX',
    );
    expect(
      code('Two Malian soldiers who had fled gave themselves up to Senegal hours later.').some(
        (e) => e.startsWith('THREATEN'),
      ),
    ).toBe(false);
  });
});

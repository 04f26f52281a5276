// A pattern's gap ends at a clause's finite verb (eighteenth round, late): "after ... talks with"
// does not reach over "after the Polish president had finished talks with", which is a clause of
// its own subject. Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string, published = '2023-09-14') =>
  coder
    .code({ id: 'dgap', text, published })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`)
    .sort();

describe('a gap that holds a finite verb', () => {
  it('gives the talks to the subordinate clause, not the main subject', () => {
    const coded = code(
      'The Estonian prime minister left for Vilnius after the Polish president had finished talks with Macron.',
    );
    expect(coded).toContain('CONSULT POL > FRA');
    expect(coded).not.toContain('CONSULT EST > POL');
  });

  it('still reaches over a noun phrase with no verb', () => {
    expect(
      code('The Estonian prime minister left for Vilnius after two days of talks with Macron.'),
    ).toContain('CONSULT EST > FRA');
  });
});

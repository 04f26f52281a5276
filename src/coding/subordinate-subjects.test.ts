// A coordinated subject of a clause opened by "after", "before", "as" ... (fifteenth round): the
// members are the clause's doers, not the object of a preposition. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dsub', '2024-10-30');

describe('coordinated subjects of subordinate clauses', () => {
  it('codes a meeting whose parties follow "after"', () => {
    expect(
      code(
        'The border crossing reopened on Friday, a week after Peru and Chile held talks in Lima.',
      ),
    ).toContain('CONSULT PER > CHL');
  });

  it('codes them before an auxiliary too', () => {
    expect(
      code('Trade resumed on Monday after Kenya and Tanzania had held talks in Arusha.'),
    ).toContain('CONSULT KEN > TZA');
  });

  it('leaves the objects of a preposition with no verb of their own', () => {
    expect(code('Chile sent aid to Bolivia on Monday, days after Peru and Ecuador.')).toEqual([
      'AID CHL > BOL',
    ]);
  });
});

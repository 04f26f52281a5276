// A gerund opened by a subordinator of time ("while urging", "a month after accusing") tells a
// second act of the main clause's subject (timed-gerunds.ts; the parse's subject control in
// nlp/parse/roles.ts). Invented sentences, with near misses that must not code.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dtimed', '2024-03-12');

describe('a gerund after "while", "after" or "when"', () => {
  it('is an act of the main clause subject', () => {
    expect(
      code('Japan protested the incursion on Monday while urging Beijing to show restraint.'),
    ).toContain('REQUEST JPN > CHN');
    expect(
      code(
        'The Egyptian foreign minister welcomed the truce on Sunday while calling on Israel to allow aid into Gaza.',
      ),
    ).toContain('REQUEST EGY > ISR');
  });

  it('hanging from a phrase of time, is still the main subject\'s ("two weeks after")', () => {
    const coded = code(
      'Chad expelled the French ambassador on Tuesday, two weeks after accusing Paris of meddling in its elections.',
    );
    expect(coded).toContain('ACCUSE TCD > FRA');
    expect(coded).toContain('SANCTION TCD > FRA');
  });

  it('takes no doer from the main clause object or from its own object', () => {
    const coded = code(
      'Algeria closed its ports to all Spanish ships on Friday, a week after cutting trade ties with Madrid.',
    );
    expect(coded).toContain('SANCTION DZA > ESP');
    expect(coded.filter((l) => l.includes('ESP >'))).toEqual([]);
  });
});

describe('near misses', () => {
  it('"before" does not tell an act done ("demanded a truce before allowing aid")', () => {
    const coded = code(
      'Serbian nationalists demanded a truce with the army before allowing aid convoys into the town.',
    );
    expect(coded.filter((l) => l.startsWith('RETREAT') || l.startsWith('CONCEDE'))).toEqual([]);
  });

  it('a gerund after "of" or "for" is the object\'s act, not the subject\'s', () => {
    expect(code('Serbia accused Kosovo of provoking violence in the north.')).toEqual([
      'ACCUSE SRB > XKX',
    ]);
    expect(code('Morocco thanked Spain for sending rescue teams.')).not.toContain('AID MAR > ESP');
  });

  it('a gerund naming a topic is no act ("talks on lifting sanctions")', () => {
    expect(
      code('Talks on lifting sanctions on Iran resumed in Vienna after stalling for months.'),
    ).toEqual([]);
  });
});

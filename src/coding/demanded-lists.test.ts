// Acts in a list under a demand, an appeal or a refusal (eighteenth round, late): every verb
// coordinated with a held-back complement verb is held back with it, not coded as done. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse.js';
import { coordinatedHead } from './clauses.js';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string, published = '2023-03-09') =>
  coder
    .code({ id: 'dlist', text, published })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}${m.negated ? ' not' : ''}`)
    .sort();

const headOf = (text: string, word: string): string | null => {
  const tokens = analyse(text)[0]!.tokens;
  const head = coordinatedHead(
    tokens,
    tokens.findIndex((t) => t.lower === word),
  );
  return head === null ? null : tokens[head]!.lower;
};

describe('the first verb of a coordinated list', () => {
  it('follows the list back to its first verb of the same form', () => {
    expect(headOf('Chile urged Peru to withdraw its troops and pay reparations.', 'pay')).toBe(
      'withdraw',
    );
    expect(headOf('Chile refused to recognise the vote or withdraw its envoy.', 'withdraw')).toBe(
      'recognise',
    );
  });

  it('joins no verb of another form or across a clause', () => {
    // "sent" is the demander's own act: the demanded "free", of another form, ends the list.
    expect(
      headOf('Chile demanded that Peru free the fishermen and sent a frigate north.', 'sent'),
    ).toBeNull();
    expect(
      headOf(
        'Chile demanded that Peru free the fishermen, which angered Lima and hurt ties.',
        'hurt',
      ),
    ).toBeNull();
    expect(headOf('Chile withdrew its envoy.', 'withdrew')).toBeNull();
  });
});

describe('acts coordinated under a demand', () => {
  it('holds back every demanded act, not only the first', () => {
    expect(
      code('Chile demanded that Peru punish those responsible and pay compensation to the crew.'),
    ).toEqual(['REQUEST CHL > PER']);
    expect(
      code('Chile urged Peru to withdraw its troops and release the detained fishermen.'),
    ).toEqual(['REQUEST CHL > PER']);
  });

  it('finds the list through verbs the tagger takes for nouns', () => {
    // "return" and "release" are tagged nouns here; a determiner after each shows a verb.
    expect(
      code('Chile demanded that Peru return the trawler, release the crew and pay compensation.'),
    ).toEqual(['REQUEST CHL > PER']);
  });

  it('negates every act in a refused list', () => {
    expect(code('Chile refused to recognise Peru or withdraw its troops.')).toEqual(
      expect.arrayContaining(['RETREAT CHL > PER not']),
    );
    expect(code('Chile refused to recognise Peru or withdraw its troops.')).not.toContain(
      'RETREAT CHL > PER',
    );
  });

  it("keeps the demander's own act joined to the demand", () => {
    expect(
      code('Chile demanded that Peru free the fishermen and sent a frigate to the border.'),
    ).toContain('REQUEST CHL > PER');
    expect(
      code('Chile demanded that Peru free the fishermen and sent a frigate to the border.').some(
        (x) => x.startsWith('MOBILIZE CHL'),
      ),
    ).toBe(true);
  });
});

// A joint subject approving another's act (issue #15, roles23; joint-reactions.ts): each member
// approves of the earlier act's doer, as the gold codes "The United States and the European
// Union welcomed ..." one event per member; the joint reading made the members approve of each
// other. Invented sentences, with near misses where the joint reading stands.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('roles23', '2023-05-10');

describe('two states welcoming an earlier act of the sentence', () => {
  it('codes a welcome of a release from each member to the one who freed them', () => {
    expect(
      code(
        'Azerbaijan freed two Armenian soldiers on Friday, and Paris and Washington welcomed their release.',
      ),
    ).toEqual(['RETREAT AZE > ARM', 'SUPPORT FRA > AZE', 'SUPPORT USA > AZE']);
  });

  it('reads a decision or a move taken up by a noun', () => {
    expect(
      code('Belarus pardoned a Lithuanian activist, and Vilnius and Warsaw welcomed the decision.'),
    ).toEqual(['CONCEDE BLR > LTU', 'SUPPORT LTU > BLR', 'SUPPORT POL > BLR']);
  });

  it('leaves thanks with a named object as they were', () => {
    expect(
      code(
        'Qatar mediated a swap, and Venezuela and the United States thanked Doha for its efforts.',
      ),
    ).toEqual(['CONSULT QAT > VEN', 'SUPPORT VEN > QAT', 'SUPPORT USA > QAT']);
  });
});

describe('near misses: the joint reading stands', () => {
  it('keeps one act between the members when no earlier act is taken up', () => {
    expect(code('Serbia and Kosovo welcomed the agreement.')).toEqual(['SUPPORT SRB > XKX']);
  });

  it('keeps a signing between the members: signing is no verb of approval', () => {
    expect(code('Chile and Peru signed the deal after Bolivia proposed it.')).toEqual([
      'SUPPORT CHL > PER',
    ]);
  });
});

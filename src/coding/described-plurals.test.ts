// A nationality, one describing adjective and a plural noun name that state's people or
// military ("Russian strategic bombers", "Chinese naval vessels"), as the nationality and the
// noun alone do (mentions.ts, describedPlural). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'ddesc', text, published: '2024-03-05' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`);

describe('a nationality with a describing adjective before a plural noun', () => {
  it('codes coordinated nationalities with an adjective as the doers of a joint act', () => {
    expect(code('Egyptian and Saudi naval vessels held joint drills in the Red Sea.')).toContain(
      'COOPERATE EGY > SAU',
    );
  });

  it('codes the described group as the doer of a strike', () => {
    expect(code('Turkish armed drones struck Kurdish positions in Syria on Sunday.')).toContain(
      'ASSAULT TUR > SYR',
    );
  });
});

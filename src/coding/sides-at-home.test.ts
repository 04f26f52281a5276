// Two sides of a civil conflict as one subject, and the host of their talks (fourteenth round:
// consultations let go, wrong targets). Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'dsides', text, published: '2024-03-02' })
    .mentions.map((m) => `${m.type} ${m.source.root} > ${m.target.root}`)
    .sort();

describe('rebels joined to a state’s organ', () => {
  it('are that state’s, not the place of the talks’', () => {
    const acts = code(
      'Sri Lanka’s government and Tamil rebels agreed to a truce at talks in Oslo.',
    );
    expect(acts).toContain('AGREE LKA > LKA');
    expect(acts).not.toContain('AGREE LKA > NOR');
    expect(
      code('Myanmar’s military and armed groups agreed to a ceasefire after talks in Kunming.'),
    ).toContain('AGREE MMR > MMR');
  });

  it('make a joint act told in the passive one between the agents', () => {
    expect(code('A prisoner exchange was agreed by Bogota and the guerrillas on Monday.')).toEqual([
      'AGREE COL > COL',
    ]);
  });
});

describe('the host of talks', () => {
  it('is found past the place the talks were held in', () => {
    expect(
      code(
        'Serbia and Kosovo agreed to a roadmap after talks in the Belgian capital hosted by the European Union.',
      ),
    ).toEqual(expect.arrayContaining(['CONSULT EU > SRB', 'CONSULT EU > XKX', 'AGREE SRB > XKX']));
    expect(
      code(
        'Myanmar’s military and armed groups agreed to a ceasefire after talks in the Chinese city of Kunming hosted by Beijing.',
      ),
    ).toEqual(expect.arrayContaining(['AGREE MMR > MMR', 'CONSULT CHN > MMR']));
  });

  it('consults each side of what was agreed there', () => {
    const acts = code(
      'Sri Lanka’s government and Tamil rebels agreed to a truce at talks hosted by Norway.',
    );
    expect(acts).toContain('AGREE LKA > LKA');
    expect(acts).toContain('CONSULT NOR > LKA');
    expect(acts).not.toContain('AGREE LKA > NOR');
  });
});

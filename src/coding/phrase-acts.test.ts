// Attacks named by a noun outside the subject, whose own phrase names the doer (twelfth round).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string, published = '2021-06-02') =>
  coder
    .code({ id: 'dphrase', text, published })
    .mentions.map(
      (m) => `${m.type} ${m.source.root} > ${m.target.root}${m.claimed ? ' (claimed)' : ''}`,
    );

describe('attacks named in an adjunct or an object', () => {
  it('codes an attack whose doer is a "by" phrase and whose object is a named party', () => {
    expect(
      code(
        'Traders marched in Beledweyne in protest at the killing of a Somali driver by Ethiopian soldiers.',
      ),
    ).toContain('ASSAULT ETH > SOM');
  });

  it('codes an attack whose doer is a nationality adjective and whose object is a state', () => {
    expect(
      code(
        'Yerevan recalled its envoy a day after the Azerbaijani drone strike on Armenian border posts.',
      ),
    ).toContain('ASSAULT AZE > ARM');
  });

  it('codes the attack a verb of blame lays on someone, claimed', () => {
    expect(code('Baghdad blamed Turkey for the air strikes on the Sinjar district.')).toContain(
      'ASSAULT TUR > IRQ (claimed)',
    );
  });

  it('leaves an attack whose phrase names no doer as background', () => {
    expect(code('After the attack on the convoy, Kenyan officials closed the road.')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^ASSAULT/)]),
    );
  });
});

describe('victims of a clash', () => {
  it('codes the other side of the clash the victims were killed or wounded in as the doer', () => {
    expect(
      code('Five Kyrgyz border guards were killed in a clash with Tajik troops on Thursday.'),
    ).toContain('ASSAULT TJK > KGZ');
    expect(
      code('Two Armenian soldiers were wounded on Tuesday in fighting with Azerbaijani forces.'),
    ).toContain('ASSAULT AZE > ARM');
  });
});

// Cooperative acts never found (twenty-second session, trig22b): wire phrasings of COOPERATE
// (joining another state's forces or exercises, training or patrolling together) and pledges of
// money as AGREE, seen in stored wire and defence-press reports. Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcoop22', '2024-06-11');

describe("joining another state's forces or exercises (COOPERATE)", () => {
  it("forces joining a state's warships, navy or troops cooperate with it", () => {
    expect(
      code('A Canadian frigate joined Japanese and Australian warships for drills on Sunday.'),
    ).toEqual(expect.arrayContaining(['COOPERATE CAN > JPN', 'COOPERATE CAN > AUS']));
    expect(code('Indian warships joined the French navy for exercises off Goa.')).toContain(
      'COOPERATE IND > FRA',
    );
  });

  it('joining, taking part or participating in exercises with a named party', () => {
    expect(
      code(
        'Chile rejoined the naval exercises off Valparaiso on Tuesday, joining warships from Peru and Ecuador.',
      ),
    ).toEqual(expect.arrayContaining(['COOPERATE CHL > PER', 'COOPERATE CHL > ECU']));
    expect(code('Brazilian troops took part in the exercise with Paraguay.')).toContain(
      'COOPERATE BRA > PRY',
    );
  });

  it('traps: a people enlisting, a club joined, exercises with no partner, drills around a rival', () => {
    expect(code('Thousands of Cubans have joined the Russian army.')).toEqual([]);
    expect(code('The Kenyan striker joined the French club for training on Monday.')).toEqual([]);
    expect(code('Russian bombers took part in the exercise.')).toEqual([]);
    expect(code('Chinese warships joined the drills around Taiwan on Monday.')).not.toContain(
      'COOPERATE CHN > TWN',
    );
  });
});

describe('forces acting together (COOPERATE each way)', () => {
  it('"trained together", "patrolled together", "flew in formation"', () => {
    expect(code('The Greek and French navies trained together in the Aegean.')).toContain(
      'COOPERATE GRC > FRA',
    );
    expect(code('Egyptian and Saudi warplanes flew in formation over the Red Sea.')).toContain(
      'COOPERATE EGY > SAU',
    );
    expect(code('Indian troops trained together with US soldiers in Rajasthan.')).toContain(
      'COOPERATE IND > USA',
    );
  });

  it('traps: leaders travelling together, a player training with teammates', () => {
    expect(code("Pakistan's leaders flew together to Beijing.")).toEqual([]);
    expect(code('The striker trained together with his teammates.')).toEqual([]);
  });
});

describe('a pledge of money or aid is a promise of aid (AGREE, CAMEO 033)', () => {
  it('pledged a sum or aid to a state', () => {
    expect(code('Qatar pledged $2 billion to Lebanon.')).toEqual(['AGREE QAT > LBN']);
    expect(code("Japan pledged 500 million dollars for Ukraine's reconstruction.")).toEqual([
      'AGREE JPN > UKR',
    ]);
  });

  it('money sent or delivered is still AID', () => {
    expect(code('Qatar sent $2 billion in aid to Lebanon.')).toContain('AID QAT > LBN');
  });
});

describe('a sale or delivery of arms approved (AGREE to the receiving state, CAMEO 0332)', () => {
  it('approving, authorising or clearing a sale, handover or export of weapons', () => {
    expect(
      code('The State Department approved a possible sale of F-16 fighter jets to Turkey.'),
    ).toEqual(['AGREE USA > TUR']);
    expect(
      code(
        "Romania's parliament approved the handover of 50 armoured vehicles to Moldova on Friday.",
      ),
    ).toEqual(['AGREE ROU > MDA']);
    expect(code('The Dutch government cleared the export of Patriot missiles to Ukraine.')).toEqual(
      ['AGREE NLD > UKR'],
    );
  });

  it('traps: assets, prisoners or grain approved for transfer are no arms', () => {
    expect(code('The cabinet approved the sale of state assets to foreign investors.')).toEqual([]);
    expect(code('The court approved the transfer of the prisoners to Russia.')).toEqual([]);
    expect(code('The government approved the export of wheat to Egypt.')).toEqual([]);
  });
});

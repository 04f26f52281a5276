// Ordinary phrasings of working together and of aid (twentieth round, issue #15): aid dropped
// from the air, forces working or fighting alongside another's, joint drills opened. Aid goes
// to the place it is sent into, never to those it comes from. Invented sentences; the traps use
// the same words where no state acts.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcoop20', '2024-06-01');

describe('aid dropped from the air', () => {
  it('codes food dropped over a place as aid to it, one event per member of the subject', () => {
    expect(code('Qatari and Jordanian aircraft dropped food parcels over Gaza on Sunday.')).toEqual(
      ['AID QAT > PSE', 'AID JOR > PSE'],
    );
  });

  it('aims the aid at the place it is dropped into, not at a state it came from', () => {
    expect(
      code(
        'The Jordanian air force airdropped medical supplies into northern Gaza on Monday, joined by a plane from Egypt.',
      ),
    ).toEqual(['AID JOR > PSE']);
  });

  it('keeps the place sent into before a party named after it', () => {
    expect(
      code('Jordan sent food into northern Gaza on Tuesday, joined by aircraft from France.'),
    ).toEqual(['AID JOR > PSE']);
  });

  it('codes nothing for prices or leaflets dropped', () => {
    expect(code('Oil prices dropped more than 3 percent on Friday after OPEC data.')).toEqual([]);
    expect(code('The army dropped leaflets over the city on Friday.')).toEqual([]);
  });
});

describe('forces working or fighting alongside another', () => {
  it('codes the forces worked alongside as the partner', () => {
    expect(
      code('Kenyan police officers are working alongside Haitian troops in Port-au-Prince.'),
    ).toEqual(['COOPERATE KEN > HTI']);
  });

  it('takes the partner right after "alongside" over a later "with"', () => {
    expect(
      code(
        'Lebanese soldiers worked alongside UN peacekeepers in the south on Thursday under the truce with Israel.',
      ),
    ).toEqual(['COOPERATE LBN > UN']);
  });

  it('codes nothing for a player fighting alongside his brother', () => {
    expect(code('The striker fought alongside his brother at the club for three seasons.')).toEqual(
      [],
    );
  });
});

describe('joint drills opened', () => {
  it('codes joint drills opened by two navies as cooperation', () => {
    expect(
      code('Russian and Chinese warships opened joint naval drills in the Sea of Japan on Monday.'),
    ).toEqual(['COOPERATE RUS > CHN']);
  });

  it('codes nothing for a company opening a joint venture or shares opening', () => {
    expect(code('Volkswagen opened a joint venture with a Chinese carmaker in Shanghai.')).toEqual(
      [],
    );
    expect(code('Greek shares opened higher on Monday.')).toEqual([]);
  });
});

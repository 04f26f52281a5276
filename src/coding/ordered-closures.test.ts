// An act ordered by one state and done by another (issue #15, roles23): "China ordered the
// United States to close its consulate in Chengdu" is China's sanction of the United States,
// though the United States closes the post. The closing verb alone took the state ordered for
// the doer and the orderer (or the post's city) for the target. Seen in many stored wire reports
// of consulates and embassies ordered shut or cut in tit-for-tat disputes.
// Patterns `sanction.order-mission-closed`, `sanction.order-mission-cut`, class
// `diplomatic-missions`. Invented sentences, with near misses that must not code so.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('roles23', '2023-05-10');

describe('a state ordered to close its own diplomatic post', () => {
  it('is a sanction by the one who orders it, of the one ordered', () => {
    expect(code('Kenya ordered Somalia to shut its embassy in Nairobi within a week.')).toEqual([
      'SANCTION KEN > SOM',
    ]);
    expect(code('Ghana ordered Nigeria to close its consulate in Kumasi.')).toEqual([
      'SANCTION GHA > NGA',
    ]);
    expect(code('Lithuania told Russia to shut down its consulate in Klaipeda by Friday.')).toEqual(
      ['SANCTION LTU > RUS'],
    );
  });

  it('reads a deadline given and a number of posts', () => {
    expect(
      code('The State Department gave Russia 48 hours to close its consulate in Seattle.'),
    ).toEqual(['SANCTION USA > RUS']);
    expect(
      code('Germany told Russia to close four of its five consulates in the country.'),
    ).toEqual(['SANCTION DEU > RUS']);
  });

  it('is a sanction of the one ordered to cut the staff of its post', () => {
    expect(code('Moldova ordered Russia to cut the staff of its embassy in Chisinau.')).toEqual([
      'SANCTION MDA > RUS',
    ]);
    expect(
      code('Latvia gave Russia until August to cut the staff at its embassy in Riga.'),
    ).toEqual(['SANCTION LVA > RUS']);
  });

  it('keeps the negation of a refused order', () => {
    const coded = code('Poland refused to order Russia to close its consulate in Gdansk.');
    expect(coded).toContain('SANCTION POL > RUS');
    expect(coded).not.toContain('SANCTION RUS > POL');
  });
});

describe('near misses', () => {
  it('codes a request to close a post as a request, not an order', () => {
    expect(code('Germany asked Russia to close its consulate in Leipzig.')).toEqual([
      'REQUEST DEU > RUS',
    ]);
  });

  it('codes nothing for a state telling its own embassies to cut staff', () => {
    expect(
      code(
        'The State Department instructed its embassies to cut the number of staff at consulates in Europe.',
      ),
    ).toEqual([]);
  });

  it('codes nothing for a post told to close by no named party', () => {
    expect(code('The storm forced the embassy to close its doors on Friday.')).toEqual([]);
    expect(
      code('Denmark told reporters on Monday that it would close its embassy in Kabul.'),
    ).toEqual([]);
  });
});

// A legislature is a branch of its state apart from the government acting on it: "urged
// lawmakers to pass the budget" is an event within the state (X -> X), and a legislature named
// again without its country is the one the sentence named (nineteenth round). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dbranch', '2024-10-01');

describe('a government acting on its legislature', () => {
  it('codes a request to lawmakers of no named country as one within the state', () => {
    expect(
      code(
        "Peru's president urged lawmakers on Thursday to approve a bill bringing the general election forward.",
      ),
    ).toEqual(['REQUEST PER > PER']);
  });

  it('codes a request to parliament the same way', () => {
    expect(
      code("Pakistan's prime minister asked parliament on Monday to extend the army chief's term."),
    ).toEqual(['REQUEST PAK > PAK']);
  });

  it('still reads the army ordered by its own president as no second actor', () => {
    expect(code("Nigeria's president urged the army to protect civilians.")).toEqual([
      'REQUEST NGA > ',
    ]);
  });
});

describe('a legislature named again', () => {
  it('is the legislature the sentence named, not the doer own', () => {
    expect(
      code(
        "Germany's parliament approved the delivery of tanks to Ukraine on Thursday, and Zelensky thanked lawmakers for the vote.",
      ),
      // The approval itself is AGREE to the receiver (`agree.approve-arms-transfer`).
    ).toEqual(['AGREE DEU > UKR', 'SUPPORT UKR > DEU']);
  });

  it('stays unplaced when the sentence named two', () => {
    expect(
      code(
        "Germany's parliament and France's senate approved the delivery of tanks to Ukraine, and Zelensky thanked lawmakers.",
      ),
    ).not.toContain('SUPPORT UKR > DEU');
  });
});

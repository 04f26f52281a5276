// A quotation's "we" is its speaker, and a speaker named by its organ alone ("the ministry said")
// is of the country the document named before (quote-speakers.ts). Invented reports.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import { placedSpeaker } from './quote-speakers.js';

const coder = createCoder();
const code = (text: string): string[] =>
  coder
    .code({ id: 'dquoted', text, published: '2024-03-12' })
    .mentions.map(
      (m) => `${m.type} ${m.source.root} > ${m.target.root}${m.negated ? ' (negated)' : ''}`,
    );

describe('a quoted "we" whose speaker is named by its organ alone', () => {
  it("is the organ's country that the lead named", () => {
    expect(
      code(
        'Azerbaijan\'s foreign ministry on Monday accused Armenia of shelling its positions. "We call on Yerevan to stop these provocations," the ministry said.',
      ),
    ).toContain('REQUEST AZE > ARM');
    expect(
      code(
        'Mali\'s junta expelled the French ambassador on Monday. "We reject the hostile remarks of France," the government said in a statement read on state television.',
      ),
    ).toContain('REJECT MLI > FRA');
    expect(
      code(
        'China held drills near Taiwan on Saturday. "We urge Washington to stop sending the wrong signals," a foreign ministry spokesman said.',
      ),
    ).toContain('REQUEST CHN > USA');
  });

  it('takes the country last named for that organ', () => {
    const coded = code(
      'Russia\'s defence ministry said its forces had downed 20 drones. Ukraine\'s foreign ministry said the strikes had hit a power plant. "We call on our partners to send more air defence systems," the ministry said.',
    );
    expect(coded).toContain('REQUEST UKR > ');
    expect(coded.filter((l) => l.startsWith('REQUEST RUS'))).toEqual([]);
  });
});

describe('near misses', () => {
  it('a document that named no country gives the organ none', () => {
    expect(code('"We call on Armenia to withdraw its troops," the ministry said.')).toEqual([]);
  });

  it('a speaker who is no organ of a state is not placed', () => {
    expect(placedSpeaker({ root: '', sector: 'NGO', text: 'charity' }, () => 'ISR')).toBeNull();
    expect(placedSpeaker({ root: '', sector: '', text: 'Jane Doe' }, () => 'ISR')).toBeNull();
    expect(placedSpeaker({ root: '', sector: 'GOV', text: 'ministry' }, () => '')).toBeNull();
    expect(placedSpeaker({ root: '', sector: 'GOV', text: 'ministry' }, () => 'ISR')).toEqual({
      root: 'ISR',
      sector: 'GOV',
      text: 'ministry',
    });
  });
});

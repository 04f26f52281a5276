// Forces or teams sent at a government's request help it: AID from the sender to the asker
// (twenty-first round, issue #15). Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dsentaid', '2022-01-07');

describe('help sent at a government request', () => {
  it('codes a deployment at the host government request as AID, not MOBILIZE', () => {
    const events = code('Chad deployed troops to Mali at the request of the Malian government.');
    expect(events).toContain('AID TCD > MLI');
    expect(events).toContain('REQUEST MLI > TCD');
    expect(events.some((e) => e.startsWith('MOBILIZE'))).toBe(false);
  });

  it('codes "at X\'s request" after a passive deployment', () => {
    expect(code("Russian troops were deployed to Kazakhstan at Tokayev's request.")).toContain(
      'AID RUS > KAZ',
    );
  });

  it('codes a move told with no trigger of its own ("arrived in", "began flying")', () => {
    expect(
      code(
        'Kenyan police officers arrived in Haiti on Tuesday at the request of the Haitian government.',
      ),
    ).toContain('AID KEN > HTI');
    expect(
      code(
        'The Russian-led CSTO began flying paratroopers into Kazakhstan at the request of President Tokayev.',
      ),
    ).toContain('AID CSTO > KAZ');
  });

  it("codes no aid when the request is the sender's own government's", () => {
    expect(
      code('Kenyan police arrived in Haiti at the request of the Kenyan government.').some((e) =>
        e.startsWith('AID'),
      ),
    ).toBe(false);
  });

  it('codes no aid when the asker is no coded party', () => {
    expect(
      code('Russian police raided the newspaper offices at the request of prosecutors.').some((e) =>
        e.startsWith('AID'),
      ),
    ).toBe(false);
  });

  it('codes no aid when the forces named did something other than move', () => {
    const events = code('Spanish police seized the yacht at the request of the United States.');
    expect(events).toContain('REQUEST USA > ESP');
    expect(events.some((e) => e.startsWith('AID'))).toBe(false);
  });

  it('codes no aid when nothing was sent ("moved the talks")', () => {
    expect(
      code('Turkey moved the talks to Istanbul at the request of Ukraine.').some((e) =>
        e.startsWith('AID'),
      ),
    ).toBe(false);
  });
});

describe('help sent elsewhere than to the asker', () => {
  it('codes no aid to a bloc that asked for troops sent into another country', () => {
    expect(
      code('Nigerian troops were sent to Gambia at the request of the West African bloc.').some(
        (e) => e.startsWith('AID'),
      ),
    ).toBe(false);
  });
});

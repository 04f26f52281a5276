// The miss classifier names the stage that lost a pair. Invented texts.
import { describe, expect, it } from 'vitest';
import { ORIGINAL, SAME_ACTORS_OTHER_STORY } from './fixtures.js';
import { classifyMiss, missTable } from './misses.js';
import { MIN_ESTIMATE } from './link.js';
import { LOW_ESTIMATE, LOW_ESTIMATE_BANDS } from './candidates.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();

describe('classifying a missed copy', () => {
  it('says no band when the two texts share no LSH band', () => {
    const unrelated =
      'The city council of Lisbon voted on Tuesday to widen 14 cycle lanes along the river.\n\n' +
      'Mayor Carla Pinto said the work would start in April and cost 3 million euros.';
    const m = classifyMiss('farm', unrelated, ORIGINAL, null, null, th);
    expect(m.stage).toBe('no-band');
    expect(m.bandsSkeleton + m.bandsAnchor).toBe(0);
  });

  it('puts a found, high-ranked pair the fine check accepts at the veto stage', () => {
    const copy = `${ORIGINAL}\n\nSource link`;
    const m = classifyMiss('edited', copy, ORIGINAL, 0, 0, th);
    expect(m.stage).toBe('veto');
    expect(m.estimate).toBeGreaterThan(0.8);
    expect(m.lengthRatio).toBeGreaterThan(1);
  });

  it('separates a rank cut from an estimate cut and from the fine check', () => {
    expect(classifyMiss('edited', ORIGINAL, ORIGINAL, null, null, th).stage).toBe('rank');
    expect(classifyMiss('edited', ORIGINAL, ORIGINAL, 3, null, th).stage).toBe('estimate');
    const other = classifyMiss('farm', SAME_ACTORS_OTHER_STORY, ORIGINAL, 0, 0, th);
    // One-row bands of names and numbers: a story of the same people may share one, and then
    // its containment estimate, not the band, keeps it from the fine check (unless it shares
    // enough band keys to fill a check left unused: `checkable`).
    const bands = other.bandsSkeleton + other.bandsAnchor;
    const low = other.estimate >= LOW_ESTIMATE && bands >= LOW_ESTIMATE_BANDS;
    if (bands === 0) expect(other.stage).toBe('no-band');
    else if (other.estimate < MIN_ESTIMATE && !low) expect(other.stage).toBe('estimate');
    else expect(other.stage).toBe('fine-check');
  });

  it('tabulates misses by stage and kind', () => {
    const table = missTable([
      classifyMiss('farm', SAME_ACTORS_OTHER_STORY, ORIGINAL, 0, 0, th),
      classifyMiss('teaser', ORIGINAL, ORIGINAL, 0, 0, th),
    ]);
    expect(table.split('\n')[0]).toContain('| stage | misses | farm | teaser |');
    expect(table).toMatch(/\| veto \| 1 \| 0 \| 1 \|/);
    expect(table).toMatch(/\| all \| 2 \| 1 \| 1 \|/);
  });
});

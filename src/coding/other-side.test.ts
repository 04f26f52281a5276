// A force act told on the doer's own ground, the other side named as fighting (sixteenth round).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dside', '2024-03-06');

describe('the other side of a fight on the doer’s own ground', () => {
  it('takes the side named by its forces for a withdrawal from a town', () => {
    expect(
      code(
        "Ukraine's army pulled its brigades out of the town of Marinka on Monday after months of Russian assaults.",
      ),
    ).toContain('RETREAT UKR > RUS');
  });

  it('takes the side whose defences were breached', () => {
    expect(
      code(
        'Ukrainian troops recaptured the village of Klishchiivka near Bakhmut, breaking through Russian defensive lines.',
      ),
    ).toContain('ASSAULT UKR > RUS');
  });

  it('takes the side named by its troops in another clause', () => {
    expect(
      code(
        'About a dozen North Korean soldiers crossed the demarcation line and withdrew after South Korean troops fired warning shots.',
      ),
    ).toContain('RETREAT PRK > KOR');
  });

  it('leaves a fight with rebels or a breakaway region at home', () => {
    expect(
      code(
        'Georgian troops launched an offensive to retake Tskhinvali, capital of the breakaway region, as Russian jets flew overhead.',
      ),
    ).not.toContain('ASSAULT GEO > RUS');
  });

  it('does not take a state named as a market or a place', () => {
    expect(
      code(
        'Myanmar troops pulled out of the town of Laukkai on the road that carries trade to China.',
      ),
    ).not.toContain('RETREAT MMR > CHN');
  });
});

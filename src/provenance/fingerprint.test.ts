// What a signature is made of: prose, not page furniture. Invented texts.
import { describe, expect, it } from 'vitest';
import { fingerprint } from './link.js';

const STORY = [
  'Foreign Minister Alda Venn met her counterpart Piet Moran in Calvo on Tuesday.',
  'The two ministers agreed to reopen 3 border crossings closed since 2019, Venn said.',
  '"We have lost 14 months to this dispute," Moran told reporters after the meeting.',
].join('\n\n');

const OTHER = [
  'Floods in the Tarra valley forced 2,400 people from their homes, officials said on Friday.',
  'Governor Ines Halloway asked the capital for 35 more rescue boats and a field hospital.',
].join('\n\n');

/** What a content farm prints around every page it publishes. */
const furniture = (headline: string): string[] => [
  headline,
  'By Staff Writer',
  'Updated 09:15 GMT',
  'Share this article: Facebook Twitter WhatsApp Email',
];
const onFarm = (headline: string, text: string): string =>
  [...furniture(headline), text, 'Source link', 'Tags: world, politics, breaking'].join('\n\n');

const sharedBands = (a: Int32Array, b: Int32Array): number =>
  a.reduce((n, key, i) => n + (key === b[i] ? 1 : 0), 0);

describe('fingerprint', () => {
  it('is made of the prose: headlines, bylines, timestamps and share lines leave it unchanged', () => {
    expect(fingerprint(onFarm('Venn and Moran', STORY)).sig).toEqual(fingerprint(STORY).sig);
  });

  it('gives two unrelated pages of one farm no band key for their furniture', () => {
    const a = fingerprint(onFarm('Venn and Moran', STORY));
    const b = fingerprint(onFarm('Halloway asks for help', OTHER));
    expect(sharedBands(a.bands, b.bands)).toBe(
      sharedBands(fingerprint(STORY).bands, fingerprint(OTHER).bands),
    );
  });

  it('reads every line of a text without a closed sentence', () => {
    const lines = 'Venn meets Moran in Calvo\n\nThree crossings to reopen by 2019 deal';
    const fp = fingerprint(lines);
    expect(fp.shingles).toBeGreaterThan(0);
    expect(fp.sig.some((slot) => slot !== 0xffffffff)).toBe(true);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentHash, normaliseText } from './normalise.js';
import { isResidueLine, RESIDUE_PATTERNS } from './residue.js';

describe('normaliseText', () => {
  it('composes to NFC', () => {
    expect(normaliseText('Kyi\u0308v')).toBe('Kyïv');
  });

  it('straightens curly quotes and guillemets', () => {
    expect(
      normaliseText('\u201CWe\u2019re ready,\u201D he said. \u00ABNo\u00BB, \u201Eja\u201C'),
    ).toBe('"We\'re ready," he said. "No", "ja"');
  });

  it('keeps the em dash, turns a spaced en dash into one and an unspaced en dash into a hyphen', () => {
    expect(normaliseText('talks\u2014if any\u2014resumed')).toBe('talks—if any—resumed');
    expect(normaliseText('Talks stalled \u2013 officials said')).toBe(
      'Talks stalled — officials said',
    );
    expect(normaliseText('pages 18\u201320 of the Moscow\u2013Kyiv file')).toBe(
      'pages 18-20 of the Moscow-Kyiv file',
    );
    expect(normaliseText('\u22125 degrees, a\u2010b, x\u2015y')).toBe('-5 degrees, a-b, x—y');
  });

  it('turns odd spaces into spaces, collapses runs and removes zero-width characters', () => {
    expect(normaliseText('a\u00A0b\u2009c\u202Fd\te   f')).toBe('a b c d e f');
    expect(normaliseText('cease\u200Bfire\uFEFF and soft\u00ADhyphen')).toBe(
      'ceasefire and softhyphen',
    );
  });

  it('converts CRLF and CR, keeps one blank line between paragraphs and trims', () => {
    expect(
      normaliseText('\r\n\r\n  First line\r\nsame paragraph  \r\n\r\n\r\n\r\nSecond\rthird \n\n'),
    ).toBe('First line\nsame paragraph\n\nSecond\nthird');
  });

  it('strips scraper residue lines but keeps attribution', () => {
    const raw = [
      'Skip to main content',
      'Talks resume',
      '',
      '[ad_1]',
      'The talks resumed on Monday.',
      '[ad_2]',
      'Advertisement',
      'Story continues below advertisement',
      'Share this:',
      'Facebook | Twitter | Email',
      'Read more: Another story about talks',
      'Related: Earlier coverage',
      'Related stories',
      'Click here to get our app',
      'Source link',
      'Posted by Admin on February 16, 2022 | Permalink',
      'This website uses cookies to improve your experience. Accept all cookies',
      'Subscribe to our daily newsletter',
      'Follow us on Telegram',
      '© 2022 Example News',
      'All rights reserved.',
      '',
      '(Reporting by Jane Example; Editing by John Sample)',
    ].join('\n');
    expect(normaliseText(raw)).toBe(
      'Talks resume\n\nThe talks resumed on Monday.\n\n(Reporting by Jane Example; Editing by John Sample)',
    );
  });

  it('keeps sentences that merely mention residue words', () => {
    const text =
      'The ministry said it would share this information with partners.\nAdvertisement of the new rules began on Monday.\nRegulators said the company uses cookies to track users across sites and must now ask for consent before doing so, in a ruling that also covered data brokers and advertising networks operating in the region, according to the decision published on Tuesday, which runs to many pages and sets out fines for breaches of the rules.';
    expect(normaliseText(text)).toBe(text);
  });

  it('is idempotent', () => {
    const raw = '  \u201CA\u201D \u2013 b\u00A0\u00A0c\r\n\r\n\r\n[ad_1]\r\n\r\nd\u2013e  \n';
    const once = normaliseText(raw);
    expect(normaliseText(once)).toBe(once);
  });

  it('returns an empty string for whitespace and residue only', () => {
    expect(normaliseText(' \n\t\n ')).toBe('');
    expect(normaliseText('[ad_1]\nAdvertisement\n')).toBe('');
  });
});

describe('residue patterns', () => {
  it('each carries a reason', () => {
    for (const { why } of RESIDUE_PATTERNS) expect(why.length).toBeGreaterThan(10);
  });

  it('never matches blank lines', () => {
    expect(isResidueLine('   ')).toBe(false);
  });
});

describe('documentHash', () => {
  it('is the sha256 hex of the text, then of NUL and the URL when there is one', () => {
    const text = 'Talks resumed.';
    expect(documentHash(text, null)).toBe(createHash('sha256').update(text).digest('hex'));
    expect(documentHash(text, 'https://a.example/1')).toBe(
      createHash('sha256').update(`${text}\u0000https://a.example/1`).digest('hex'),
    );
  });

  it('tells apart texts, and one text at two addresses', () => {
    expect(documentHash('Talks resumed.', null)).not.toBe(documentHash('Talks stalled.', null));
    expect(documentHash('Talks resumed.', 'https://a.example/1')).not.toBe(
      documentHash('Talks resumed.', 'https://b.example/1'),
    );
  });

  it('does not hide the URL boundary (text + URL pieces cannot collide)', () => {
    expect(documentHash('ab', 'c')).not.toBe(documentHash('a', 'bc'));
  });
});

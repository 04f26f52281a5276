import { describe, expect, it } from 'vitest';
import { analyse, blocksOf } from './analyse.js';

describe('analyse', () => {
  it('keeps offsets that point back into the text', () => {
    const text = "Russia shelled Kharkiv.  Ukraine didn't respond.\n\nTalks resumed on Monday.";
    for (const s of analyse(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(analyse(text).map((s) => s.text)).toEqual([
      'Russia shelled Kharkiv.',
      "Ukraine didn't respond.",
      'Talks resumed on Monday.',
    ]);
  });

  it('gives lemmas and parts of speech', () => {
    const [s] = analyse('Troops attacked the town.');
    expect(s!.tokens.map((t) => t.lemma)).toContain('attack');
    expect(s!.tokens.find((t) => t.lemma === 'attack')!.pos).toBe('VERB');
  });

  it('keeps list items apart from the line before them', () => {
    const text = 'Headlines of the day:\n- Moscow announces end of drills\n- Kyiv calls for talks';
    expect(analyse(text).map((s) => s.text)).toEqual([
      'Headlines of the day:',
      '- Moscow announces end of drills',
      '- Kyiv calls for talks',
    ]);
  });

  it('never runs a headline into the dateline after it', () => {
    const text = 'Moscow says units head home\nMOSCOW, Feb. 15 (Wire) - Russia said units left.';
    expect(blocksOf(text)).toHaveLength(2);
    expect(analyse(text)[0]!.text).toBe('Moscow says units head home');
  });
});

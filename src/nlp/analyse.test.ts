import { describe, expect, it } from 'vitest';
import { analyse, analyseLazily, boundedBlocks, blocksOf } from './analyse.js';

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

describe('long texts in bounded pieces', () => {
  const sentence = 'Russian forces shelled the town of Number Seven on Monday, officials said. ';
  const text = sentence.repeat(2000); // ~150 KB in one block: no blank line anywhere

  it('cuts a long block at sentence ends, never above the bound', () => {
    const pieces = [...boundedBlocks(text, 10_000)];
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(10_000);
      expect(text.slice(p.start, p.end)).toMatch(/^Russian/);
      expect(text.slice(p.start, p.end).trimEnd()).toMatch(/said\.$/);
    }
    // Together they cover the text, in order, without gaps.
    expect(pieces[0]!.start).toBe(0);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
    expect(pieces.at(-1)!.end).toBe(text.length);
  });

  it('cuts a text without sentence ends at spaces', () => {
    const words = 'word '.repeat(5000);
    const pieces = [...boundedBlocks(words, 1000)];
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(1000);
    expect(pieces.map((p) => words.slice(p.start, p.end)).join('')).toBe(words.trimEnd() + ' ');
  });

  it('hands out runs of blocks with the sentences, numbers and offsets of the whole text', () => {
    const paragraphs = [
      'Border guards detained four fishermen. Their boat was towed to port.',
      'The ministry protested on Tuesday.',
      'Talks on the dispute resumed. Both delegations met for three hours. No date was set.',
      'Observers reported calm.',
    ].join('\n\n');
    const whole = analyse(paragraphs);
    expect(whole).toHaveLength(7);
    // A bound smaller than two paragraphs together: every run is one or two blocks.
    const runs = [...analyseLazily(paragraphs, 90)];
    expect(runs).toEqual(whole);
    runs.forEach((s, i) => expect(s.index).toBe(i));
  });

  it('numbers sentences through the whole text and keeps their offsets', () => {
    const sentences = analyse(text);
    expect(sentences).toHaveLength(2000);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });
});

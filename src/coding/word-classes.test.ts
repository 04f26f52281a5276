import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePatternLine } from './patterns.js';
import {
  builtInWordClasses,
  classAlternation,
  classWords,
  expandWordClasses,
  loadWordClasses,
} from './word-classes.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-classes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('word classes', () => {
  const classes = new Map([
    ['held', ['prisoners', 'hostages', 'aid_workers']],
    ['goods', ['aid', 'prisoners']],
  ]);

  it('puts the words of a class where the pattern names it, once each', () => {
    expect(expandWordClasses('free * @held|crew', classes)).toBe(
      'free * prisoners|hostages|aid_workers|crew',
    );
    expect(expandWordClasses('send * @goods|@held', classes)).toBe(
      'send * aid|prisoners|hostages|aid_workers',
    );
    expect(expandWordClasses('withdraw', classes)).toBe('withdraw');
  });

  it('refuses an unknown class, or a class opening a pattern', () => {
    expect(expandWordClasses('free * @nobody', classes)).toEqual({
      error: '"@nobody": no such word class (data/patterns/classes.json)',
    });
    expect(expandWordClasses('@held * release', classes)).toMatchObject({
      error: expect.stringContaining('cannot open a pattern'),
    });
  });

  it('gives a committed class to code that reads raw text as one whole-word alternation', () => {
    const recording = new RegExp(classAlternation('recording-verbs'), 'i');
    // Every word of the class, and no word merely starting like one.
    for (const w of builtInWordClasses().get('recording-verbs')!)
      expect(recording.test(w)).toBe(true);
    expect(recording.test('the recorder and the notebook')).toBe(false);
    expect(() => classAlternation('no-such-class')).toThrow('no such word class "no-such-class"');
  });

  it('gives a committed class to code that tests tokens as one set, read once', () => {
    const speech = classWords('speech-verbs');
    expect([...speech].sort()).toEqual([...builtInWordClasses().get('speech-verbs')!].sort());
    expect(speech.has('say')).toBe(true);
    expect(classWords('speech-verbs')).toBe(speech);
    expect(() => classWords('no-such-class')).toThrow('no such word class "no-such-class"');
  });

  it('names the dictionary line of a pattern with a bad class', () => {
    const line = '{"id": "x.y", "type": "RETREAT", "match": "free * @no-such-class"}';
    expect(() => parsePatternLine(line, 'mine.jsonl', 7)).toThrow(
      'mine.jsonl:7: field "match": "@no-such-class": no such word class',
    );
  });

  it('validates a classes file, naming the field', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ version: 1, classes: { held: { about: 'x', words: ['Bad Word'] } } }),
    );
    expect(() => loadWordClasses(bad)).toThrow(/bad\.json: field "classes\.held\.words\.0"/);
  });

  it('ships classes that every built-in pattern can use', () => {
    const built = builtInWordClasses();
    expect(built.get('held-persons')).toContain('nationals');
    expect(built.get('aid-goods')).toContain('ammunition');
    expect(built.get('forces')).toContain('reservists');
  });
});

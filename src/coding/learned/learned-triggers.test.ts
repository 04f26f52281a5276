// The coder with the shipped learned model: verbs no pattern names, of a class the model learned
// from their synonyms, are coded; the same verbs with no party acted on, or another sense, are not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from '../sentence-coder.test-util.js';
import { loadPatterns, expandAnchor } from '../patterns.js';

const code = sentenceCoder('learned', '2024-03-01');

describe('learned triggers', () => {
  it('are asked only where no pattern names the verb', () => {
    // The premise of the tests below: if a pattern comes to name one of these verbs, the
    // sentence tests the pattern, not the model.
    const index = loadPatterns();
    for (const verb of ['reprimand', 'admonish', 'savage']) {
      expandAnchor(index, verb);
      expect(index.byAnchor.has(verb)).toBe(false);
    }
  });

  it('code a rebuke by a verb no pattern names, learned from its synonyms', () => {
    expect(code('Chile reprimanded Peru over the border incident on Monday.')).toEqual([
      'ACCUSE CHL > PER',
    ]);
    expect(code('Colombia admonished Venezuela over the detentions.')).toEqual([
      'ACCUSE COL > VEN',
    ]);
    expect(code('Ecuador savaged Peru over the border incident.')).toEqual(['ACCUSE ECU > PER']);
  });

  it('code nothing where the verb acts on no other party (traps)', () => {
    expect(code('Chile reprimanded a student for the essay.')).toEqual([]);
    expect(code('Chile reprimanded its own ambassador for the remarks.')).toEqual([]);
    expect(code('The Chilean team harassed the defenders throughout the match.')).toEqual([]);
  });

  it('are switched off by a disabled line with the synthetic id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'learned-off-'));
    const file = path.join(dir, 'off.jsonl');
    writeFileSync(file, '{"id": "learned.ACCUSE.reprimand", "disabled": true}\n');
    const off = sentenceCoder('learned', '2024-03-01', { dictionaries: [file] });
    expect(off('Chile reprimanded Peru over the border incident on Monday.')).toEqual([]);
    // Only that one: another verb the model codes is still coded.
    expect(off('Colombia admonished Venezuela over the detentions.')).toEqual(['ACCUSE COL > VEN']);
  });

  it('are left out with the option learned: false', () => {
    const patternsOnly = sentenceCoder('learned', '2024-03-01', { learned: false });
    expect(patternsOnly('Chile reprimanded Peru over the border incident on Monday.')).toEqual([]);
  });
});

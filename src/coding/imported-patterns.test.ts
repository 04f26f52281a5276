// Imported pattern files: built lazily, hand-kept patterns win, ids override and disable.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse.js';
import { dataPath } from '../paths.js';
import {
  addPendingPatterns,
  buildIndex,
  DictionaryError,
  loadPatterns,
  parsePatternFile,
} from './patterns.js';
import { findTriggers } from './triggers.js';

const tokens = (text: string) => analyse(text)[0]!.tokens;
const ids = (text: string, index: ReturnType<typeof buildIndex>) =>
  findTriggers(tokens(text), index).map((m) => m.pattern.id);

const HAND = [
  '{"id": "aid.send-aid", "type": "AID", "match": "send * aid"}',
  '{"id": "imp:override", "type": "ACCUSE", "match": "blast"}',
  '{"id": "imp:off", "disabled": true}',
].join('\n');
const IMPORTED = [
  '# attribution',
  '{"id":"imp:send-aid","type":"AID","cameo":"073","match":"send * humanitarian aid"}',
  '{"id":"imp:airlift","type":"AID","cameo":"073","match":"airlift * tents|blankets"}',
  '{"id":"imp:off","type":"ASSAULT","match":"storm * embassy"}',
  '{"id":"imp:override","type":"ASSAULT","match":"blast"}',
].join('\n');

function index() {
  const i = buildIndex(parsePatternFile(HAND, 'hand.jsonl'));
  addPendingPatterns(i, IMPORTED, 'imported.jsonl');
  return i;
}

describe('imported patterns', () => {
  it('wait until a text has their first word', () => {
    const i = index();
    expect(i.byAnchor.has('airlift')).toBe(false);
    expect(ids('Turkey airlifted tents to Pakistan.', i)).toEqual(['imp:airlift']);
    expect(i.byAnchor.get('airlift')?.[0]?.imported).toBe(true);
  });

  it('count a word joined by hyphens as one word of their short gap', () => {
    const i = index();
    // "airlifted its long-awaited winter tents": four words in the gap, not six.
    expect(ids('Qatar airlifted its long-awaited winter tents to Gaza.', i)).toEqual([
      'imp:airlift',
    ]);
    // Five words apart without hyphens stay out of reach.
    expect(ids('Qatar airlifted its long awaited new winter tents to Gaza.', i)).toEqual([]);
    // A hyphen with spaces is a dash: each side counts.
    expect(ids('Qatar airlifted its - long - awaited tents to Gaza.', i)).toEqual([]);
  });

  it('lose to a hand-kept pattern at the same words, even a shorter one', () => {
    expect(ids('Norway sent humanitarian aid to Nepal.', index())).toEqual(['aid.send-aid']);
  });

  it('are replaced or disabled by a hand-kept line with their id', () => {
    const i = index();
    expect(ids('Protesters stormed the embassy.', i)).toEqual([]);
    const blast = findTriggers(tokens('Kenya blasted Uganda.'), i);
    expect(blast.map((m) => [m.pattern.id, m.pattern.type, m.pattern.imported])).toEqual([
      ['imp:override', 'ACCUSE', false],
    ]);
  });

  it('name the file and line of a bad imported line when it is built', () => {
    const i = buildIndex([]);
    addPendingPatterns(
      i,
      '# x\n{"id":"imp:bad","type":"NOPE","match":"airlift * tents"}\n',
      'f.jsonl',
    );
    expect(() => ids('They airlifted tents.', i)).toThrow(DictionaryError);
    expect(() => {
      const j = buildIndex([]);
      addPendingPatterns(
        j,
        '\n{"id":"imp:bad","type":"NOPE","match":"airlift * tents"}',
        'f.jsonl',
      );
      ids('They airlifted tents.', j);
    }).toThrow(/f\.jsonl:2: field "type"/);
  });

  it('the shipped imported file passes the schema, with ids that say their origin', () => {
    const file = dataPath('patterns', 'petrarch2-verbs.imported.jsonl');
    const defs = parsePatternFile(readFileSync(file, 'utf8'), file, true);
    expect(defs.length).toBeGreaterThan(1000);
    expect(defs.every((d) => /^petrarch2:verb:\d{2,4}:/.test(d.id))).toBe(true);
    expect(new Set(defs.map((d) => d.id)).size).toBe(defs.length);
  });

  it('are left out with imported: false; a user file can still disable one', () => {
    const withImports = loadPatterns();
    const without = loadPatterns([], { imported: false });
    expect(without.pending.size).toBe(0);
    expect(withImports.pending.size).toBeGreaterThan(100);
    const dir = mkdtempSync(path.join(tmpdir(), 'spiral-patterns-'));
    const user = path.join(dir, 'user.jsonl');
    writeFileSync(user, '{"id": "petrarch2:verb:073:airlift*tent", "disabled": true}\n');
    expect(loadPatterns([user]).replaced.has('petrarch2:verb:073:airlift*tent')).toBe(true);
  });
});

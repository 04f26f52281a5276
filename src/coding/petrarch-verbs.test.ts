// The PETRARCH2 verb dictionary converter on an invented miniature of its format.
import { describe, expect, it } from 'vitest';
import {
  convertVerbDictionary,
  parseCameoToPlover,
  PetrarchFormatError,
  ploverOf,
} from './petrarch-verbs.js';
import { parsePatternFile } from './patterns.js';

const MAP = parseCameoToPlover(
  [
    '# header',
    '03: AGREE',
    '036: AGREE,  , diplomatic # intent to meet',
    '04: CONSULT',
    '042: CONSULT, visit,   # Make a visit',
    '07: AID',
    '073: AID,   ,   humanitarian # aid',
    '08: CONCEDE',
    '080: CONCEDE,   ,  # Yield',
    '11: ACCUSE',
    '111: ACCUSE, disapprove,    # criticize',
    '16: SANCTION',
    '163: COERCE, restrict,   diplomatic # sanctions',
    '19: ASSAULT',
    '190: ASSAULT, , military # force',
    '~~~~~',
  ].join('\n'),
  'map.txt',
);

const DICT = `
# comment
&FOOD
# a comment inside a synset does not end it
+RICE
+WHEAT_FLOUR

---  DISPATCH   [---]  ---
DISPATCH
RUSH {RUSHES RUSHED RUSHING}
- * &FOOD                         [073]  # RUSH
- * {RELIEF SUPPLIES}             [073]  # DISPATCH
- * (TO)                          [042:043]  # RUSH
- &MILITARY * (TO BORDER)         [154]  # RUSH
- * &UNDEFINED                    [073]  # RUSH
- * (FOR TALKS)                   [:036] # RUSH

---  BLAST   [111]  ---
+LASH_OUT {+LASHED_OUT +LASHING_OUT} [111]
BLAST
DECRY [---]
- * SANCTIONS                     [163]  # BLAST
- * CITY                          [190]  # BLAST
- * STATEMENT                     [010]  # BLAST

---  YIELD   [080]  ---
GIVE {GIVES GAVE GIVEN GIVING}
CEDE
- * UP                            [080]  # GIVE
- * OFF                           [080]
- * GROUND                        [080]  # GAVE
`;

describe('CAMEO to PLOVER', () => {
  it('reads the table and falls back to the three-digit parent', () => {
    expect(ploverOf('0731', MAP)).toEqual({ type: 'AID', mode: '' });
    expect(ploverOf('042', MAP)).toEqual({ type: 'CONSULT', mode: 'visit' });
    expect(ploverOf('163', MAP, { 163: 'SANCTION' })?.type).toBe('SANCTION');
    expect(ploverOf('010', MAP)).toBeNull();
  });

  it('names the file and line of a line it cannot read', () => {
    expect(() => parseCameoToPlover('03: AGREE\nnot a line\n', 'map.txt')).toThrow(/map\.txt:2: /);
  });
});

describe('verb dictionary', () => {
  const all = convertVerbDictionary(DICT, 'verbs.txt', MAP, {
    overrides: { 163: 'SANCTION' },
    isolated: 'all',
    namedVerbOnly: true,
  });
  const byId = new Map(all.map((p) => [p.id, p]));

  it('turns object patterns into word sequences with gaps, synonym sets into alternatives', () => {
    expect(byId.get('petrarch2:verb:073:rush*rice')).toMatchObject({
      type: 'AID',
      cameo: '073',
      match: 'rush|rushes|rushed|rushing * rice|wheat_flour',
    });
    // A braced phrase is consecutive; the pattern applies to the verb its comment names.
    expect(byId.get('petrarch2:verb:073:dispatch*relief_supplies')?.match).toBe(
      'dispatch * relief supplies',
    );
    expect(byId.get('petrarch2:verb:163:blast*sanctions')?.type).toBe('SANCTION');
  });

  it('leaves out what word order cannot check or PLOVER does not code', () => {
    const matches = all.map((p) => p.match);
    expect(matches.some((m) => m.includes('border'))).toBe(false); // constrains the subject
    expect(all.some((p) => p.cameo === '010')).toBe(false); // statements: dropped by PLOVER
    expect(all.some((p) => p.cameo === '036')).toBe(false); // reverse-only code [:036]
    expect(all.some((p) => p.id.includes('undefined'))).toBe(false);
    expect(all.some((p) => p.id.endsWith(':decry'))).toBe(false); // [---]: no event alone
  });

  it('codes verbs alone only when asked, multiword verbs by their words', () => {
    expect(byId.get('petrarch2:verb:111:lash_out')?.match).toBe('lash_out|lashed_out|lashing_out');
    expect(byId.get('petrarch2:verb:111:blast')?.type).toBe('ACCUSE');
    const narrow = convertVerbDictionary(DICT, 'verbs.txt', MAP, {
      isolated: 'none',
      requireObject: true,
    });
    // Without `namedVerbOnly` a pattern applies to every verb of its block, as in PETRARCH.
    expect(narrow.find((p) => p.match.includes('* rice'))?.match).toMatch(/^dispatch\|rush\|/);
    expect(narrow.some((p) => !p.match.includes('*'))).toBe(false);
    expect(narrow.some((p) => p.match.endsWith('* to'))).toBe(false); // names no object
  });

  it('keeps a verb with its particle alone as a phrasal verb, the particle right after it', () => {
    const phrasal = convertVerbDictionary(DICT, 'verbs.txt', MAP, {
      isolated: 'none',
      requireObject: true,
      namedVerbOnly: true,
      phrasalVerbs: true,
    });
    expect(phrasal.find((p) => p.id === 'petrarch2:verb:080:give_up')).toMatchObject({
      type: 'CONCEDE',
      match: 'give|gives|gave|given|giving up',
    });
    // A comment may name the verb by one of its forms: the pattern is still that verb's.
    expect(phrasal.find((p) => p.match.endsWith('* ground'))?.match).toBe(
      'give|gives|gave|given|giving * ground',
    );
    // A particle named for no verb in particular is not spread over the block's synonyms.
    expect(phrasal.some((p) => p.match.endsWith(' off'))).toBe(false);
    expect(phrasal.some((p) => p.match.endsWith('* to'))).toBe(false); // still no object
    const without = convertVerbDictionary(DICT, 'verbs.txt', MAP, {
      isolated: 'none',
      requireObject: true,
      namedVerbOnly: true,
    });
    expect(without.some((p) => p.id.endsWith('give_up'))).toBe(false);
  });

  it('writes lines the pattern schema accepts, with unique ids', () => {
    const text = all.map((p) => JSON.stringify(p)).join('\n');
    expect(parsePatternFile(text, 'out.jsonl', true)).toHaveLength(all.length);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('names the file and line of a pattern outside any block', () => {
    expect(() => convertVerbDictionary('- * AID [073]\n', 'verbs.txt', MAP)).toThrow(
      PetrarchFormatError,
    );
    expect(() => convertVerbDictionary('\n- * AID [073]\n', 'verbs.txt', MAP)).toThrow(
      /verbs\.txt:2:/,
    );
  });
});

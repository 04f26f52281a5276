import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConllu } from './conllu.js';
import { Roles } from './roles.js';

// Roles read from the hand-made trees of the fixture, so these tests check the reading of a parse,
// not the parser.
const trees = parseConllu(
  readFileSync(new URL('./fixtures/invented.conllu', import.meta.url), 'utf8'),
);

function rolesOf(
  id: string,
  verb: string,
): {
  words: string[];
  get: (
    list: 'subjects' | 'passiveSubjects' | 'agents' | 'objects' | 'indirectObjects',
  ) => string[];
  r: ReturnType<Roles['of']>;
} {
  const t = trees.find((x) => x.id === id)!;
  const parse = { head: t.heads.map((h) => h - 1), deprel: t.deprels };
  const r = new Roles({ words: t.words, tags: t.upos }, parse).of(t.words.indexOf(verb));
  return { words: t.words, r, get: (list) => r[list].map((a) => t.words[a.index]!) };
}

describe('Roles', () => {
  it('finds subject and object', () => {
    const { get } = rolesOf('fixture-01', 'attacked');
    expect(get('subjects')).toEqual(['Russia']);
    expect(get('objects')).toEqual(['Ukraine']);
  });

  it('gives every coordinated subject', () => {
    const { get, r } = rolesOf('fixture-03', 'signed');
    expect(get('subjects')).toEqual(['Iran', 'Iraq']);
    expect(r.subjects[1]!.via).toBe('conj');
  });

  it('shares the subject of the first verb with a coordinated one', () => {
    const { get, r } = rolesOf('fixture-08', 'killed');
    expect(get('subjects')).toEqual(['rebels']);
    expect(r.subjects[0]!.via).toBe('shared');
    expect(get('objects')).toEqual(['soldiers']);
  });

  it('gives an infinitive the object of "urged" and the subject of "agreed"', () => {
    expect(rolesOf('fixture-05', 'withdraw').get('subjects')).toEqual(['Turkey']);
    expect(rolesOf('fixture-05', 'withdraw').get('objects')).toEqual(['forces']);
    expect(rolesOf('fixture-07', 'resume').get('subjects')).toEqual(['China']);
    expect(rolesOf('fixture-07', 'resume').r.subjects[0]!.via).toBe('control');
  });

  it('gives a participle clause the main subject', () => {
    expect(rolesOf('fixture-14', 'calling').get('subjects')).toEqual(['UN']);
    // "accused Kosovo of provoking": the clause has a marker, so no subject is guessed.
    expect(rolesOf('fixture-12', 'provoking').get('subjects')).toEqual([]);
  });

  it('reads a passive: who was acted upon, and by whom', () => {
    const { get, r, words } = rolesOf('fixture-06', 'arrested');
    expect(get('subjects')).toEqual([]);
    expect(get('passiveSubjects')).toEqual(['Protesters']);
    expect(get('agents')).toEqual(['police']);
    expect(r.obliques.map((o) => [words[o.index], o.prep])).toEqual([['Minsk', 'in']]);
  });

  it('reads a passive\'s "by" phrase labelled plain obl as its agent', () => {
    const t = trees.find((x) => x.id === 'fixture-06')!;
    const deprel = t.deprels.map((d) => (d === 'obl:agent' ? 'obl' : d));
    const r = new Roles(
      { words: t.words, tags: t.upos },
      { head: t.heads.map((h) => h - 1), deprel },
    ).of(2);
    expect(r.agents.map((a) => t.words[a.index])).toEqual(['police']);
    expect(r.obliques.map((o) => t.words[o.index])).toEqual(['Minsk']);
    // An active verb keeps its "by" phrase as an oblique ("fled by boat").
    const active = new Roles(
      { words: ['They', 'fled', 'by', 'boat'], tags: ['PRON', 'VERB', 'ADP', 'NOUN'] },
      { head: [1, -1, 3, 1], deprel: ['nsubj', 'root', 'case', 'obl'] },
    ).of(1);
    expect(active.agents).toEqual([]);
    expect(active.obliques.map((o) => o.prep)).toEqual(['by']);
  });

  it('gives a gerund after a subordinator of time or manner the main subject', () => {
    // Hand-made trees (0-based heads): "Japan protested while urging China to stop." and
    // "Chad expelled the envoy, a week after accusing Paris." (the clause on a noun of time).
    const words = ['Japan', 'protested', 'while', 'urging', 'China', 'to', 'stop', '.'];
    const tags = ['PROPN', 'VERB', 'SCONJ', 'VERB', 'PROPN', 'PART', 'VERB', 'PUNCT'];
    const parse = {
      head: [1, -1, 3, 1, 3, 6, 3, 1],
      deprel: ['nsubj', 'root', 'mark', 'advcl', 'obj', 'mark', 'xcomp', 'punct'],
    };
    const urging = new Roles({ words, tags }, parse).of(3);
    expect(urging.subjects.map((a) => [words[a.index], a.via])).toEqual([['Japan', 'control']]);
    const timed = [
      'Chad',
      'expelled',
      'the',
      'envoy',
      ',',
      'a',
      'week',
      'after',
      'accusing',
      'Paris',
      '.',
    ];
    const timedTags = [
      'PROPN',
      'VERB',
      'DET',
      'NOUN',
      'PUNCT',
      'DET',
      'NOUN',
      'ADP',
      'VERB',
      'PROPN',
      'PUNCT',
    ];
    const timedParse = {
      head: [1, -1, 3, 1, 6, 6, 1, 8, 6, 8, 1],
      deprel: [
        'nsubj',
        'root',
        'det',
        'obj',
        'punct',
        'det',
        'obl:tmod',
        'mark',
        'acl',
        'obj',
        'punct',
      ],
    };
    const accusing = new Roles({ words: timed, tags: timedTags }, timedParse).of(8);
    expect(accusing.subjects.map((a) => timed[a.index])).toEqual(['Chad']);
    // Not "of" or "for": "accused Kosovo of provoking" keeps no guessed subject (above).
    const ofWords = ['Serbia', 'thanked', 'Kosovo', 'for', 'helping', '.'];
    const ofTags = ['PROPN', 'VERB', 'PROPN', 'SCONJ', 'VERB', 'PUNCT'];
    const ofParse = {
      head: [1, -1, 1, 4, 1, 1],
      deprel: ['nsubj', 'root', 'obj', 'mark', 'advcl', 'punct'],
    };
    expect(new Roles({ words: ofWords, tags: ofTags }, ofParse).of(4).subjects).toEqual([]);
  });

  it('gives the members a group is named by after "including" or "such as"', () => {
    // Hand-made trees (0-based heads): "Kosovo was recognised by countries, including Peru and
    // Chad." and "The plan was backed by states such as Fiji."; "a town near Gaza" is no list.
    const words = ['Kosovo', 'was', 'recognised', 'by', 'countries', ',', 'including', 'Peru'];
    words.push('and', 'Chad', '.');
    const tags = ['PROPN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT', 'VERB', 'PROPN'];
    tags.push('CCONJ', 'PROPN', 'PUNCT');
    const parse = {
      head: [2, 2, -1, 4, 2, 7, 7, 4, 9, 7, 2],
      deprel: ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent', 'punct', 'case', 'nmod'],
    };
    parse.deprel.push('cc', 'conj', 'punct');
    const roles = new Roles({ words, tags }, parse);
    expect(roles.of(2).agents.map((a) => words[a.index])).toEqual(['countries']);
    expect(roles.listedMembers(4).map((i) => words[i])).toEqual(['Peru', 'Chad']);
    const such = ['The', 'plan', 'was', 'backed', 'by', 'states', 'such', 'as', 'Fiji', '.'];
    const suchTags = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'ADJ', 'ADP', 'PROPN', 'PUNCT'];
    const suchParse = {
      head: [1, 3, 3, -1, 5, 3, 8, 6, 5, 3],
      deprel: ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl', 'case', 'fixed', 'nmod'],
    };
    suchParse.deprel.push('punct');
    expect(
      new Roles({ words: such, tags: suchTags }, suchParse).listedMembers(5).map((i) => such[i]),
    ).toEqual(['Fiji']);
    const near = ['Troops', 'shelled', 'a', 'town', 'near', 'Gaza', '.'];
    const nearTags = ['NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT'];
    const nearParse = {
      head: [1, -1, 3, 1, 5, 3, 1],
      deprel: ['nsubj', 'root', 'det', 'obj', 'case', 'nmod', 'punct'],
    };
    expect(new Roles({ words: near, tags: nearTags }, nearParse).listedMembers(3)).toEqual([]);
  });

  it('resolves a relative pronoun to the noun its clause modifies', () => {
    const { get, r } = rolesOf('fixture-11', 'began');
    expect(get('subjects')).toEqual(['talks']);
    expect(r.subjects[0]!.via).toBe('relative');
  });

  it('gives a subjectless relative clause its noun, whatever the opener was read as', () => {
    // Hand-made trees (0-based heads) as the parser gives them when the tagger reads "that" as a
    // conjunction: "a team that had mediated" hangs "that" as an object; "the deal that Iran
    // signed" keeps its own subject; "the town that was shelled" is a passive.
    const words = ['a', 'team', 'that', 'had', 'mediated', 'talks', '.'];
    const tags = ['DET', 'NOUN', 'SCONJ', 'AUX', 'VERB', 'NOUN', 'PUNCT'];
    const parse = {
      head: [1, -1, 4, 4, 1, 4, 1],
      deprel: ['det', 'root', 'obj', 'aux', 'acl:relcl', 'obj', 'punct'],
    };
    const mediated = new Roles({ words, tags }, parse).of(4);
    expect(mediated.subjects.map((a) => [words[a.index], a.via])).toEqual([['team', 'relative']]);
    expect(mediated.objects.map((a) => words[a.index])).toEqual(['talks']);
    const deal = ['the', 'deal', 'that', 'Iran', 'signed', '.'];
    const dealTags = ['DET', 'NOUN', 'SCONJ', 'PROPN', 'VERB', 'PUNCT'];
    const dealParse = {
      head: [1, -1, 4, 4, 1, 1],
      deprel: ['det', 'root', 'obj', 'nsubj', 'acl:relcl', 'punct'],
    };
    const signed = new Roles({ words: deal, tags: dealTags }, dealParse).of(4);
    expect(signed.subjects.map((a) => deal[a.index])).toEqual(['Iran']);
    const town = ['the', 'town', 'that', 'was', 'shelled', '.'];
    const townTags = ['DET', 'NOUN', 'SCONJ', 'AUX', 'VERB', 'PUNCT'];
    const townParse = {
      head: [1, -1, 4, 4, 1, 1],
      deprel: ['det', 'root', 'mark', 'aux:pass', 'acl:relcl', 'punct'],
    };
    expect(new Roles({ words: town, tags: townTags }, townParse).of(4).subjects).toEqual([]);
  });

  it('gives obliques with their prepositions, multiword ones whole', () => {
    const { r, words } = rolesOf('fixture-20', 'imposed');
    expect(r.obliques.map((o) => [words[o.index], o.prep])).toEqual([
      ['Belarus', 'on'],
      ['crackdown', 'because of'],
    ]);
  });

  it('gives indirect objects and clausal complements with their marker', () => {
    expect(rolesOf('fixture-15', 'gave').get('indirectObjects')).toEqual(['Korea']);
    const { r, words } = rolesOf('fixture-04', 'said');
    expect(r.clauses.map((c) => [words[c.index], c.rel, c.mark])).toEqual([
      ['crossed', 'ccomp', 'that'],
    ]);
    expect(rolesOf('fixture-04', 'crossed').get('subjects')).toEqual(['troops']);
  });

  it('rejects a parse of another length', () => {
    expect(() => new Roles({ words: ['a'], tags: ['X'] }, { head: [], deprel: [] })).toThrow(
      RangeError,
    );
  });
});

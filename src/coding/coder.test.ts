// The coder's rules on invented sentences, with a small stand-in actor list so each test reads on
// its own; test/coding covers the same ground with the real dictionaries.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../records.js';
import { codeDocument, type CoderDeps } from './coder.js';
import { buildIndex, parsePatternFile } from './patterns.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

const ACTORS: Array<[string, Actor & { kind: string }]> = [
  ['Ruritanian troops', { root: 'RUR', sector: 'MIL', text: '', kind: 'state' }],
  ['Ruritania', { root: 'RUR', sector: '', text: '', kind: 'state' }],
  ['Borduria', { root: 'BOR', sector: '', text: '', kind: 'state' }],
  ['Syldavia', { root: 'SYL', sector: '', text: '', kind: 'state' }],
  ['Minister Petrov', { root: 'RUR', sector: 'GOV', text: '', kind: 'person' }],
  ['Petrov', { root: 'RUR', sector: 'GOV', text: '', kind: 'person' }],
  ['Novak', { root: 'BOR', sector: 'GOV', text: '', kind: 'person' }],
  ['the rebels', { root: '', sector: 'REB', text: '', kind: 'sector' }],
];

const patterns = buildIndex(
  parsePatternFile(readFileSync(dataPath('patterns', 'events.jsonl'), 'utf8'), 'events.jsonl'),
);

const deps: CoderDeps = {
  patterns,
  findActors(text) {
    const spans = [];
    const taken: boolean[] = [];
    for (const [name, actor] of ACTORS) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        if (taken[i]) continue;
        for (let k = i; k < i + name.length; k++) taken[k] = true;
        const { kind, ...a } = actor;
        spans.push({
          start: i,
          end: i + name.length,
          text: name,
          actor: { ...a, text: name },
          kind,
        });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  },
  findPlaces: () => [],
  extractQuantities: () => [],
  resolveDate: (_s, d) => d,
};

function code(text: string, published: string | null = '2022-02-15') {
  return codeDocument({ id: 'd1', text, published }, deps).mentions.map((m) => ({
    dyad: `${m.source.root}>${m.target.root}`,
    type: m.type,
    negated: m.negated,
    conditional: m.conditional,
    future: m.future,
    claimed: m.claimed,
  }));
}

describe('coder', () => {
  it('codes subject, verb and object', () => {
    expect(code('Ruritanian troops shelled Borduria on Monday.')).toMatchObject([
      { dyad: 'RUR>BOR', type: 'ASSAULT', negated: false },
    ]);
  });

  it('reads the passive voice', () => {
    expect(code('Borduria was attacked by Ruritania.')).toMatchObject([
      { dyad: 'RUR>BOR', type: 'ASSAULT' },
    ]);
  });

  it('codes the reported act, not the reporter', () => {
    expect(code('Syldavia said Ruritania attacked Borduria.')).toMatchObject([
      { dyad: 'RUR>BOR', type: 'ASSAULT', claimed: false },
    ]);
  });

  it('codes an accusation and flags the alleged act as claimed', () => {
    const coded = code('Syldavia accused Ruritania of attacking Borduria.');
    expect(coded).toContainEqual(expect.objectContaining({ dyad: 'SYL>RUR', type: 'ACCUSE' }));
    expect(coded).toContainEqual(
      expect.objectContaining({ dyad: 'RUR>BOR', type: 'ASSAULT', claimed: true }),
    );
  });

  it('codes nothing from a denial', () => {
    expect(code('Ruritania denied planning to attack Borduria.')).toEqual([]);
  });

  it('codes nothing from a noun without an asserted act', () => {
    expect(code('After the attack on Borduria, Ruritania stayed silent.')).toEqual([]);
  });

  it('flags negation', () => {
    expect(code('Ruritania did not attack Borduria.')).toMatchObject([
      { type: 'ASSAULT', negated: true },
    ]);
    expect(code('Ruritania declined to meet Borduria.')).toMatchObject([{ negated: true }]);
  });

  it('turns an announced meeting into AGREE with the future flag', () => {
    expect(code('Petrov expects to speak to Novak in the coming days.')).toMatchObject([
      { dyad: 'RUR>BOR', type: 'AGREE', future: true },
    ]);
  });

  it('turns an announced attack into THREATEN', () => {
    expect(code('Ruritania will attack Borduria.')).toMatchObject([
      { type: 'THREATEN', future: true },
    ]);
  });

  it('flags a conditional act and skips the condition itself', () => {
    expect(
      code(
        'Ruritania will withdraw its troops from Borduria only if Borduria halts its offensive.',
      ),
      // An announced withdrawal is an AGREE, here with the side withdrawn from.
    ).toMatchObject([{ dyad: 'RUR>BOR', conditional: true }]);
    expect(code('If Borduria attacks, Ruritania will sanction Syldavia.')).toMatchObject([
      { dyad: 'RUR>SYL', type: 'THREATEN', conditional: true },
    ]);
  });

  it('resolves pronouns to the last fitting actor', () => {
    expect(code('Petrov arrived in the capital. He then met Novak.')).toContainEqual(
      expect.objectContaining({ dyad: 'RUR>BOR', type: 'CONSULT' }),
    );
  });

  it('absorbs an infinitive complement into the governing act', () => {
    expect(code('Ruritania agreed to withdraw from Borduria.')).toMatchObject([{ type: 'AGREE' }]);
    // A refusal is a REJECT and also the refused act, negated: PLOVER's gold codes the first,
    // analysts filtering on negated acts expect the second.
    expect(code('Ruritania refused to withdraw from Borduria.')).toMatchObject([
      { type: 'REJECT', negated: false },
      { type: 'RETREAT', negated: true },
    ]);
  });

  it('codes a joint subject as one event between its members', () => {
    expect(code('Ruritania and Borduria signed a treaty.')).toMatchObject([
      { dyad: 'RUR>BOR', type: 'SUPPORT' },
    ]);
  });

  it('codes each target of a list', () => {
    const coded = code('Ruritania imposed sanctions on Borduria and Syldavia.');
    expect(coded.map((c) => c.dyad)).toEqual(['RUR>BOR', 'RUR>SYL']);
  });
});

// Quote chains on invented reports: one to three relays, "quotes", "cites", "according to",
// "citing", "reports", nested attributions and paragraph blocks; and what is never a quote.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../paths.js';
import type { Actor } from '../records.js';
import { codeDocument, type CoderDeps } from './coder.js';
import { buildIndex, parsePatternFile } from './patterns.js';
import { parsedSubjects } from './syntax.js';

const ACTORS: Array<[string, Actor & { kind: string }]> = [
  ['the Ruritanian foreign ministry', { root: 'RUR', sector: 'GOV', text: '', kind: 'sector' }],
  ['Minister Petrov', { root: 'RUR', sector: 'GOV', text: '', kind: 'person' }],
  ['Petrov', { root: 'RUR', sector: 'GOV', text: '', kind: 'person' }],
  ['Novak', { root: 'BOR', sector: 'GOV', text: '', kind: 'person' }],
  ['Ruritania', { root: 'RUR', sector: '', text: '', kind: 'state' }],
];

const deps: CoderDeps = {
  patterns: buildIndex(
    parsePatternFile(readFileSync(dataPath('patterns', 'events.jsonl'), 'utf8'), 'events.jsonl'),
  ),
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

function quotes(text: string, withParse = false) {
  const coder = withParse ? { ...deps, subjectsOf: parsedSubjects() } : deps;
  return codeDocument({ id: 'd1', text, published: '2022-02-15' }, coder).quotes.map((q) => ({
    words: q.words,
    speaker: q.speaker?.text ?? null,
    // Stored nearest to the reader first; read here from the speaker outward, as `spiral quotes`.
    relays: [...q.relays].reverse(),
  }));
}

describe('quote chains', () => {
  it('a speaker and no relay', () => {
    expect(quotes('"We will not withdraw our troops," Petrov said on Monday.')).toEqual([
      { words: 'We will not withdraw our troops,', speaker: 'Petrov', relays: [] },
    ]);
  });

  it('"according to" names a relay when someone else speaks', () => {
    expect(
      quotes('"We will not withdraw our troops," Petrov said, according to Northwire.'),
    ).toEqual([
      { words: 'We will not withdraw our troops,', speaker: 'Petrov', relays: ['Northwire'] },
    ]);
  });

  it('"X quotes Y as saying": Y speaks, X relays', () => {
    expect(
      quotes(
        'Northwire quotes the Ruritanian foreign ministry as saying "the border will stay closed until further notice".',
      ),
    ).toEqual([
      {
        words: 'the border will stay closed until further notice',
        speaker: 'the Ruritanian foreign ministry',
        relays: ['Northwire'],
      },
    ]);
  });

  it('"cites" and "reports"', () => {
    expect(
      quotes('Southern Post cites Novak as saying "there is no deal on the table yet".'),
    ).toEqual([
      { words: 'there is no deal on the table yet', speaker: 'Novak', relays: ['Southern Post'] },
    ]);
    expect(quotes('"Troops will pull back by Friday," Novak said, Eastern Daily reports.')).toEqual(
      [{ words: 'Troops will pull back by Friday,', speaker: 'Novak', relays: ['Eastern Daily'] }],
    );
  });

  it('the passive "was quoted as saying by X, which cited Y": the subject speaks, X and Y relay', () => {
    expect(
      quotes(
        '"The border will stay closed," Petrov was quoted as saying by Eastern Daily, which cited Northwire.',
      ),
    ).toEqual([
      {
        words: 'The border will stay closed,',
        speaker: 'Petrov',
        relays: ['Northwire', 'Eastern Daily'],
      },
    ]);
  });

  it('"a statement carried by X": X relays', () => {
    expect(
      quotes(
        'On Monday the Ruritanian foreign ministry said in a statement carried by Northwire that it "rejects the ultimatum".',
      ),
    ).toEqual([
      {
        words: 'rejects the ultimatum',
        speaker: 'the Ruritanian foreign ministry',
        relays: ['Northwire'],
      },
    ]);
  });

  it('two relays: "citing" inside "reported"', () => {
    expect(
      quotes(
        'Eastern Daily, citing Northwire, reported that Petrov said "the border will stay closed".',
      ),
    ).toEqual([
      {
        words: 'the border will stay closed',
        speaker: 'Petrov',
        relays: ['Northwire', 'Eastern Daily'],
      },
    ]);
  });

  it('nested: X cites Y, which quotes Z', () => {
    expect(
      quotes(
        'Eastern Daily cites Northwire, which quotes Petrov as saying "the border will stay closed".',
      ),
    ).toEqual([
      {
        words: 'the border will stay closed',
        speaker: 'Petrov',
        relays: ['Northwire', 'Eastern Daily'],
      },
    ]);
  });

  it('three relays: a block another outlet introduced, and a paragraph that continues the quote', () => {
    const text = [
      'Talks were expected this week. Harbor Times reported on Monday:',
      '"Talks will resume in the capital soon," Northwire quotes the Ruritanian foreign ministry, citing Southern Post.',
      '"The delegation leaves on Friday and will stay for a whole week."',
      'In my view the talks will fail, as they always do.',
    ].join('\n');
    expect(quotes(text)).toEqual([
      {
        words: 'Talks will resume in the capital soon,',
        speaker: 'the Ruritanian foreign ministry',
        relays: ['Southern Post', 'Northwire', 'Harbor Times'],
      },
      {
        words: 'The delegation leaves on Friday and will stay for a whole week.',
        speaker: 'the Ruritanian foreign ministry',
        relays: ['Southern Post', 'Northwire', 'Harbor Times'],
      },
    ]);
  });

  it('never takes unquoted reporting, list items, headlines or scare quotes for a quote', () => {
    expect(
      quotes('Petrov called for talks on Tuesday, state-owned Northwire news agency reports.'),
    ).toEqual([]);
    expect(
      quotes(
        'Southern Post listed its headlines of the day:\n- Novak says "no deal" is possible on troops\n- Ruritania closes its border\nThe mission reported more violations.',
      ),
    ).toEqual([]);
    expect(quotes('The so-called "buffer zone" was discussed at length.')).toEqual([]);
  });

  it("a participle after a comma speaks with the main clause's subject", () => {
    expect(
      quotes(
        'Minister Petrov unveiled a list of proposals sent to his counterpart in Borduria, describing the paper as "a serious path forward, should Borduria choose it".',
        true,
      ),
    ).toEqual([
      {
        words: 'a serious path forward, should Borduria choose it',
        speaker: 'Minister Petrov',
        relays: [],
      },
    ]);
    expect(
      quotes(
        'Novak declined to give details on Tuesday, arguing that "quiet talks have the best chance to succeed".',
        true,
      ),
    ).toEqual([
      { words: 'quiet talks have the best chance to succeed', speaker: 'Novak', relays: [] },
    ]);
    // Not a verb of speech: the words are no one's.
    expect(
      quotes(
        'Artillery shelled the depot on Tuesday, hitting "several large fuel tanks" there.',
        true,
      ),
    ).toEqual([{ words: 'several large fuel tanks', speaker: null, relays: [] }]);
  });

  it('a speaker the dictionary does not know keeps the name as written, with no code', () => {
    const text = '"We have no plans to move troops," Colonel Ilse Varga told reporters.';
    const [quote] = codeDocument({ id: 'd1', text, published: '2022-02-15' }, deps).quotes;
    expect(quote?.speaker).toEqual({ root: '', sector: '', text: 'Colonel Ilse Varga' });
  });

  it('a pronoun speaks by the words of whom it stands for', () => {
    expect(
      quotes('Minister Petrov arrived in the capital on Monday. "We will not withdraw," he said.'),
    ).toEqual([{ words: 'We will not withdraw,', speaker: 'Minister Petrov', relays: [] }]);
  });
});

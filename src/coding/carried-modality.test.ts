// A modal or a threat carried across coordinated verbs (issue 15). Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse.js';
import { coordinationHead } from './carried-modality.js';
import { createCoder } from './index.js';

const coder = createCoder();
const coded = (text: string) =>
  coder.code({ id: 'dcarry', text, published: '2021-05-04' }).mentions.map((m) => ({
    source: m.source.root,
    type: m.type,
    target: m.target.root,
    future: m.future,
  }));

describe('coordination head', () => {
  const tokensOf = (text: string) => analyse(text)[0]!.tokens;
  const at = (tokens: { lower: string }[], word: string) =>
    tokens.findIndex((t) => t.lower === word);

  it('finds the verb that "and" joins a predicate to, across its object', () => {
    const tokens = tokensOf(
      'Kenya said it would recall its ambassador and expel Somali diplomats.',
    );
    expect(coordinationHead(tokens, at(tokens, 'expel'))).toBe(at(tokens, 'recall'));
  });

  it('finds none when the later verb has a subject of its own or a clause lies between', () => {
    const own = tokensOf(
      'Turkey said Greece would regret it and Greek jets attacked Turkish boats.',
    );
    expect(coordinationHead(own, at(own, 'attacked'))).toBe(-1);
    const relative = tokensOf(
      'Chad closed the border, which rebels crossed, and arrested ten men.',
    );
    expect(coordinationHead(relative, at(relative, 'arrested'))).toBe(-1);
  });
});

describe('a modal or a threat carried across coordinated verbs', () => {
  it('reads the later verb under "threatened to" as part of the one threat', () => {
    const acts = coded(
      'Algeria threatened to close its airspace to Moroccan planes and seize Moroccan property.',
    );
    expect(acts.map((a) => a.type)).toEqual(['THREATEN']);
    expect(acts[0]).toMatchObject({ source: 'DZA', target: 'MAR' });
  });

  it('finds the threat across a time phrase before its infinitive', () => {
    const acts = coded(
      'Oman threatened on Monday to close its ports to Yemeni ships and seize their cargo.',
    );
    expect(acts.map((a) => a.type)).toEqual(['THREATEN']);
  });

  it('flags the later verb under "said it would" as announced, keeping its type', () => {
    const acts = coded(
      'Kenya said it would recall its ambassador from Somalia and expel Somali diplomats.',
    );
    const sanction = acts.find((a) => a.type === 'SANCTION');
    expect(sanction).toMatchObject({ source: 'KEN', target: 'SOM', future: true });
  });

  it('keeps two acts done, joined by "and", as acts done', () => {
    const acts = coded(
      'Armenian forces shelled Azerbaijani villages and attacked Azerbaijani troops.',
    );
    expect(acts.some((a) => a.type === 'ASSAULT' && !a.future)).toBe(true);
    expect(acts.some((a) => a.type === 'THREATEN' || a.future)).toBe(false);
  });

  it('leaves a second subject\'s act plain: "said X would ... and Y attacked"', () => {
    const acts = coded(
      'Turkey said Greece would regret its decision and Greek jets attacked Turkish boats.',
    );
    expect(acts).toContainEqual({ source: 'GRC', type: 'ASSAULT', target: 'TUR', future: false });
  });

  it('does not carry a past act done after a negated promise', () => {
    const acts = coded('Serbia said it would not recognise Kosovo and expelled the Kosovo envoy.');
    expect(acts).toContainEqual({ source: 'SRB', type: 'SANCTION', target: 'XKX', future: false });
  });
});

// The diagnostics hook: every event trigger that gives no event is told, with the step that let
// it go, so the eval can count acts found and lost apart from acts never found. Invented text.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import type { TriggerDrop } from './types.js';

const drops: TriggerDrop[] = [];
const coder = createCoder({ onDrop: (d) => drops.push(d) });
const dropsOf = (text: string): string[] => {
  drops.length = 0;
  coder.code({ id: 'ddrop', text, published: '2024-01-01' });
  return drops.map((d) => `${d.type} ${d.reason}`);
};

describe('onDrop', () => {
  it('tells a trigger in a sentence that names no actor', () => {
    expect(dropsOf('Talks on the border dispute resumed in Geneva on Monday.')).toEqual([
      'CONSULT no_actor',
    ]);
  });

  it('tells an act named by a noun with no side given', () => {
    expect(dropsOf('The minister said an attack on the convoy was a crime.')).toEqual([
      'ASSAULT nominal_unplaced',
    ]);
  });

  it('tells an act whose doer is not found', () => {
    expect(dropsOf('Protesters condemned the decision.')).toEqual(['ACCUSE no_doer']);
  });

  it('tells a warning that threatens no one apart from a missing doer', () => {
    expect(dropsOf('Kenya warned that floods would reach the capital within days.')).toEqual([
      'THREATEN no_threat',
    ]);
  });

  it('tells an act coded with no target while the sentence names another party', () => {
    // (A state saying so is the side struck, reporting-side.ts; an organisation reports others' war.)
    expect(dropsOf('The UN said Ethiopian troops shelled a village on Monday.')).toEqual([
      'ASSAULT untied',
    ]);
  });

  it('tells nothing of a trigger that gave its event', () => {
    expect(dropsOf('Lavrov met Blinken in Geneva.')).toEqual([]);
  });

  it('leaves the coded events as they are without the hook', () => {
    const plain = createCoder();
    const text = 'Protesters condemned the decision, and Lavrov met Blinken in Geneva.';
    const doc = { id: 'dsame', text, published: '2024-01-01' };
    expect(coder.code(doc).mentions).toEqual(plain.code(doc).mentions);
  });
});

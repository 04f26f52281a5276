import { describe, expect, it } from 'vitest';
import { missCause } from './causes.js';
import type { GoldEvent } from './gold.js';
import { predicted as coded } from './fixtures.js';

const gold = (source: string, target: string, type: string, symmetric = false): GoldEvent =>
  ({ source, target, type, negated: false, symmetric }) as GoldEvent;

describe('missCause', () => {
  it('is no_trigger when nothing of the type or the dyad was coded', () => {
    expect(missCause(gold('RUS', 'UKR', 'ASSAULT'), [])).toBe('no_trigger');
    expect(missCause(gold('RUS', 'UKR', 'ASSAULT'), [coded('USA', 'CHN', 'CONSULT')])).toBe(
      'no_trigger',
    );
  });

  it('is dropped when a trigger of the type was found and let go, no_trigger otherwise', () => {
    const g = gold('RUS', 'UKR', 'ASSAULT');
    expect(missCause(g, [], [{ type: 'ASSAULT', reason: 'no_doer' }])).toBe('dropped');
    expect(missCause(g, [], [{ type: 'CONSULT', reason: 'no_doer' }])).toBe('no_trigger');
  });

  it('tells a wrong target, an unknown source and a wrong source apart', () => {
    const g = gold('RUS', 'UKR', 'ASSAULT');
    expect(missCause(g, [coded('RUS', 'POL', 'ASSAULT')])).toBe('wrong_target');
    expect(missCause(g, [coded('RUS', '', 'ASSAULT')])).toBe('wrong_target');
    expect(missCause(g, [coded('', 'UKR', 'ASSAULT')])).toBe('unknown_source');
    expect(missCause(g, [coded('BLR', 'UKR', 'ASSAULT')])).toBe('wrong_source');
  });

  it('is other_type when the parties are right and the type is not', () => {
    expect(missCause(gold('RUS', 'UKR', 'ASSAULT'), [coded('RUS', 'UKR', 'THREATEN')])).toBe(
      'other_type',
    );
  });

  it('is wrong_roles when the type was coded between other parties', () => {
    expect(missCause(gold('RUS', 'UKR', 'ASSAULT'), [coded('ISR', 'LBN', 'ASSAULT')])).toBe(
      'wrong_roles',
    );
  });

  it('reads a symmetric gold event both ways', () => {
    expect(missCause(gold('FRA', 'DEU', 'CONSULT', true), [coded('ITA', 'FRA', 'CONSULT')])).toBe(
      'wrong_target',
    );
  });

  it('blames only the source when the gold event has no target', () => {
    expect(missCause(gold('KGZ', '', 'RETREAT'), [coded('', 'KGZ', 'RETREAT')])).toBe(
      'unknown_source',
    );
    expect(missCause(gold('KGZ', '', 'RETREAT'), [coded('KAZ', '', 'RETREAT')])).toBe(
      'wrong_source',
    );
  });
});

// Role mentions and actor records made by one function each (mention-record.ts,
// actors/actor-record.ts; docs/scale.md, speed24): every record of a kind has the same fields in
// the same order, whatever made it, and a changed copy holds what a spread copy held.
import { describe, expect, it } from 'vitest';
import {
  actorRecord,
  copyOf,
  withRoot,
  withRootOf,
  withSector,
  withText,
} from '../actors/actor-record.js';
import { mentionRecord, mentionWith } from './mention-record.js';
import { placeActor, placeCrowd, doerOf, withInferredRoot } from './places.js';

const MENTION_FIELDS = [
  'first',
  'last',
  'actor',
  'kind',
  'pronoun',
  'adjectiveOnly',
  'plural',
  'locative',
  'modifier',
  'partner',
  'antecedent',
  'fromPlace',
];

const troops = mentionRecord({
  first: 0,
  last: 1,
  actor: actorRecord('', 'MIL', 'the troops', undefined),
  kind: 'sector',
  pronoun: false,
  adjectiveOnly: false,
  plural: true,
  locative: false,
});

describe('role mentions', () => {
  it('have every field, in one order, however they were made', () => {
    const made = [
      troops,
      mentionWith(troops, { actor: withRoot(troops.actor, 'SDN') }),
      mentionWith(troops, { first: 3, last: 4, partner: troops }),
      placeActor('MLI'),
      placeCrowd('MLI'),
      doerOf({ source: { root: 'NER', sector: 'GOV' } }),
      withInferredRoot(troops, 'SDN', undefined),
    ];
    for (const m of made) expect(Object.keys(m)).toEqual(MENTION_FIELDS);
  });

  it('copied with changes hold what a spread copy holds', () => {
    const named = mentionWith(troops, { first: 2, antecedent: 'Sudan', fromPlace: true });
    expect(named).toEqual({ ...troops, first: 2, antecedent: 'Sudan', fromPlace: true });
    // A field set to undefined is cleared, as in a spread copy.
    const paired = mentionWith(troops, { partner: troops });
    expect(mentionWith(paired, { partner: undefined }).partner).toBeUndefined();
    expect(mentionWith(paired, {}).partner).toBe(troops);
  });
});

describe('actor records', () => {
  it('come in two shapes: with a dictionary entry and without', () => {
    const bare = actorRecord('MLI', 'GOV', 'the junta', undefined);
    const entered = actorRecord('USA', 'GOV', 'Blinken', 'antony-blinken');
    expect(Object.keys(bare)).toEqual(['root', 'sector', 'text']);
    expect(Object.keys(entered)).toEqual(['root', 'sector', 'text', 'entry']);
    for (const a of [withText(bare, 'Bamako'), withSector(bare, 'MIL'), copyOf(bare)])
      expect(Object.keys(a)).toEqual(['root', 'sector', 'text']);
    for (const a of [withRoot(entered, 'GBR'), withSector(entered, ''), copyOf(entered)])
      expect(Object.keys(a)).toEqual(['root', 'sector', 'text', 'entry']);
  });

  it('copied with changes hold what a spread copy holds', () => {
    const leader = actorRecord('SAU', 'GOV', 'Riyadh', 'SAU');
    const unit = actorRecord('', 'MIL', 'Saudi-led forces', undefined);
    expect(withRootOf(unit, leader)).toEqual({ ...unit, root: 'SAU', entry: 'SAU' });
    expect(withRoot(leader, 'YEM')).toEqual({ ...leader, root: 'YEM' });
    expect(withText(leader, 'the kingdom')).toEqual({ ...leader, text: 'the kingdom' });
    expect(withSector(unit, 'CVL')).toEqual({ ...unit, sector: 'CVL' });
  });
});

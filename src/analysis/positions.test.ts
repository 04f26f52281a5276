import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../store/aggregates.js';
import { loadPositionRules } from './position-rules.js';
import { demandPhrase, pairPositions, topicWords } from './positions.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const rules = loadPositionRules();

function event(
  id: string,
  date: string,
  source: string,
  target: string,
  type: string,
  text: string,
  extra: Partial<EventSummary> = {},
): EventSummary {
  return {
    id,
    date,
    source,
    source_sector: 'GOV',
    target,
    target_sector: 'GOV',
    type: type as EventSummary['type'],
    intensity: 0,
    negated: false,
    future: false,
    conditional: false,
    text,
    trigger: null,
    stories: 1,
    outlets: [],
    ...extra,
  };
}

const demandText = 'Moscow urged Washington to halt arms deliveries to the region.';
const demand = event('e1', '2022-01-05', 'AAA', 'BBB', 'REQUEST', demandText, {
  trigger: { start: 7, end: 12 },
});

describe('demandPhrase', () => {
  it('keeps the demanded act', () => {
    expect(demandPhrase(demandText, { start: 7, end: 12 })).toBe(
      'halt arms deliveries to the region',
    );
    expect(
      demandPhrase('Oslo demanded the withdrawal of all foreign troops.', { start: 5, end: 13 }),
    ).toBe('the withdrawal of all foreign troops');
    expect(demandPhrase('Oslo urged Moscow not to take the step.', { start: 5, end: 10 })).toBe(
      'not take the step',
    );
  });
});

describe('topicWords', () => {
  it('leaves out names and function words, and stems plurals', () => {
    expect([...topicWords('Washington will halt arms deliveries', rules)].sort()).toEqual([
      'arm',
      'deliveri',
      'halt',
    ]);
  });
});

describe('pairPositions', () => {
  it('links replies by reversed dyad, topic and time, and sets the status', () => {
    const replies = [
      event(
        'r1',
        '2022-01-20',
        'BBB',
        'AAA',
        'REJECT',
        'Washington refused to halt arms deliveries.',
      ),
      event(
        'r2',
        '2022-01-21',
        'BBB',
        'AAA',
        'AGREE',
        'Washington offered talks on arms deliveries.',
      ),
      // same dyad, unrelated topic: not a reply to this demand
      event('r3', '2022-01-22', 'BBB', 'AAA', 'REJECT', 'Washington rejected a fishing quota.'),
      // wrong direction
      event('r4', '2022-01-22', 'AAA', 'BBB', 'REJECT', 'Moscow rejected arms deliveries.'),
      // too late
      event(
        'r5',
        '2022-06-30',
        'BBB',
        'AAA',
        'CONCEDE',
        'Washington agreed to halt arms deliveries.',
      ),
    ];
    const [position] = pairPositions([demand], replies, rules);
    expect(position).toMatchObject({
      id: 'e1',
      source: 'AAA',
      target: 'BBB',
      demand: 'halt arms deliveries to the region',
      events: ['e1'],
      status: 'partly',
    });
    expect(position!.replies.map((r) => [r.event, r.type, r.linked_by])).toEqual([
      ['r1', 'REJECT', 'topic:halt'],
      ['r2', 'AGREE', 'topic:arm'],
    ]);
  });

  it('links a reply that refers to demands in general, by the rule that matched', () => {
    const reply = event(
      'r1',
      '2022-01-26',
      'BBB',
      'AAA',
      'REJECT',
      'Washington delivered its written response to the demands.',
    );
    const [position] = pairPositions([demand], [reply], rules);
    expect(position!.status).toBe('rejected');
    expect(position!.replies[0]!.linked_by).toBe('ref.demands');
  });

  it('reads a negated concession as a rejection; open without replies; conceded', () => {
    const no = event(
      'r1',
      '2022-01-26',
      'BBB',
      'AAA',
      'CONCEDE',
      'Washington will not halt arms deliveries.',
      { negated: true },
    );
    expect(pairPositions([demand], [no], rules)[0]!.status).toBe('rejected');
    expect(pairPositions([demand], [], rules)[0]!.status).toBe('open');
    const yes = event(
      'r2',
      '2022-01-26',
      'BBB',
      'AAA',
      'CONCEDE',
      'Washington agreed to halt arms deliveries.',
    );
    expect(pairPositions([demand], [yes], rules)[0]!.status).toBe('conceded');
  });
});

describe('loadPositionRules', () => {
  it('names the file and field of a bad rule', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-rules-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ ...rules, replies: [{ id: 'reply.x', type: 'SHOUT', means: 'reject' }] }),
    );
    expect(() => loadPositionRules(file)).toThrow(/bad\.json: replies\.0\.type:/);
  });
});

import type { Coder } from '../coding/types.js';
import type { Mention } from '../records.js';
import type { GoldItem } from './gold.js';
import type { PredictedEvent } from './score.js';

const DOC_PREFIX = 'gold-';

/** The gold id of a document `codeGold` coded (its id is the gold id with a prefix). */
export const goldIdOf = (docId: string): string =>
  docId.startsWith(DOC_PREFIX) ? docId.slice(DOC_PREFIX.length) : docId;

/** A coded mention as the scorer compares it with gold events. */
export function predictedEvent(m: Mention): PredictedEvent {
  return {
    source: m.source.root,
    target: m.target.root,
    source_sector: m.source.sector,
    target_sector: m.target.sector,
    type: m.type,
    negated: m.negated,
    conditional: m.conditional,
    future: m.future,
    claimed: m.claimed,
  };
}

/** Codes every gold text as a one-document corpus and returns its events by gold id. */
export function codeGold(items: GoldItem[], coder: Coder): Map<string, PredictedEvent[]> {
  const out = new Map<string, PredictedEvent[]>();
  for (const item of items) {
    const coded = coder.code({
      id: `${DOC_PREFIX}${item.id}`,
      text: item.text,
      published: item.date ?? null,
    });
    out.set(
      item.id,
      coded.mentions.map((m) => ({ ...predictedEvent(m), text: m.evidence.text })),
    );
  }
  return out;
}

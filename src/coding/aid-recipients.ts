// Whom aid goes to when the words after its verb name a place or another party: the place it is
// sent, dropped or flown into ("parachuted meals onto northern Gaza"), never those it comes from
// ("joined by aircraft from France"). Twentieth round (issue #15).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { placeActor, type PlaceAt, type RoleMention } from './places.js';

/** Prepositions before where a thing sent goes ("dropped food into Gaza", "onto the coast"). */
const DESTINATION_PREPS: ReadonlySet<string> = new Set(['into', 'onto', 'to', 'over']);

/** How many words after the verb the place aid goes to may stand. */
const DESTINATION_REACH = 12;

/** Where a thing goes: the words naming it and its country. */
interface Destination {
  first: number;
  last: number;
  country: string;
}

/**
 * The first place or state after the verb that a preposition of destination reaches (over words
 * that only describe it, "northern", "the"), with no verb between; null when none is named
 * before `ceiling`.
 */
export function destinationPlace(
  tokens: Token[],
  places: PlaceAt[],
  mentions: ActorMention[],
  verb: number,
  ceiling: number,
): Destination | null {
  const end = Math.min(ceiling, verb + DESTINATION_REACH);
  const named: Destination[] = [
    ...places.map((p) => ({ first: p.first, last: p.last, country: p.place.country })),
    ...mentions
      .filter((m) => m.actor.root && !m.pronoun && m.kind !== 'person' && m.kind !== 'office')
      .map((m) => ({ first: m.first, last: m.last, country: m.actor.root })),
  ].sort((a, b) => a.first - b.first);
  for (const p of named) {
    if (p.first <= verb || p.first >= end || !p.country) continue;
    let k = p.first - 1;
    while (k > verb && ['DET', 'ADJ'].includes(tokens[k]!.pos)) k--;
    if (k <= verb || !DESTINATION_PREPS.has(tokens[k]!.lower)) continue;
    if (tokens.slice(verb + 1, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    return p;
  }
  return null;
}

/**
 * The targets of an aid verb ending at `verb`: `found` (what the roles gave) less a party after
 * "from" (the aid's givers), and the country of the place aid is sent into when that comes
 * before any party found ("sent food into northern Gaza on Tuesday, joined by aircraft from
 * France").
 */
export function aidRecipients(
  tokens: Token[],
  places: PlaceAt[],
  mentions: ActorMention[],
  verb: number,
  ceiling: number,
  sources: RoleMention[],
  found: RoleMention[],
): RoleMention[] {
  let targets = found;
  const first = targets[0];
  if (first && first.first > verb) {
    const k = first.first - 1;
    const prep = tokens[k]?.pos === 'DET' ? tokens[k - 1] : tokens[k];
    if (prep?.lower === 'from') targets = [];
  }
  const destination = destinationPlace(tokens, places, mentions, verb, ceiling);
  if (
    destination &&
    !sources.some((x) => x.actor.root === destination.country) &&
    targets.every((t) => t.first > destination.last)
  )
    targets = [placeActor(destination.country)];
  return targets;
}

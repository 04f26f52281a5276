// A verb of taking whose object is a named place is taking ground in war: "Russian forces captured
// Bakhmut", "M23 rebels seized Goma" are ASSAULT on the side that held the place, while "captured
// two soldiers" or "seized a tanker" stay a seizure (COERCE). A pattern cannot fall back from one
// sense to the other, so the pattern names the place's sense (`placed`, patterns.ts) and this
// module says when the object is a place.
import type { Token } from '../nlp/analyse.js';
import type { PlaceAt } from './places.js';
import { directObjectEnd, ENTERED_REACH } from './frames.js';

/**
 * The country of the place that is the verb's object itself, or '' when the object is not a named
 * place: the place opens the object (after "the" at most) and ends its noun phrase. A place before
 * another noun ("seized Kherson grain") only says where the thing seized is from; a possessive
 * ("El Fasher's main market") the place finder does not read as a place at all.
 */
export function takenPlace(
  tokens: readonly Token[],
  places: readonly PlaceAt[],
  last: number,
): string {
  const stop = directObjectEnd(
    tokens as Token[],
    last,
    Math.min(tokens.length, last + 1 + ENTERED_REACH),
  );
  let first = last + 1;
  if (tokens[first]?.lower === 'the') first++;
  const place = places.find((p) => p.first === first && p.last < stop && p.place.country);
  if (!place) return '';
  const next = tokens[place.last + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'PART')) return '';
  return place.place.country;
}

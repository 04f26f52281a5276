// A wire story opens with its dateline: where it was filed, sometimes when and by which agency
// ("BEIRUT (Reuters) -", "NAIROBI, Kenya —", "ADDIS ABABA, Ethiopia, March 3 (AP) —"). A capital
// or state named there is the desk's location, not an actor: read as one, "Beirut" became
// Lebanon's government and the source of whatever the first sentence told ("BEIRUT (Reuters) -
// Gunmen kidnapped two aid workers in northern Syria" coded Lebanon -> Syria).
import type { ActorSpanLike } from './mentions.js';
import { datelineOf } from '../places/dateline.js';

/**
 * The actor spans of a sentence less those inside its opening dateline. A bare word in capitals
 * before a dash is a dateline only for states and their capitals: "NATO — the alliance said ..."
 * opens with an actor; "UNITED NATIONS (Reuters) -" is the agency's desk at the UN.
 */
export function outsideDateline<S extends ActorSpanLike>(text: string, spans: S[]): S[] {
  const dateline = datelineOf(text);
  if (!dateline) return spans;
  return spans.filter((s) => s.start >= dateline.end || (dateline.bare && s.kind !== 'state'));
}

// '"We call on Armenia to withdraw its troops," the ministry said': inside a quotation "we" is
// its speaker, and wire copy names the speaker of a later paragraph by its organ alone ("the
// ministry", "the army", "the embassy") once the lead has named the country. Such a speaker takes
// the country the document's earlier sentences give that sector (context.ts), as a subject named
// by its sector alone already does; without it the quoted act had no doer and was let go.
import type { Actor } from '../records.js';
import { withRoot } from '../actors/actor-record.js';

/** Organs of a state that speak for it: a quoted "we" of theirs is their state's. */
const STATE_ORGANS: ReadonlySet<string> = new Set([
  'GOV',
  'MIL',
  'DIP',
  'LEG',
  'JUD',
  'COP',
  'SPY',
]);

/**
 * The quote's speaker as a doer: a coded one as it is; one named by a state organ alone takes the
 * country `fromContext` gives its sector ('' when the document has named none); else null (a name
 * the dictionary lacks says nothing about the doer).
 */
export function placedSpeaker(
  speaker: Actor | null | undefined,
  fromContext: (sector: string) => string,
): Actor | null {
  if (!speaker) return null;
  if (speaker.root) return speaker;
  if (!STATE_ORGANS.has(speaker.sector)) return null;
  const root = fromContext(speaker.sector);
  return root ? withRoot(speaker, root) : null;
}

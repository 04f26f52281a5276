// How every store shows a stored quote's speaker: the Contract's `{root, sector, text}` (the
// coder's dictionary entry id and other working fields stay in the stored JSON).
import type { Actor } from '../records.js';
import type { QuoteView } from './views.js';

export function quoteSpeaker(json: string | null): QuoteView['speaker'] {
  if (!json) return null;
  try {
    const actor = JSON.parse(json) as Actor;
    return { root: actor.root, sector: actor.sector, text: actor.text };
  } catch {
    return null;
  }
}

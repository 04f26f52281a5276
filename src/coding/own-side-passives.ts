// "An agreement was reached with Baku to restore the ceasefire, the Armenian defence ministry
// said", "Russia's foreign ministry said talks had been held with the Chinese side": a state body
// telling of a joint act in the passive, with no agent, tells of its own side's act. Ministry
// readouts and the agency copy that relays them leave the agent out because the speaker is the
// agent; the other party is the one the statement names. Only joint acts (an agreement reached,
// talks held, patrols carried out together): an agentless "were detained" or "were killed" in
// a statement is as often the other side's act as the speaker's, and a body of a state other
// than a party ("an agreement was reached between Israel and Hamas, the Egyptian foreign
// ministry said") reports the parties it names.
import type { Token } from '../nlp/analyse.js';
import type { PloverType } from '../records.js';
import type { ActorMention } from './mentions.js';
import { subjectOfSaying } from './reporting-side.js';
import { spokenRoles } from './speaker.js';

/** Acts a speaker's side takes part in when it tells of them done (joint acts). */
const OWN_SIDE_TYPES: ReadonlySet<PloverType> = new Set(['AGREE', 'CONSULT', 'COOPERATE']);
/** Sectors of a state's own apparatus that speak for it in a statement. */
const STATE_VOICES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'DIP', 'SPY']);
/** A word that names the parties of the act itself ("reached between Israel and Hamas"). */
const PARTIES_MARK = 'between';

/** Whether `m` is a state, or a body or official of one, named with its country. */
function stateVoice(m: ActorMention): boolean {
  if (!m.actor.root || m.kind === 'organisation') return false;
  return m.kind === 'state' || STATE_VOICES.has(m.actor.sector);
}

/**
 * The speaker and the other party of the agentless passive joint act at `anchor`..`last`, told
 * by a state body (the subject of a finite verb of saying before it, or the attribution after it
 * from `attribution`), or null: no such speaker, no other party named, or the act's own parties
 * named after "between".
 */
export function ownSideRoles(
  tokens: Token[],
  mentions: ActorMention[],
  type: PloverType,
  anchor: number,
  last: number,
  attribution: number,
): { doer: ActorMention; other: ActorMention } | null {
  if (!OWN_SIDE_TYPES.has(type)) return null;
  const end = attribution > anchor ? attribution : tokens.length;
  for (let k = last + 1; k < end; k++) if (tokens[k]!.lower === PARTIES_MARK) return null;
  const spoken = spokenRoles(tokens, mentions, anchor, attribution);
  if (!spoken || !stateVoice(spoken.speaker)) return null;
  // The speaker before the act must be its verb of saying's subject: "Armenia recognised
  // Palestine, saying it was committed to peace" is no statement by Palestine.
  if (!subjectOfSaying(tokens, spoken.speaker, anchor)) return null;
  return { doer: spoken.speaker, other: spoken.addressee };
}

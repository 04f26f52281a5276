// Threats told in the mouth of the one who makes them: "Iran said the United States would pay a
// price", "North Korea said any interception would be treated as a declaration of war by the
// United States". The clause's own subject is the one threatened; the doer is the one saying it
// (pattern option `"target": "speaker"`).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

export interface SpokenRoles {
  speaker: ActorMention;
  addressee: ActorMention;
}

/** How far back from its verb of saying a speaker may stand ("Iran's foreign ministry said"). */
const SPEAKER_REACH = 4;

/**
 * The speaker and the party spoken of for the act at `anchor`: the subject of the nearest verb of
 * saying before it (word class `speech-verbs`), else the first named actor of the attribution
 * after it (from `attribution`, ", its foreign minister said"); the party is the first actor
 * named after that verb (or from the sentence's start) whose country is not the speaker's. Null
 * when either is missing: a threat must be someone's, and aimed at someone.
 */
export function spokenRoles(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  attribution: number,
): SpokenRoles | null {
  const speech = classWords('speech-verbs');
  let verb = -1;
  for (let k = anchor - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && speech.has(t.lemma)) {
      verb = k;
      break;
    }
  }
  const named = (m: ActorMention): boolean => Boolean(m.actor.root);
  let speaker: ActorMention | undefined;
  if (verb >= 0) {
    speaker = mentions
      .filter((m) => named(m) && m.last < verb && m.last >= verb - SPEAKER_REACH)
      .at(-1);
  } else if (attribution > anchor) {
    speaker = mentions.find((m) => named(m) && m.first > attribution);
  }
  if (!speaker) return null;
  const from = verb >= 0 ? verb + 1 : 0;
  const end = attribution > anchor ? attribution : tokens.length;
  const addressee = mentions.find(
    (m) => named(m) && m.first >= from && m.first < end && m.actor.root !== speaker.actor.root,
  );
  return addressee ? { speaker, addressee } : null;
}

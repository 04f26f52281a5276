// War communiqués name the side struck by who reports the strike: "Russia's defence ministry
// said Ukrainian drones attacked overnight", "Ukrainian forces launched an attack with 300
// soldiers, the Russian military said", "Chinese ships fired water cannon at boats delivering
// supplies, Manila said". The attack names no one struck, and the only other party in the
// sentence is the one saying it: that side is the one attacked. Without this the attack is let
// go as untied (coder.ts), since a sentence naming another party usually means the target was
// misread.
import type { Token } from '../nlp/analyse.js';
import type { Mention } from '../records.js';
import type { ActorMention } from './mentions.js';
import { spokenRoles } from './speaker.js';
import { classWords } from './word-classes.js';

/**
 * The state reporting the attack `m` as the side it struck, or null. Only for an attack (not a
 * charge: claimed acts are the accuser's word) whose doer is named and whose target is not; the
 * speaker is the subject of the nearest verb of saying before the act or the attribution after
 * it (speaker.ts), a state or its people rather than an organisation ("the UN said" reports
 * others' war), and the only party the sentence names besides the doer's country.
 */
export function reportingSide(
  m: Mention,
  tokens: Token[],
  mentions: ActorMention[],
  attribution: number,
): ActorMention | null {
  if (m.type !== 'ASSAULT' || m.claimed || m.target.root !== '' || m.source.root === '')
    return null;
  const anchor = tokens.findIndex((t) => t.start === m.trigger.start);
  if (anchor < 0) return null;
  const spoken = spokenRoles(tokens, mentions, anchor, attribution);
  const speaker = spoken?.speaker;
  if (!speaker || speaker.kind === 'organisation') return null;
  if (speaker.actor.root === m.source.root || !subjectOfSaying(tokens, speaker, anchor))
    return null;
  const others = mentions.filter(
    (o) => o.actor.root && !o.pronoun && o.actor.root !== m.source.root,
  );
  return others.every((o) => o.actor.root === speaker.actor.root) ? speaker : null;
}

/** Words that may stand between a subject and its verb of saying ("has also said"). */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/**
 * Whether a speaker before the act is the subject of its verb of saying ("the Russian military
 * said", "Houthi rebels in Yemen say"), not a party named before a participle ("the evacuation
 * of civilians to Russia, saying Kyiv was about to attack" is no report by Russia). A speaker
 * in the attribution after the act is one by its place.
 */
export function subjectOfSaying(tokens: Token[], speaker: ActorMention, anchor: number): boolean {
  if (speaker.first > anchor) return true;
  const speech = classWords('speech-verbs');
  for (let k = speaker.last + 1; k < anchor; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && speech.has(t.lemma)) return !t.lower.endsWith('ing');
    if (!BETWEEN_SUBJECT_AND_VERB.has(t.pos)) return false;
  }
  return false;
}

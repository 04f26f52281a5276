// A reaction told in an appositive after the act it answers ("Chile expelled two diplomats, a
// decision Peru condemned as unjustified", "..., a step the head of the European Commission
// called blackmail", "..., a move opposition leaders welcomed"): wire news puts the other side's
// answer in a noun phrase whose relative clause has no "that". The clause is an act of its own,
// done by its subject, and aimed at the one who did what the noun takes up.
import type { Token } from '../nlp/analyse.js';
import { beforeVerbGroup } from './clauses.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';
import { withRoot } from '../actors/actor-record.js';
import { mentionWith } from './mention-record.js';

/** Words of the noun phrase before its head ("a further", "the latest", "an unprecedented"). */
const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

/**
 * The subject of the reaction whose verb is at `anchor` ("a decision [Peru] condemned"): the
 * named mention that ends right before the verb (or before its auxiliaries and adverbs: "a move
 * the Kremlin had denounced", "an offer Kyiv promptly dismissed") and starts right after an act
 * noun that follows a comma (or a semicolon), or "in" ("pardoned them in a gesture Abidjan
 * thanked him for"), with "that" or "which" allowed between. Null otherwise.
 */
export function reactionSubject(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
): ActorMention | null {
  return reactionAt(tokens, mentions, anchor)?.subject ?? null;
}

/** A reaction appositive: its subject, and the comma, semicolon or "in" that opens it. */
interface Reaction {
  subject: ActorMention;
  opener: number;
}

function reactionAt(tokens: Token[], mentions: ActorMention[], anchor: number): Reaction | null {
  // The verb group between subject and verb ("had", "promptly"); the first token is no group.
  const end = beforeVerbGroup(tokens, anchor, 1);
  let subject = mentions.find((m) => m.last === end && !m.pronoun);
  if (!subject) return null;
  let k = subject.first - 1;
  if (tokens[k]?.lower === 'the') k--;
  // "a step the head of the European Commission condemned": the office before "of".
  if (tokens[k]?.lower === 'of' && tokens[k - 1]?.pos === 'NOUN') k -= 2;
  if (tokens[k]?.lower === 'the') k--;
  // Where the act noun should be when the subject has no owner ("a move the Kremlin denounced").
  const base = k;
  // "a ruling Israel's war cabinet rejected": the owner of the subject's head names its country.
  while (k >= 0 && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k--;
  if (tokens[k]?.lower === "'s") {
    const owner = mentions.find((m) => m.last === k - 1 && m.actor.root && !m.pronoun);
    if (!owner) return null;
    if (!subject.actor.root)
      subject = mentionWith(subject, { actor: withRoot(subject.actor, owner.actor.root) });
    k = owner.first - 1;
  } else {
    k = base;
  }
  if (tokens[k]?.lower === 'that' || tokens[k]?.lower === 'which') k--;
  // "..., in what Kyiv called a war crime": the free relative stands for the act itself.
  if (tokens[k]?.lower === 'what' && tokens[k - 1]?.lower === 'in')
    return { subject, opener: k - 1 };
  // The nouns that take up an earlier act are the word class `back-references` (data).
  if (!classWords('back-references').has(tokens[k]?.lower ?? '')) return null;
  k--;
  while (k >= 0 && PHRASE_POS.has(tokens[k]!.pos)) k--;
  // "in a gesture X thanked him for": the noun phrase is the manner of the act before it.
  const comma = tokens[k]?.lower;
  return comma === ',' || comma === ';' || comma === 'in' ? { subject, opener: k } : null;
}

/**
 * Where the first reaction appositive after `anchor` opens (before `ceiling`), or `ceiling`: the
 * act at `anchor` ends there. Its subject answers the act and is none of its parties, also when
 * the answer codes nothing ("killed civilians in Bucha, a charge Moscow denied": Moscow is not
 * the victim).
 */
export function reactionOpening(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  ceiling: number,
): number {
  for (let j = anchor + 2; j < ceiling; j++) {
    const pos = tokens[j]!.pos;
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const reaction = reactionAt(tokens, mentions, j);
    if (reaction && reaction.opener > anchor) return reaction.opener;
  }
  return ceiling;
}

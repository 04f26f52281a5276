// An object pronoun never stands for the subject of its own clause (English binding: "Scholz
// called Putin, urging him to withdraw" cannot mean Scholz; for himself it would be "himself").
// The pronoun resolver reads "him" as the actor before the nearest one and "it" as the nearest
// state, which in a participle clause after a main clause with an object is often the doer
// itself ("ordered the Red Cross to leave the country, accusing it of ...": "it" read as the
// country). A pronoun right after the verb, read as one of the act's doers, stands for the
// nearest actor before it that fits its form and is none of them.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

/** Object pronouns, with what they may stand for. */
const PERSON_OBJECTS: ReadonlySet<string> = new Set(['him', 'her']);
const NEUTER_OBJECTS: ReadonlySet<string> = new Set(['it']);
const PLURAL_OBJECTS: ReadonlySet<string> = new Set(['them']);

/** Whether `m` may be what the object pronoun `word` stands for. */
function fits(word: string, m: ActorMention): boolean {
  if (PERSON_OBJECTS.has(word)) return m.kind === 'person' || (m.kind === 'office' && !m.plural);
  if (NEUTER_OBJECTS.has(word))
    return m.kind === 'state' || m.kind === 'organisation' || (m.kind === 'office' && !m.plural);
  if (PLURAL_OBJECTS.has(word)) return m.plural || m.kind === 'organisation';
  return false;
}

/** The words naming the party `m` is (for a pronoun, those of the mention it stands for). */
function partyWords(m: ActorMention): string {
  return m.antecedent ?? m.actor.text;
}

/** Kinds of mention that name a state or body as a whole. */
const WHOLE_KINDS: ReadonlySet<string> = new Set(['state', 'organisation']);

/**
 * Whether `m` names the party `d` is, or one of its own: anyone of a state or body that either
 * names as a whole ("Chad ... accusing him": not Chad's own ambassador); else the same person,
 * office or force, by the words naming it ("police arrested him": the police's own country's
 * man, another party).
 */
function sameParty(m: ActorMention, d: ActorMention): boolean {
  if (m.actor.root !== d.actor.root) return false;
  if (WHOLE_KINDS.has(m.kind) || WHOLE_KINDS.has(d.kind)) return true;
  return partyWords(m) === partyWords(d);
}

/** Tags that may open a noun phrase before its name ("the", "seven", "Kenyan"). */
const PHRASE_OPENING_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);

/** Whether the phrase naming `x` follows a verb or a preposition: it is acted on, no subject. */
function actedOn(tokens: readonly Token[], x: ActorMention): boolean {
  let k = x.first - 1;
  while (k >= 0 && PHRASE_OPENING_POS.has(tokens[k]!.pos)) k--;
  const t = tokens[k];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'ADP');
}

/**
 * Whether "him" or "her" was read as a plural phrase of the sentence ("the 46 Ivorian soldiers
 * ... thanked him"): a misreading, so the pronoun tells nothing of who is acted on.
 */
function pluralAntecedent(mentions: readonly ActorMention[], m: ActorMention): boolean {
  const named = mentions.find((x) => !x.pronoun && x.actor.text === m.antecedent);
  return named?.plural === true;
}

/** Tags after "her" that make it a possessive ("her Israeli counterpart"), no object. */
const POSSESSED_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * What the object pronoun `m` at `objectAt` (right after the verb) stands for beside the act's
 * `doers`: null when it was read as of none of their states (its reading stands); the pronoun
 * itself when "him" or "her" was read as another person of a doer's state; when it was read as
 * a doer itself (or as the state or body a doer is of), the nearest actor named before it that
 * fits it and is none of them, another person of the doer's state included ("the Senate
 * rejected the president's request, urging him to ..."), and a person's office named with no
 * country ("the prime minister": the coder places it); 'unknown' when there is none (the
 * object is still the pronoun: no word after it is).
 */
export function unboundObject(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  m: ActorMention,
  doers: readonly ActorMention[],
  objectAt: number,
): ActorMention | 'unknown' | null {
  if (!m.pronoun || m.first !== objectAt || m.first !== m.last) return null;
  const word = tokens[m.first]?.lower ?? '';
  if (word === 'her' && POSSESSED_POS.has(tokens[m.first + 1]?.pos ?? '')) return null;
  if (!doers.some((d) => d.actor.root === m.actor.root)) return null;
  // "the Senate rejected the president's request, urging him to ...", "police dragged the
  // opposition leader from court and arrested him": a person of the doer's own state, read as
  // another party than the doer, is that party (the act is done at home); passed over before.
  if (!doers.some((d) => sameParty(m, d)))
    return PERSON_OBJECTS.has(word) && !pluralAntecedent(mentions, m) ? m : null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i]!;
    if (x.last >= m.first || x.locative || x.modifier || x.pronoun || !fits(word, x)) continue;
    if (!x.actor.root && !(PERSON_OBJECTS.has(word) && x.kind === 'office')) continue;
    if (doers.some((d) => d === x || sameParty(x, d))) continue;
    // "it" and "them" stand for things as often as for parties: only a party that was itself
    // acted on ("ordered the Red Cross to leave ..., accusing it") is taken, no subject ("Chile
    // and Peru signed the deal after Bolivia proposed it": the deal).
    if (!PERSON_OBJECTS.has(word) && !actedOn(tokens, x)) continue;
    return x;
  }
  return 'unknown';
}

// Acts named by a noun that the sentence lays on a doer, outside the subject: an act someone is
// accused of ("the Kremlin accused Kyiv of a terrorist attack on civilians"), one blamed on
// someone in a clause after it ("an attack Baghdad blamed on Turkish forces", "the attacks on
// Mumbai, which India has blamed on a militant group"), and one answered by the sentence's act
// ("in retaliation for the sanctions Tokyo had imposed", "retaliating for London's expulsions").
// Each frame names the doer, and the one the act fell on when the noun's phrase does not: the
// accuser, the one who blames, the one who answers. "After the attack" names no one and stays
// background (nominal.ts).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import {
  inCompound,
  OWNING_PRONOUNS,
  phraseEnd,
  phraseTargets,
  PHRASE_REACH,
  PREFIX_POS,
} from './nominal.js';
import { conjunctsAfter } from './roles.js';
import { classWords } from './word-classes.js';

export interface LaidAct {
  sources: ActorMention[];
  targets: ActorMention[];
  /** The first token after the noun phrase: the act's roles and place are looked for before it. */
  end: number;
  /** The act is told as someone's charge (accused of, blamed on), not as done. */
  claimed: boolean;
}

/** Nouns before "for" that answer an act ("in retaliation for"). */
const ANSWER_NOUNS: ReadonlySet<string> = new Set(['retaliation', 'revenge', 'reprisal']);
/** How far after "on" the one blamed may be named ("blamed on a militant group based in Pakistan"). */
const BLAMED_REACH = 6;

/**
 * The parties of the act named by the noun at `anchor` (its pattern ending at `last`) when one
 * of the three frames lays it on a doer; null otherwise.
 */
export function laidAct(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  last: number,
): LaidAct | null {
  const head = tokens[anchor]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  const start = phraseStart(tokens, anchor);
  let end = phraseEnd(tokens, last);
  const named = mentions.filter((m) => m.actor.root && !m.locative);
  const blame = blamedOn(tokens, mentions, named, last);
  if (blame) {
    end = Math.min(end, blame.blamer.first);
    const struck = phraseTargets(tokens, named, anchor, last, end);
    // "in response to a chemical attack that Washington blamed on Assad's forces": one who
    // answers an act it blames on another answers for those struck, who are not named.
    if (struck.length === 0 && answered(tokens, start)) return null;
    return {
      sources: blame.blamed,
      targets: struck.length > 0 ? struck : [blame.blamer],
      end,
      claimed: true,
    };
  }
  const targets = phraseTargets(tokens, named, anchor, last, end);
  const accused = accusedOf(tokens, named, start);
  if (accused) {
    return {
      sources: [accused.accused],
      targets: targets.length > 0 ? targets : [accused.accuser],
      end,
      claimed: true,
    };
  }
  // "in retaliation for the latest round of U.S. sanctions": the act may head a phrase after
  // "of" under the answering words.
  const outer = tokens[start - 1]?.lower === 'of' ? phraseStart(tokens, start - 2) : start;
  if (!answered(tokens, start) && !answered(tokens, outer)) return null;
  const doers = ownDoers(tokens, named, start, anchor, last, end);
  if (doers.length === 0) return null;
  const answerer = targets.length > 0 ? null : sentenceSubject(tokens, named, start);
  if (targets.length === 0 && !answerer) return null;
  return { sources: doers, targets: answerer ? [answerer] : targets, end, claimed: false };
}

/** The first word of the noun phrase whose head is at `anchor` (determiner, owner, modifiers). */
function phraseStart(tokens: Token[], anchor: number): number {
  let start = anchor;
  while (start > 0) {
    const t = tokens[start - 1]!;
    if (!PREFIX_POS.has(t.pos) && !inCompound(tokens, start - 1) && !OWNING_PRONOUNS.has(t.lower))
      break;
    // "of planning a false-flag attack": a gerund after a preposition, whatever its tag, governs
    // the phrase; it is not a word of it.
    if (t.lower.endsWith('ing') && tokens[start - 2]?.pos === 'ADP') break;
    start--;
  }
  return start;
}

/**
 * "an attack Baghdad blamed on Turkish forces", "the attacks on Mumbai, which India has blamed
 * on a militant group", "the blast, which he blamed on Ukraine's intelligence services": a
 * clause right after the phrase of the act ending at `last` whose subject blames it on someone.
 * No other verb and no punctuation but one comma may stand between.
 */
function blamedOn(
  tokens: Token[],
  mentions: ActorMention[],
  named: ActorMention[],
  last: number,
): { blamer: ActorMention; blamed: ActorMention[] } | null {
  let v = -1;
  let commas = 0;
  for (let k = last + 1; k < tokens.length && k <= last + PHRASE_REACH; k++) {
    const t = tokens[k]!;
    if (t.lemma === 'blame' && tokens[k + 1]?.lower === 'on') {
      v = k;
      break;
    }
    if (t.lower === ',' && ++commas === 1) continue;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'SCONJ') return null;
  }
  if (v < 0) return null;
  let s = v - 1;
  while (s > last && (tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'ADV')) s--;
  const blamer = named.find((m) => m.last === s && m.first > last);
  if (!blamer) return null;
  // "blamed on a militant group based in Pakistan": where a group is based names whose it is.
  for (let k = v + 2; k < tokens.length && k <= v + 1 + BLAMED_REACH; k++) {
    if (tokens[k]!.pos === 'PUNCT') break;
    const first = mentions.find((m) => m.first === k && m.actor.root && !m.pronoun);
    if (first) return { blamer, blamed: [first, ...conjunctsAfter(tokens, named, first)] };
  }
  return null;
}

/**
 * "accused Kyiv of a terrorist attack", "accused Belarusian forces of orchestrating the
 * assault": the phrase (opening at `start`) follows "of", or a verb of doing in "-ing" after
 * "of", after the one accused, right after a verb of blame (word class `blame-verbs`); the
 * accuser is the nearest named party before that verb.
 */
function accusedOf(
  tokens: Token[],
  named: ActorMention[],
  start: number,
): { accuser: ActorMention; accused: ActorMention } | null {
  let of = start - 1;
  const doing = tokens[of];
  if (
    doing?.lower.endsWith('ing') &&
    ingLemmas(doing).some((w) => classWords('doing-verbs').has(w))
  )
    of--;
  else if (doing?.lower === 'out' && tokens[of - 1]?.lemma === 'carry') of -= 2;
  if (tokens[of]?.lower !== 'of') return null;
  const accused = named.find((m) => m.last === of - 1 && !m.pronoun);
  if (!accused) return null;
  let v = accused.first - 1;
  while (v >= 0 && tokens[v]!.pos === 'DET') v--;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || !classWords('blame-verbs').has(verb.lemma)) return null;
  const accuser = [...named].reverse().find((m) => m.last < v && m.last >= v - 4);
  return accuser ? { accuser, accused } : null;
}

/**
 * "in retaliation for", "in revenge for", "in response to", "retaliating for": the act after
 * it is answered by the sentence's act, so it was done.
 */
function answered(tokens: Token[], start: number): boolean {
  const gov = tokens[start - 1]?.lower;
  const before = tokens[start - 2];
  if (!before) return false;
  if (gov === 'for') return ANSWER_NOUNS.has(before.lower) || before.lemma === 'retaliate';
  return gov === 'to' && before.lower === 'response' && tokens[start - 3]?.lower === 'in';
}

/**
 * The doer the act's own phrase names: an owner or a state's adjective before the noun
 * ("London's expulsions", "U.S. sanctions", "its attacks"), a "by" phrase, or the subject of a
 * relative clause with no "that" right after it ("the sanctions Tokyo had imposed").
 */
function ownDoers(
  tokens: Token[],
  named: ActorMention[],
  start: number,
  anchor: number,
  last: number,
  end: number,
): ActorMention[] {
  const agents = named.filter(
    (m) => m.first > last && m.last < end && tokens[m.first - 1]?.lower === 'by',
  );
  if (agents.length > 0) return agents;
  const owners = named.filter(
    (m) =>
      m.first >= start &&
      m.first < anchor &&
      m.last <= last &&
      (!m.pronoun || OWNING_PRONOUNS.has(tokens[m.first]!.lower)),
  );
  if (owners.length > 0) return owners.slice(-1);
  const subject = named.find((m) => m.first === last + 1 && !m.pronoun);
  if (!subject) return [];
  let v = subject.last + 1;
  while (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV') v++;
  const verb = tokens[v];
  return verb?.pos === 'VERB' && verb.lower !== verb.lemma ? [subject] : [];
}

/**
 * The one who answers: the named subject of the sentence's first verb, when it stands before
 * the answered act ("Moscow barred entry ... in retaliation for ...").
 */
function sentenceSubject(
  tokens: Token[],
  named: ActorMention[],
  before: number,
): ActorMention | null {
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 0 || verb >= before) return null;
  const subject = [...named].reverse().find((m) => m.last < verb);
  return subject ?? null;
}

/**
 * The lemmas an "-ing" form may have: the tagger's, and the stem with and without a final "e"
 * (it gives "wag" for "waging").
 */
function ingLemmas(t: Token): string[] {
  const stem = t.lower.slice(0, -3);
  return [t.lemma, stem, `${stem}e`];
}

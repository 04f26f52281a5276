// Who is asked in "at X's request" / "at the request of X": the party that did what was asked,
// i.e. the doer of the clause the adjunct hangs on. Wires put the adjunct at the end of a long
// clause ("Ambassadors of the NATO allies held consultations in Brussels at Warsaw's request",
// "..., and the Security Council met the next day at Ukraine's request", "was seized by Spanish
// police at the request of the United States"), so the sentence's first mention, a place in
// the clause or a rootless head noun are all wrong answers.
import type { Token } from '../nlp/analyse.js';
import { mainSubject } from './clauses.js';
import type { ActorMention } from './mentions.js';
import { clauseOpeningBefore, conjunctsAfter } from './roles.js';
import type { TriggerMatch } from './triggers.js';

/** Forms of "be" that make a later "by" phrase the agent of a passive ("was seized by"). */
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

/** Hyphened heads that make a state's name a modifier of the body after it ("Russian-led"). */
const LED_WORDS: ReadonlySet<string> = new Set(['led', 'backed', 'brokered', 'sponsored']);

/**
 * The parties asked by an "at ... request" adjunct opening at `anchor`: the passive agents
 * of its clause ("seized by Spanish police and US agents"), else the clause's subject with
 * the ones coordinated with it. Empty when the clause names no coded doer.
 */
export function askedParties(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
): ActorMention[] {
  const start = clauseOpeningBefore(tokens, mentions, anchor);
  const inClause = mentions.filter((m) => m.first >= start && m.last < anchor);
  const agents = passiveAgents(tokens, inClause, start, anchor);
  if (agents.length > 0) return agents;
  let subject = mainSubject(tokens, inClause, anchor);
  if (!subject) return [];
  // "Ambassadors of the 30 NATO allies held ...", "The Russian-led Collective Security Treaty
  // Organization began ...": the named body is the one after "of" or after "-led".
  const owner = ownerAfterHead(tokens, inClause, subject);
  if (owner) subject = owner;
  if (!subject.actor.root || subject.locative) return [];
  return [subject, ...conjunctsAfter(tokens, mentions, subject)].filter(
    (m) => m.actor.root && !m.locative && m.last < anchor,
  );
}

/** "was boarded and seized by Spanish police and US agents": the named parties after "by". */
function passiveAgents(
  tokens: Token[],
  inClause: ActorMention[],
  start: number,
  anchor: number,
): ActorMention[] {
  const be = tokens.findIndex((t, i) => i >= start && i < anchor && BE_FORMS.has(t.lower));
  if (be < 0) return [];
  for (let i = be + 1; i < anchor; i++) {
    if (tokens[i]!.lower !== 'by') continue;
    let k = i + 1;
    while (tokens[k]?.pos === 'DET') k++;
    const agent = inClause.find((m) => m.first === k);
    if (!agent?.actor.root) return [];
    return [agent, ...conjunctsAfter(tokens, inClause, agent)].filter((m) => m.actor.root);
  }
  return [];
}

/**
 * The coded body a clause's first mention stands for: the party after "of" when the head has
 * no code of its own ("Ambassadors of the NATO allies"), the body after "X-led" when the state
 * only modifies it.
 */
function ownerAfterHead(
  tokens: Token[],
  inClause: ActorMention[],
  subject: ActorMention,
): ActorMention | undefined {
  const next = inClause.find((m) => m.first > subject.last && m.first <= subject.last + 5);
  if (!next?.actor.root) return undefined;
  const between = tokens.slice(subject.last + 1, next.first).map((t) => t.lower);
  if (!subject.actor.root && between[0] === 'of') return next;
  if (between[0] === '-' && LED_WORDS.has(between[1] ?? '')) return next;
  return undefined;
}

/**
 * Whether `m` is the one asking in an "at ... request" adjunct: "The Security Council met on
 * Friday at Ukraine's request" names Ukraine as asking, not as met with, so no other act of
 * the clause takes it for its object.
 */
export function inAskingAdjunct(triggers: readonly TriggerMatch[], m: ActorMention): boolean {
  return triggers.some(
    (t) =>
      t.pattern.type === 'REQUEST' &&
      t.pattern.target === 'from' &&
      m.first > t.anchor &&
      m.first <= t.last + 2,
  );
}

// Speech that carries a demand ("Britain said Libya must hand over the suspects") or a prediction
// about someone else ("Blinken said Russia would attack").
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { conjunctsBefore } from './roles.js';
import { classWords } from './word-classes.js';

/**
 * "Blinken said Russia would attack": a prediction about someone else's act is not that actor's
 * promise or threat, so the act keeps its type (with the future flag).
 */
export function predictedByOther(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  sources: ActorMention[],
): boolean {
  for (let i = anchor - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (
      !(classWords('speech-verbs').has(t.lemma) || t.lemma === 'predict' || t.lemma === 'expect') ||
      t.pos !== 'VERB'
    )
      continue;
    const speaker = [...mentions].reverse().find((m) => m.last < i && m.last >= i - 4);
    if (!speaker?.actor.root) return false;
    // "Israel and Turkey announced they would restore ties": each member of a joint speaker
    // announces the act, not only the one nearest the verb.
    const speakers = [...conjunctsBefore(tokens, mentions, speaker), speaker];
    return !sources.some((src) => speakers.some((x) => x.actor.root === src.actor.root));
  }
  return false;
}

export interface MustDemand {
  /** Who demands it; null when no one is named ("..., saying the president must resign"). */
  speaker: ActorMention | null;
  targets: ActorMention[];
  /** From "must" to the end of its clause: acts inside are the content of the demand. */
  range: [number, number];
  /** The word the demand is told by, when not the first of `range` ("told" in "told X to"). */
  word?: number;
  /** The id it is coded by (default `request.must`). */
  pattern?: string;
}

/**
 * A list of demands under way: a sentence named them and ended in a colon ("Among Moscow's
 * demands:", "Russia set out the following conditions:"); the items that follow, each saying who
 * must or should do what, are the owner's demands. CAMEO codes a listed demand as the owner's
 * REQUEST of whoever must act, as it codes "Russia said NATO must ...".
 */
export interface DemandList {
  owner: ActorMention;
  /** Items left before the list is taken to have ended without a closing sentence. */
  itemsLeft: number;
}

/** Modals that state an obligation: in a list item they make the item a demand. */
const DEONTIC = new Set(['must', 'should']);
/** No list of demands runs longer than this without a closing sentence. */
const MAX_LIST_ITEMS = 12;

/**
 * The list a sentence opens: it names demands (or conditions, requirements...) and ends in a
 * colon. Its owner is the actor whose demands they are ("Moscow's demands") or, failing that,
 * the sentence's first named actor ("Russia published these demands:").
 */
export function opensDemandList(tokens: Token[], mentions: ActorMention[]): DemandList | null {
  const last = [...tokens].reverse().find((t) => t.pos !== 'SPACE');
  if (last?.text !== ':') return null;
  const noun = tokens.findIndex(
    (t) => classWords('demand-list-nouns').has(t.lemma) && t.pos === 'NOUN',
  );
  if (noun < 0) return null;
  const named = mentions.filter((m) => m.actor.root && !m.locative);
  const owner =
    named.find((m) => m.last < noun && m.last >= noun - 3) ?? named.find((m) => m.last < noun);
  return owner ? { owner, itemsLeft: MAX_LIST_ITEMS } : null;
}

/** Whether a sentence states an obligation (a list item carries one). */
export function isDeontic(tokens: Token[]): boolean {
  return tokens.some((t) => DEONTIC.has(t.lower));
}

/**
 * "Britain said Libya must hand over the suspects": a statement that someone must act is a
 * demand (REQUEST) from the speaker to that someone; what they must do is not coded as done.
 * Inside a list of demands the list's owner is the speaker, and "should" obliges as "must" does;
 * an item whose subject names no actor ("Neither side should deploy missiles") is a demand still:
 * its act is not coded as done, though no REQUEST has a target.
 */
export function mustDemands(
  tokens: Token[],
  mentions: ActorMention[],
  list: DemandList | null = null,
): MustDemand[] {
  const out: MustDemand[] = [];
  const clauseEnd = (k: number): number => {
    let end = k + 1;
    while (end < tokens.length && ![';', '.'].includes(tokens[end]!.lower)) end++;
    return end;
  };
  tokens.forEach((t, k) => {
    if (!(t.lower === 'must' || (list && DEONTIC.has(t.lower)))) return;
    // "proposals to end the conflict in Ukraine must ...": a place in the subject's phrase is
    // not who must act.
    const subject = [...mentions]
      .reverse()
      .find((m) => m.last < k && m.last >= k - 3 && !m.locative);
    if (!subject) {
      if (list) out.push({ speaker: list.owner, targets: [], range: [k, clauseEnd(k)] });
      return;
    }
    const group = mentions.filter(
      (m) => m.last <= subject.last && m.first >= subject.first - 8 && joinedTo(tokens, m, subject),
    );
    const reportAt = tokens.findIndex(
      (x, i) => i < group[0]!.first && classWords('speech-verbs').has(x.lemma) && x.pos === 'VERB',
    );
    // The speaker: the nearest named actor before the reporting verb ("The Bush administration"),
    // else the owner of the list this sentence is an item of.
    const speaker =
      reportAt < 0
        ? list?.owner
        : [...mentions].reverse().find((m) => m.last < reportAt && !m.locative && m.actor.root);
    // "Students led the march, saying the chief minister must step down": with no speaker
    // named, no REQUEST is coded, but what someone must do is still not done.
    if (!speaker) {
      out.push({ speaker: null, targets: [], range: [k, clauseEnd(k)] });
      return;
    }
    out.push({ speaker, targets: group, range: [k, clauseEnd(k)] });
  });
  return out;
}

/** Whether `m` is `head` or joined to it by "and"/"," ("US and British forces"). */
export function joinedTo(tokens: Token[], m: ActorMention, head: ActorMention): boolean {
  if (m === head) return true;
  const between = tokens.slice(m.last + 1, head.first);
  return (
    between.length > 0 &&
    between.length <= 3 &&
    between.some((t) => ['and', ',', 'or'].includes(t.lower)) &&
    between.every((t) => ['and', ',', 'or', 'his', 'its', 'their', 'the'].includes(t.lower))
  );
}

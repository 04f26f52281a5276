// Speech that carries a demand ("Britain said Libya must hand over the suspects") or a prediction
// about someone else ("Blinken said Russia would attack").
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

export const REPORTING_LEMMAS = new Set([
  'say',
  'declare',
  'reiterate',
  'announce',
  'insist',
  'tell',
  'stress',
  'warn',
  'state',
  'add',
  'argue',
  'write',
]);

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
      !(REPORTING_LEMMAS.has(t.lemma) || t.lemma === 'predict' || t.lemma === 'expect') ||
      t.pos !== 'VERB'
    )
      continue;
    const speaker = [...mentions].reverse().find((m) => m.last < i && m.last >= i - 4);
    if (!speaker?.actor.root) return false;
    return !sources.some((src) => src.actor.root === speaker.actor.root);
  }
  return false;
}

export interface MustDemand {
  speaker: ActorMention;
  targets: ActorMention[];
  /** From "must" to the end of its clause: acts inside are the content of the demand. */
  range: [number, number];
}

/**
 * "Britain said Libya must hand over the suspects": a statement that someone must act is a
 * demand (REQUEST) from the speaker to that someone; what they must do is not coded as done.
 */
export function mustDemands(tokens: Token[], mentions: ActorMention[]): MustDemand[] {
  const out: MustDemand[] = [];
  tokens.forEach((t, k) => {
    if (t.lower !== 'must') return;
    const subject = [...mentions].reverse().find((m) => m.last < k && m.last >= k - 3);
    if (!subject) return;
    const group = mentions.filter(
      (m) => m.last <= subject.last && m.first >= subject.first - 8 && joinedTo(tokens, m, subject),
    );
    const reportAt = tokens.findIndex(
      (x, i) => i < group[0]!.first && REPORTING_LEMMAS.has(x.lemma) && x.pos === 'VERB',
    );
    if (reportAt < 0) return;
    // The speaker: the nearest named actor before the reporting verb ("The Bush administration").
    const speaker = [...mentions]
      .reverse()
      .find((m) => m.last < reportAt && !m.locative && m.actor.root);
    if (!speaker) return;
    let end = k + 1;
    while (end < tokens.length && ![';', '.'].includes(tokens[end]!.lower)) end++;
    out.push({ speaker, targets: group, range: [k, end] });
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

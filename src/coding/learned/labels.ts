// Token labels for training, derived from gold files that give events (source, target, type) per
// text, not the word that reports each:
//   - a verb a pattern anchored, whose event matched a gold event, is that pattern's type; one
//     whose events all missed, in a text with no gold event of that type, is NONE;
//   - for a gold event no pattern coded, the one verb whose subject holds the gold source, or
//     whose object or oblique holds the gold target (by the dependency parse), is its type, when
//     only one verb of the text qualifies (else the event gives no label);
//   - every other verb is NONE.
import type { Token } from '../../nlp/analyse.js';
import type { PloverType } from '../../records.js';
import type { MentionSpan } from './features.js';
import { NONE } from './model.js';
import type { Example } from './train.js';

/** One sentence as the coder saw it, with the features of its candidate verbs. */
export interface RecordedSentence {
  tokens: Token[];
  mentions: MentionSpan[];
  candidates: { index: number; features: string[] }[];
  /** Anchors of the patterns' triggers, with each pattern's type (null: a role-only pattern). */
  anchors: { index: number; type: PloverType | null }[];
}

/** A coded event with where its trigger starts (document offset) and the type it came from. */
export interface CodedEvent {
  triggerStart: number;
  /** Whether it matched one of the gold events. */
  matched: boolean;
  /** The gold events (indexes) it matched. */
  gold: number[];
}

export interface GoldEventLike {
  source: string;
  target: string;
  type: PloverType;
}

/** The doers and the ones acted on of a verb, by the parse: token indexes of argument heads. */
export interface VerbArguments {
  doers: number[];
  others: number[];
}

export interface LabelCounts {
  goldEvents: number;
  /** Gold events labelled on the verb of the pattern that coded them. */
  byPattern: number;
  /** Missed gold events labelled on the one verb whose arguments hold their parties. */
  byArguments: number;
  /** Missed gold events with no verb, or more than one, that qualified. */
  unlabelled: number;
}

const rootAt = (mentions: readonly MentionSpan[], k: number): string =>
  mentions.find((m) => m.first <= k && k <= m.last && !m.locative)?.actor.root ?? '';

/** The labelled examples of one gold text; `counts` is added to. */
export function labelText(
  sentences: readonly RecordedSentence[],
  coded: readonly CodedEvent[],
  gold: readonly GoldEventLike[],
  argumentsOf: (s: RecordedSentence, verb: number) => VerbArguments,
  counts: LabelCounts,
): Example[] {
  const labels = new Map<RecordedSentence, Map<number, string | null>>();
  const setLabel = (s: RecordedSentence, i: number, label: string | null): void => {
    let m = labels.get(s);
    if (!m) labels.set(s, (m = new Map()));
    m.set(i, label);
  };
  const covered = new Set<number>();
  const goldTypes = new Set(gold.map((g) => g.type));
  // Patterns' anchors: by what their events scored.
  for (const s of sentences) {
    for (const a of s.anchors) {
      const events = coded.filter((e) => e.triggerStart === s.tokens[a.index]!.start);
      const right = events.filter((e) => e.matched);
      right.forEach((e) => e.gold.forEach((g) => covered.add(g)));
      if (right.length > 0 && a.type) setLabel(s, a.index, a.type);
      else if (events.length > 0 && a.type && !goldTypes.has(a.type)) setLabel(s, a.index, NONE);
      // A trigger dropped, or wrong in a text that has its type: no label either way.
      else setLabel(s, a.index, null);
    }
  }
  counts.goldEvents += gold.length;
  counts.byPattern += covered.size;
  // Missed gold events: the one unanchored verb whose arguments hold the parties.
  gold.forEach((g, n) => {
    if (covered.has(n)) return;
    const both: [RecordedSentence, number][] = [];
    const either: [RecordedSentence, number][] = [];
    for (const s of sentences) {
      for (const c of s.candidates) {
        if (labels.get(s)?.has(c.index)) continue;
        const args = argumentsOf(s, c.index);
        const doer = args.doers.some((k) => rootAt(s.mentions, k) === g.source);
        const other =
          g.target !== '' && args.others.some((k) => rootAt(s.mentions, k) === g.target);
        if (doer && other) both.push([s, c.index]);
        if (doer || other) either.push([s, c.index]);
      }
    }
    const pick = both.length === 1 ? both[0] : either.length === 1 ? either[0] : undefined;
    if (pick) {
      setLabel(pick[0], pick[1], g.type);
      counts.byArguments++;
    } else counts.unlabelled++;
  });
  const out: Example[] = [];
  for (const s of sentences) {
    for (const c of s.candidates) {
      const label = labels.get(s)?.get(c.index);
      if (label === null) continue;
      const anchored = s.anchors.some((a) => a.index === c.index);
      out.push({ features: c.features, label: label ?? NONE, anchored });
    }
  }
  return out;
}

export function emptyCounts(): LabelCounts {
  return { goldEvents: 0, byPattern: 0, byArguments: 0, unlabelled: 0 };
}

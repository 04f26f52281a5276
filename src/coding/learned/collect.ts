// Training examples from gold files: each text is coded by the pattern coder, with a hook that
// records every candidate verb's features where the learned model would be asked; the events
// coded and the gold events then give the labels (labels.ts).
import { createCoder } from '../index.js';
import type { GoldItem } from '../../eval/gold.js';
import { matches } from '../../eval/score.js';
import { predictedEvent } from '../../eval/run.js';
import { parse, Roles } from '../../nlp/parse/index.js';
import { parserInput } from '../syntax.js';
import { candidateFeatures, isCandidate, type ClassesOf } from './features.js';
import { namedByPattern, reportsAct } from './propose.js';
import {
  labelText,
  type CodedEvent,
  type LabelCounts,
  type RecordedSentence,
  type VerbArguments,
} from './labels.js';
import type { Example } from './train.js';

/** The labelled examples of each gold item, in file order. */
export function collectExamples(
  items: readonly GoldItem[],
  classesOf: ClassesOf,
  counts: LabelCounts,
): Example[][] {
  let recorded: RecordedSentence[] = [];
  const coder = createCoder({ learned: false }, (tokens, mentions, found, patterns) => {
    const spans = mentions.map((m) => ({
      first: m.first,
      last: m.last,
      actor: { root: m.actor.root },
      locative: m.locative,
    }));
    const candidates: RecordedSentence['candidates'] = [];
    const anchored = new Set(found.flatMap((t) => t.tokens));
    for (let i = 0; i < tokens.length; i++) {
      if (!isCandidate(tokens, i, spans)) continue;
      // As at ingest, a verb no pattern could take here is not asked about (unless one did).
      if (!anchored.has(i) && !reportsAct(tokens, i)) continue;
      // As at ingest: a verb no trigger took that a pattern names was passed over by it.
      const passed = !anchored.has(i) && namedByPattern(tokens[i]!, patterns);
      candidates.push({
        index: i,
        features: candidateFeatures(tokens, i, spans, classesOf, passed),
      });
    }
    recorded.push({
      tokens,
      mentions: spans,
      candidates,
      anchors: found.map((t) => ({ index: t.anchor, type: t.pattern.type })),
    });
    return found;
  });
  return items.map((item) => {
    recorded = [];
    const coded = coder.code({
      id: `train-${item.id}`,
      text: item.text,
      published: item.date ?? null,
    });
    const events: CodedEvent[] = coded.mentions.map((m) => {
      const predicted = predictedEvent(m);
      const gold = item.events
        .map((g, n) => (matches(predicted, g) ? n : -1))
        .filter((n) => n >= 0);
      return {
        triggerStart: m.trigger.start,
        matched: gold.length > 0,
        gold,
      };
    });
    return labelText(recorded, events, item.events, argumentsByParse, counts);
  });
}

/** A verb's doers (subjects, passive agents) and the ones acted on (objects, obliques). */
function argumentsByParse(s: RecordedSentence, verb: number): VerbArguments {
  let parsed = parsedRoles.get(s);
  if (!parsed) {
    const input = parserInput(s.tokens);
    parsed = new Roles(input, parse(input));
    parsedRoles.set(s, parsed);
  }
  const roles = parsed.of(verb);
  return {
    doers: [...roles.subjects, ...roles.agents].map((a) => a.index),
    others: [
      ...roles.objects,
      ...roles.indirectObjects,
      ...roles.obliques,
      ...roles.passiveSubjects,
    ].map((a) => a.index),
  };
}

/** One parse per sentence, however many verbs are asked about. */
const parsedRoles = new WeakMap<RecordedSentence, Roles>();

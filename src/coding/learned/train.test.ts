import { describe, expect, it } from 'vitest';
import { NONE, parseModel } from './model.js';
import { toWeightsFile, train, TRAIN_DEFAULTS, type Example } from './train.js';

const LABELS = [NONE, 'ACCUSE', 'ASSAULT'];

/**
 * An invented toy set: verbs of blame (one WordNet-like class "blame") are ACCUSE, verbs of
 * attack (class "hit") ASSAULT, other verbs NONE; the class is what carries to unseen lemmas.
 */
const CLASS: Record<string, string> = {
  blame: 'blame',
  accuse: 'blame',
  condemn: 'blame',
  denounce: 'blame',
  shell: 'hit',
  bomb: 'hit',
  strike: 'hit',
  raid: 'hit',
  say: 'tell',
  visit: 'go',
  arrive: 'go',
  hold: 'have',
};
const LABEL_OF: Record<string, string> = { blame: 'ACCUSE', hit: 'ASSAULT' };
const example = (lemma: string, withObject: boolean): Example => ({
  features: ['bias', `l:${lemma}`, `c:${CLASS[lemma]}`, withObject ? 'oa:direct' : 'oa:none'],
  label: LABEL_OF[CLASS[lemma]!] ?? NONE,
});
const SEEN = ['blame', 'accuse', 'condemn', 'shell', 'bomb', 'strike', 'say', 'visit', 'hold'];
const EXAMPLES = SEEN.flatMap((l) => [example(l, true), example(l, false), example(l, true)]);
/** Lemmas never trained on, whose class was. */
const UNSEEN = ['denounce', 'raid', 'arrive'];

function accuracyOnUnseen(examples: Example[]): number {
  const weights = train(examples, LABELS);
  const model = parseModel(
    toWeightsFile(weights, LABELS, {
      trainedOn: ['toy'],
      threshold: 0.5,
      minWeight: 0,
      lemmaClasses: new Map(),
    }),
    'toy.json',
  );
  const tests = UNSEEN.map((l) => example(l, true));
  return (
    tests.filter((t) => {
      const p = model.probabilities(t.features);
      const best = p.indexOf(Math.max(...p));
      return LABELS[best] === t.label;
    }).length / tests.length
  );
}

describe('train', () => {
  it('learns the type of unseen verbs from the class they share with seen ones', () => {
    expect(accuracyOnUnseen(EXAMPLES)).toBe(1);
  });

  it('learns nothing from shuffled labels (the test above is not vacuous)', () => {
    const labels = EXAMPLES.map((e) => e.label);
    // A fixed derangement of the labels: each example takes the label of one far from it.
    const shuffled = EXAMPLES.map((e, i) => ({
      ...e,
      label: labels[(i + 7) % labels.length]!,
    }));
    expect(accuracyOnUnseen(shuffled)).toBeLessThan(1);
  });

  it('is deterministic for one seed', () => {
    const a = train(EXAMPLES, LABELS);
    const b = train(EXAMPLES, LABELS, { ...TRAIN_DEFAULTS });
    expect([...a.get('c:blame')!]).toEqual([...b.get('c:blame')!]);
  });

  it('keeps in the file only the weighted features and the classes they use', () => {
    const file = toWeightsFile(train(EXAMPLES, LABELS), LABELS, {
      trainedOn: ['toy'],
      threshold: 0.5,
      minWeight: 0.05,
      lemmaClasses: new Map([
        ['decry', ['blame', 'unused']],
        ['wander', ['unused']],
      ]),
    });
    expect(file.classNames.split('\n')).toContain('blame');
    expect(file.classNames.split('\n')).not.toContain('unused');
    expect(file.lemmas).toBe('decry');
    expect(parseModel(file, 'toy.json').classesOf('decry')).toEqual(['blame']);
  });
});

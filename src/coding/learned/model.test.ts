import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_FILE, loadModel, MODEL_VERSION, ModelFileError, NONE } from './model.js';

function fileWith(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'learned-')), 'triggers.json');
  writeFileSync(file, text);
  return file;
}

const VALID = {
  version: MODEL_VERSION,
  trainedOn: ['toy.jsonl'],
  threshold: 0.5,
  labels: [NONE, 'ACCUSE'],
  features: 'bias\nl:decry',
  weights: [1, 0, 1, 1, 1, 2.5],
  classNames: '',
  lemmas: '',
  lemmaClasses: [],
};

describe('loadModel', () => {
  it('loads the shipped weights', () => {
    const model = loadModel(DEFAULT_MODEL_FILE);
    expect(model.labels[0]).toBe(NONE);
    expect(model.threshold).toBeGreaterThan(0);
  });

  it('scores with the weights it read', () => {
    const model = loadModel(fileWith(JSON.stringify(VALID)));
    const best = model.best(['bias', 'l:decry']);
    expect(best.type).toBe('ACCUSE');
    expect(best.probability).toBeCloseTo(Math.exp(2.5) / (Math.exp(2.5) + Math.exp(1)));
  });

  it('names the file and the field of a malformed weights file', () => {
    const file = fileWith(JSON.stringify({ ...VALID, labels: [NONE, 'SHOUT'] }));
    expect(() => loadModel(file)).toThrow(ModelFileError);
    expect(() => loadModel(file)).toThrow(new RegExp(`${file}: .*field "labels.1"`));
  });

  it('refuses weights that do not match the features', () => {
    const file = fileWith(JSON.stringify({ ...VALID, weights: [1, 0, 1] }));
    expect(() => loadModel(file)).toThrow(`${file}: not a learned trigger model (weights do not`);
  });

  it('refuses another version, bad JSON and a missing file, naming the file', () => {
    const other = fileWith(JSON.stringify({ ...VALID, version: 99 }));
    expect(() => loadModel(other)).toThrow(/field "version"/);
    const broken = fileWith('{"version": 1,');
    expect(() => loadModel(broken)).toThrow(`${broken}: not valid JSON`);
    expect(() => loadModel('/nonexistent/triggers.json')).toThrow(
      '/nonexistent/triggers.json: cannot read learned trigger model (ENOENT)',
    );
  });
});

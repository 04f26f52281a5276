import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../bench/generate.js';
import { createCoder } from '../../coding/index.js';
import type { CodedDocument } from '../../coding/types.js';
import { packCoded, unpackCoded } from './pack.js';

const copy = (coded: CodedDocument): CodedDocument => structuredClone(coded);

describe('coded content between a worker and the writer', () => {
  const coder = createCoder();
  const docs: Array<{ text: string; published: string }> = [];
  for (const doc of generateDocuments(3)) {
    if (docs.length === 20) break;
    docs.push(doc);
  }

  it('arrives exactly as coded, and much smaller', () => {
    let whole = 0;
    let packed = 0;
    for (const [i, doc] of docs.entries()) {
      const coded = coder.code({ id: `d${i}`, text: doc.text, published: doc.published });
      expect(coded.mentions.length + coded.sentences.length).toBeGreaterThan(0);
      const sent = packCoded(copy(coded), doc.text);
      whole += serialize(coded).length;
      packed += serialize(sent).length;
      expect(unpackCoded(structuredClone(sent), doc.text)).toEqual(coded);
    }
    expect(packed).toBeLessThan(whole * 0.75);
  });

  it('keeps a text that is not its offsets\u2019 slice', () => {
    const text = 'Russia accused Ukraine of shelling Donetsk.';
    const coded: CodedDocument = {
      sentences: [{ doc: 'd', index: 0, start: 0, end: text.length, text: 'something else' }],
      mentions: [],
      quotes: [],
    };
    const sent = packCoded(copy(coded), text);
    expect(sent.sentences[0]!.text).toBe('something else');
    expect(unpackCoded(sent, text)).toEqual(coded);
  });
});

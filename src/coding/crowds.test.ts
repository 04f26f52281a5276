// A crowd with no actor named in its sentence protests as the people of the place it fills.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';

const coder = createCoder();
const code = (text: string) =>
  coder
    .code({ id: 'dcrowd', text, published: '2023-03-05' })
    .mentions.map((m) => `${m.source.root}/${m.source.sector} ${m.type}`);

describe('crowds', () => {
  it("codes a crowd rallying in a city that is no capital as that country's civilians", () => {
    expect(code('Thousands rallied in Haifa on Saturday against the judicial overhaul.')).toEqual([
      'ISR/CVL PROTEST',
    ]);
  });

  it('codes nothing for a sentence with no actor and no protest', () => {
    expect(code('Heavy rain fell in Haifa on Saturday.')).toEqual([]);
  });
});

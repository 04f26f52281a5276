// A crowd with no place named protests in the sentence's one country (eighteenth round).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { sentenceCoder } from './sentence-coder.test-util.js';

const code = sentenceCoder('dcrowdhome', '2024-09-03');

describe("crowds of the sentence's one country", () => {
  it('gives a crowd with no place the one country the sentence names', () => {
    expect(
      code(
        "Kenya's government imposed a curfew on Friday as protesters demanding lower taxes blocked roads.",
      ),
    ).toContain('PROTEST KEN > KEN');
  });

  it('leaves the crowd unknown when the sentence names two countries', () => {
    expect(code("Ghana's president met Togo's leader as protesters blocked roads.")).toEqual([
      'CONSULT GHA > TGO',
    ]);
  });

  it('leaves a crowd in a sentence that names no country', () => {
    expect(code('Protesters blocked roads on Friday.')).toEqual([]);
  });
});

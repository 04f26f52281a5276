// Sentence splitting, tokens, parts of speech and lemmas, from wink-nlp's English model.
// The rest of the coder works on these plain records, never on wink objects, so the NLP library
// can be swapped without touching the coding rules.
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercased text. */
  lower: string;
  /** Lowercased lemma ("attacked" → "attack"). */
  lemma: string;
  /** Universal POS tag (`VERB`, `NOUN`, `PROPN`, `AUX`, `ADP`, ...). */
  pos: string;
  /** Character offsets in the analysed text. */
  start: number;
  end: number;
}

export interface AnalysedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

// Only the stages the coder reads: sentence boundaries, POS (which also yields lemmas), negation
// is ours. Leaving out sentiment and NER roughly halves the time per token.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Blocks that never share a sentence: paragraphs (blank lines), and a first line without final
 * punctuation (a headline, which would otherwise run into the dateline after it).
 */
export function blocksOf(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    blocks.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  blocks.push({ start, end: text.length });
  // Within a block, a short line without final punctuation followed by a capitalised line is a
  // headline or section heading ("Ceasefire violations"), not the start of a sentence; a line
  // followed by a list item ends there too.
  const out: Array<{ start: number; end: number }> = [];
  for (const block of blocks) {
    let start = block.start;
    for (
      let nl = text.indexOf('\n', start);
      nl >= 0 && nl < block.end;
      nl = text.indexOf('\n', nl + 1)
    ) {
      const line = text.slice(start, nl).trim();
      const next = text.slice(nl + 1, Math.min(block.end, nl + 3)).trimStart();
      const heading =
        (start === 0 || line.split(/\s+/).length <= 8) && !/[.!?:;,"')\]]$/.test(line);
      // A list item ("- Moscow announces end of drills") never runs into the line before it.
      const item = /^[-*•–]\s/.test(next);
      if (line && ((heading && /^[\p{Lu}\d"'-]/u.test(next)) || item)) {
        out.push({ start, end: nl });
        start = nl + 1;
      }
    }
    out.push({ start, end: block.end });
  }
  return out.filter((b) => /\S/.test(text.slice(b.start, b.end)));
}

/** Splits `text` into sentences of tokens whose offsets point back into `text`. */
export function analyse(text: string): AnalysedSentence[] {
  return [...analyseLazily(text)];
}

/**
 * Longest stretch of text given to the tagger at once. Sentences are local, so a long text is
 * read in bounded pieces: the tokens of one piece are garbage once its sentences are coded, and
 * memory stays flat whatever the document's length (a 5 MB text analysed whole held ~95 times
 * its size).
 */
export const MAX_PIECE_CHARS = 50_000;

/** The blocks of `text`, long ones cut at a sentence end (else a line end, else a space). */
export function* boundedBlocks(
  text: string,
  max = MAX_PIECE_CHARS,
): Generator<{ start: number; end: number }> {
  for (const block of blocksOf(text)) {
    let start = block.start;
    while (block.end - start > max) {
      const window = text.slice(start, start + max);
      const cut =
        lastMatchEnd(window, /[.!?]["'”’)\]]?\s+(?=[\p{Lu}\d"'“‘(])/gu) ??
        lastMatchEnd(window, /\n/g) ??
        lastMatchEnd(window, /\s/g) ??
        window.length;
      yield { start, end: start + cut };
      start += cut;
    }
    if (/\S/.test(text.slice(start, block.end))) yield { start, end: block.end };
  }
}

/** End offset of the last match in the second half of `window` (a cut near its end), or null. */
function lastMatchEnd(window: string, re: RegExp): number | null {
  let end: number | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m.index >= window.length / 2) end = m.index + m[0].length;
  }
  return end;
}

/**
 * Reads `text` as `analyse` does and keeps nothing: the NLP library remembers the unknown words
 * it met (see pipeline/parallel/history.ts), and a worker catching up on the texts coded
 * elsewhere needs only that, not a long text's sentences all held at once.
 */
export function readOnly(text: string): void {
  for (const block of boundedBlocks(text)) nlp.readDoc(text.slice(block.start, block.end));
}

/**
 * Sentences a run of blocks at a time (at most `max` characters together, a bounded piece where
 * one block is longer), numbered through the whole text. The tagger reads every block of the run
 * before the first sentence is handed out: its tables stay in the processor's caches from one
 * block to the next, where coding a block's sentences between two blocks evicted them (the same
 * calls took twice the time). The order of the tagger's calls, and so what it remembers of
 * unknown words, is that of one block at a time.
 */
export function* analyseLazily(text: string, max = MAX_PIECE_CHARS): Generator<AnalysedSentence> {
  let run: AnalysedSentence[] = [];
  let chars = 0;
  let before = 0;
  for (const block of boundedBlocks(text, max)) {
    const length = block.end - block.start;
    if (run.length > 0 && chars + length > max) {
      yield* run;
      before += run.length;
      run = [];
      chars = 0;
    }
    analyseBlock(text, block.start, block.end, run, before);
    chars += length;
  }
  yield* run;
}

/** Appends the sentences of `text[from, to)` to `sentences`, numbered from `before` on. */
function analyseBlock(
  text: string,
  from: number,
  to: number,
  sentences: AnalysedSentence[],
  before: number,
): void {
  const doc = nlp.readDoc(text.slice(from, to));
  // Whole-document arrays: one call each instead of one per token (several times faster).
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as Parameters<ItemToken['out']>[0]) as unknown as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // Offsets: each token follows its preceding spaces; searching forward keeps them exact even
  // where wink normalised a character.
  const starts: number[] = new Array(values.length);
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const expected = cursor + spaces[i]!.length;
    let start = text.startsWith(value, expected) ? expected : text.indexOf(value, cursor);
    if (start < 0 || start >= to) start = expected;
    starts[i] = start;
    cursor = start + value.length;
  }
  for (const [first, last] of spans) {
    const out: Token[] = [];
    for (let i = first; i <= last; i++) {
      if (tags[i] === 'SPACE') continue;
      const value = values[i]!;
      const lower = value.toLowerCase();
      out.push({
        text: value,
        lower,
        lemma: (lemmas[i] ?? lower).toLowerCase(),
        pos: tags[i]!,
        start: starts[i]!,
        end: starts[i]! + value.length,
      });
    }
    if (out.length === 0) continue;
    const start = out[0]!.start;
    const end = out[out.length - 1]!.end;
    sentences.push({
      index: before + sentences.length,
      start,
      end,
      text: text.slice(start, end),
      tokens: out,
    });
  }
}

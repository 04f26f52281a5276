// Which sentences of a text are mostly words in double quotes. Independent reports of one
// happening quote the same people word for word (a statement, a witness), but each tells the
// rest in sentences of its own: a copy is known by the reporter's own wording it keeps, and a
// quote kept proves nothing (see `Comparison.phrasesShared`).

/** Opening and closing marks; a straight double quote opens or closes by the state. */
const OPENS = new Set(['“', '«', '„']);
const CLOSES = new Set(['”', '»']);
const MARK = /["“”«»„]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Per sentence (in order, as one text's), whether more than half of its words are inside double
 * quotes. A quote may run over several sentences ("“It was like slow motion. Then ...”"), so the
 * state is carried from one sentence to the next; a sentence opening with a straight quote opens
 * one whatever the state (a mark left unpaired earlier does not turn every later sentence over).
 */
export function quotedSentences(sentences: readonly string[]): boolean[] {
  let inside = false;
  return sentences.map((s) => {
    if (!inside && !MARK.test(s)) return false;
    if (s.startsWith('"')) inside = false;
    let quoted = 0;
    let words = 0;
    let inWord = false;
    for (const ch of s) {
      if (OPENS.has(ch)) inside = true;
      else if (CLOSES.has(ch)) inside = false;
      else if (ch === '"') inside = !inside;
      const letter = WORD_CHAR.test(ch);
      if (letter && !inWord) {
        words++;
        if (inside) quoted++;
      }
      inWord = letter;
    }
    return words > 0 && quoted * 2 > words;
  });
}

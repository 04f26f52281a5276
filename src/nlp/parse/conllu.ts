// A reader for CoNLL-U treebank files (Universal Dependencies), keeping only what the parser
// trains and is scored on: the syntactic words with their tags, heads and relations, and the
// sentence text with each word's character span so the text can be re-tagged as Spiral tags it.

export interface TreebankSentence {
  /** `# sent_id`, or `line N` when the file gives none. */
  id: string;
  /** `# text`, or the words joined by spaces when the file gives none. */
  text: string;
  words: string[];
  /** Universal POS tags (column 4). */
  upos: string[];
  /** Head of each word: 0 is the root, otherwise a 1-based word number. */
  heads: number[];
  /** Dependency relations with their subtypes (`nsubj:pass`, `acl:relcl`). */
  deprels: string[];
  /** Character span of each word in `text`; the words of one contraction share its span. */
  spans: Array<[number, number]>;
}

export class ConlluError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

interface Pending {
  id: string | null;
  text: string | null;
  firstLine: number;
  words: string[];
  upos: string[];
  heads: number[];
  deprels: string[];
  spaceAfter: boolean[];
  /** Multiword tokens ("don't" = do + n't): surface form and word range, 1-based inclusive. */
  ranges: Array<{ from: number; to: number; form: string; spaceAfter: boolean }>;
}

const fresh = (line: number): Pending => ({
  id: null,
  text: null,
  firstLine: line,
  words: [],
  upos: [],
  heads: [],
  deprels: [],
  spaceAfter: [],
  ranges: [],
});

const noSpaceAfter = (misc: string): boolean => misc.split('|').includes('SpaceAfter=No');

/** Parses CoNLL-U text; `file` only names the source in error messages. */
export function parseConllu(content: string, file = '<input>'): TreebankSentence[] {
  const out: TreebankSentence[] = [];
  const lines = content.split(/\r?\n/);
  let cur = fresh(1);
  const flush = (lineNo: number): void => {
    if (cur.words.length) out.push(finish(cur, file));
    cur = fresh(lineNo + 1);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (line.trim() === '') {
      flush(lineNo);
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') cur.id = m[2]!.trim();
        else cur.text = m[2]!;
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new ConlluError(
        file,
        lineNo,
        `expected 10 tab-separated columns, found ${cols.length}`,
      );
    }
    const id = cols[0]!;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      cur.ranges.push({
        from: Number(range[1]),
        to: Number(range[2]),
        form: cols[1]!,
        spaceAfter: !noSpaceAfter(cols[9]!),
      });
      continue;
    }
    // Empty nodes of the enhanced graph ("8.1") are not part of the basic tree.
    if (/^\d+\.\d+$/.test(id)) continue;
    if (!/^\d+$/.test(id) || Number(id) !== cur.words.length + 1) {
      throw new ConlluError(file, lineNo, `word id "${id}" out of sequence`);
    }
    const head = cols[6]!;
    if (!/^\d+$/.test(head)) throw new ConlluError(file, lineNo, `head "${head}" is not a number`);
    if (cols[7] === '_' || cols[7] === '') throw new ConlluError(file, lineNo, 'missing deprel');
    cur.words.push(cols[1]!);
    cur.upos.push(cols[3]!);
    cur.heads.push(Number(head));
    cur.deprels.push(cols[7]!);
    cur.spaceAfter.push(!noSpaceAfter(cols[9]!));
  }
  flush(lines.length);
  return out;
}

function finish(p: Pending, file: string): TreebankSentence {
  const n = p.words.length;
  for (let i = 0; i < n; i++) {
    if (p.heads[i]! > n || p.heads[i] === i + 1) {
      throw new ConlluError(
        file,
        p.firstLine,
        `word ${i + 1} has head ${p.heads[i]} in a ${n}-word sentence`,
      );
    }
  }
  // Surface tokens: a multiword token stands for its words; every other word is its own token.
  const surface: Array<{ from: number; to: number; form: string; spaceAfter: boolean }> = [];
  let r = 0;
  for (let w = 1; w <= n; w++) {
    const range = p.ranges[r];
    if (range && range.from === w) {
      surface.push(range);
      w = range.to;
      r++;
    } else {
      surface.push({ from: w, to: w, form: p.words[w - 1]!, spaceAfter: p.spaceAfter[w - 1]! });
    }
  }
  const built = surface
    .map((t) => t.form + (t.spaceAfter ? ' ' : ''))
    .join('')
    .trimEnd();
  const text = p.text ?? built;
  const spans: Array<[number, number]> = new Array(n);
  let cursor = 0;
  for (const t of surface) {
    // Search forward so a text that differs in spacing from SpaceAfter still lines up.
    let start = text.indexOf(t.form, cursor);
    if (start < 0) start = Math.min(cursor, text.length);
    const end = start + t.form.length;
    for (let w = t.from; w <= t.to; w++) spans[w - 1] = [start, Math.min(end, text.length)];
    cursor = end;
  }
  return {
    id: p.id ?? `line ${p.firstLine}`,
    text,
    words: p.words,
    upos: p.upos,
    heads: p.heads,
    deprels: p.deprels,
    spans,
  };
}

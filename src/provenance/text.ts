// Tokens and sentences as copy detection sees them. A deliberately small tokenizer (no NLP model):
// it runs on every ingested document and on every candidate pair, so it must be fast, and it only
// needs to tell apart the token kinds that spinners treat differently.
import { WEEKDAYS } from '../nlp/dates.js';
import { calendar } from './calendar.js';
import { NUMBER_WORDS, spelledNumber } from './number-words.js';
import { quotedSentences } from './quoted.js';
import { hasCyrillic, looksUkrainian, nameKey, stripEnding } from './translit.js';

/**
 * - `num`: digits, or a month/weekday name: copies keep them, template reports change them.
 * - `name`: capitalised mid-sentence (or capitalised elsewhere in the document): spinners keep it.
 * - `func`: closed-class word (the, of, said, ...): mostly kept by spinners.
 * - `content`: everything else, what spinners swap for synonyms.
 */
export type TokenKind = 'num' | 'name' | 'func' | 'content';

export interface Token {
  /** Lowercased; numbers without thousands separators. */
  word: string;
  kind: TokenKind;
  /** A number written as an English word ("two"): a translation writes it in its own words. */
  spelled?: true;
  /** A number's value as written (`word` drops trailing zeros: "500" is "5"), read where units
   *  are compared ("500 km" is "300 miles"). */
  value?: number;
  /** The hours or minutes of a clock time ("19:30"): every day's report gives the same one. */
  clock?: true;
}

export interface TextSentence {
  tokens: Token[];
  /** Ends with a full stop, question or exclamation mark (possibly inside quotes): prose, not a
   *  headline, byline, share line or other page furniture. */
  closed: boolean;
  /** More than half of its words are inside double quotes (`quoted.ts`): a quote, which
   *  independent reports of one happening share, not the reporter's own wording. */
  quoted: boolean;
}

// Closed-class words: determiners, pronouns, prepositions, conjunctions, auxiliaries, and the
// reporting verbs that news copies keep. Spinners do swap a few of these ("said" → "stated",
// "in" → "within"), which the skeleton tolerates because it is shingled, not compared whole.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here ' +
    'i me my we us our you your he him his she her it its they them their who whom whose which what ' +
    'of to in on at by for from with without about against between into through during before after ' +
    'above below up down out off over under again further then once than as since until while ' +
    'and or but nor so yet if because although though whether either neither both each ' +
    'all any few more most other some such no not only own same too very just ' +
    'is am are was were be been being have has had having do does did doing ' +
    'will would shall should can could may might must ' +
    "said says say told according 's ' s t n't"
  ).split(' '),
);

const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  )
    .split(' ')
    .concat(WEEKDAYS),
);

/** "Feb" and "February" are one month to a copy that expands or abbreviates it. */
const MONTH_NAMES: ReadonlyMap<string, string> = new Map(
  'january february march april may june july august september october november december'
    .split(' ')
    .flatMap((m) => [[m.slice(0, 3), m] as const, [m.slice(0, 4), m] as const]),
);

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen col lt sgt st jr sr prof gov sen rep u.s u.k u.n e.g i.e vs no jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

const WORD = /[\p{L}][\p{L}\p{M}'’.-]*[\p{L}]|[\p{L}]|\d[\d,.]*\d%?|\d%?/gu;

/**
 * Splits text into sentences at `.`/`!`/`?` (not after abbreviations) and at blank lines.
 * Also where no space follows the stop, between a lower-case word and a capitalised one
 * ("...sponsors terrorism.The list of 13 demands..."): scraped and farmed copies lose the line
 * breaks between paragraphs, and read as one sentence they align with nothing.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n|\n(?=\s*[-*•]\s)/)) {
    let start = 0;
    // Without a space: two lower-case letters before the stop (a closing quote between) and a
    // capital then a lower-case letter after it, so "U.S.", "p.m.", "St.Louis" and
    // "Al-Jazeera.com" are not boundaries.
    const boundary =
      /[.!?]["'”’»)\]]*\s+(?=["'“‘«([]?[\p{Lu}\d])|(?<=\p{Ll}\p{Ll}["'”’»)\]]?)[.!?]["'”’»)\]]*(?=["'“‘«]?\p{Lu}\p{Ll})/gu;
    for (let m = boundary.exec(block); m; m = boundary.exec(block)) {
      const before = block.slice(start, m.index);
      const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase().replace(/\.$/, '') ?? '';
      if (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord)) continue;
      // The stop's closing marks end the sentence they close ('...the dead."'): left to the
      // next one, a quote's closing mark went missing and every later sentence read as quoted.
      const closers = /^[.!?]["'”’»)\]]*/u.exec(m[0])![0].length;
      out.push(block.slice(start, m.index + closers).trim());
      start = m.index + m[0].length;
    }
    const rest = block.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out.filter((s) => /[\p{L}\d]/u.test(s));
}

/**
 * Russian and Ukrainian group thousands with a space ("150 000", or a no-break space): one
 * number, as "150,000" is. A no-break or thin space between digit groups is always one; a plain
 * space only in a text written in Cyrillic (in English, "2022 150" is two numbers).
 */
function joinDigitGroups(text: string): string {
  const grouped = text.replace(/(\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))/g, '$1');
  const spaced = hasCyrillic(grouped) ? grouped.replace(/(\d) (?=\d{3}(?!\d))/g, '$1') : grouped;
  return POINT_GROUP.test(spaced) && !writtenInEnglish(spaced)
    ? spaced.replace(POINT_GROUPS, '$1')
    : spaced;
}

/**
 * Spanish, German, Italian, Portuguese, Turkish and Indonesian (most of the languages a wire
 * story is translated into) group thousands with a point: "2.000 muertos", "10.000 Vermisste"
 * are the English text's "2,000" and "10,000", not 2.0 and 10.0. Only in a text that is not
 * English: an English "1.500" would be a decimal (which news writes rarely, but writes).
 */
const POINT_GROUP = /\d\.\d{3}(?!\d)/;
const POINT_GROUPS = /(\d)\.(?=\d{3}(?!\d))/g;

/**
 * Share of English function words below which a text is taken for another language: here for
 * its thousands grouped with a point, in `compare.ts` for the translated rule.
 */
export const FOREIGN_SHARE = 0.15;

function writtenInEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) english++;
  return english >= FOREIGN_SHARE * words.length;
}

/**
 * A spinner that spells out digits does it inside numbers too: "1.2 million" becomes "1.two
 * million" and "4,000 shelters" "four,000 shelters" (it swaps the "2" its tokenizer split off
 * "1.2"). Digits and number words joined by a point or a comma, with no space and at least one
 * part in digits, are one number written in digits again.
 */
export function respellNumerals(text: string): string {
  return text.replace(/\b[\p{L}\d]+(?:[.,][\p{L}\d]+)+\b/gu, (match) => {
    const parts = match.split(/([.,])/);
    let digits = false;
    let words = false;
    const out = parts.map((part, i) => {
      if (i % 2 === 1) return part;
      if (/^\d+$/.test(part)) {
        digits = true;
        return part;
      }
      const spelled = NUMBER_WORDS.get(part.toLowerCase());
      if (spelled === undefined) return null;
      words = true;
      return spelled;
    });
    return digits && words && !out.includes(null) ? out.join('') : match;
  });
}

const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b(\.?)/gi;
/** A time of day in four digits with its zone ("1100 GMT", "0630 UTC"), as agencies give it beside
 *  the local time: a time, not a count of 1,100 (which the later version of a story adds). */
const ZONED = /\b([01]\d|2[0-3])([0-5]\d)\s?(GMT|UTC)\b/g;

/**
 * One time is written "11:47 p.m.", "11:47pm", "11.47pm" or "23:47" by copies of one story: all
 * are written "23:47" (hours on the 24-hour clock, minutes "00" when none are given), so that
 * the number check compares the time and not its spelling. The dot of "p.m." goes when the
 * sentence goes on after it (a lowercase word, a digit, a bracket, a weekday or a month).
 */
export function canonicalTimes(raw: string): string {
  const text = raw.replace(ZONED, '$1:$2 $3');
  return text.replace(
    TIME,
    (match, hours: string, minutes: string | undefined, half: string, dot: string, at: number) => {
      let h = Number(hours);
      if (h < 1 || h > 12) return match;
      if (half.toLowerCase() === 'p' && h < 12) h += 12;
      if (half.toLowerCase() === 'a' && h === 12) h = 0;
      const rest = text.slice(at + match.length);
      const next = /^\s+(\p{Lu}\p{L}*)/u.exec(rest)?.[1];
      const continues =
        /^\s*[\p{Ll}\d(,;:]/u.test(rest) ||
        (next !== undefined && MONTHS_AND_DAYS.has(next.toLowerCase()));
      const ends = dot === '.' && !continues;
      return `${h}:${minutes ?? '00'}${ends ? '.' : ''}`;
    },
  );
}

/** Tokenises a whole document into sentences of typed tokens. */
export function tokenize(text: string): TextSentence[] {
  const sentences = splitSentences(respellNumerals(canonicalTimes(joinDigitGroups(text))));
  const raw = sentences.map((s) => s.match(WORD) ?? []);
  const quoted = quotedSentences(sentences);
  // A capitalised word at the start of a sentence is a name only if the document also writes it
  // capitalised where capitals are not forced. A Cyrillic name changes its ending with its case
  // ("Лавров заявил", "с Лавровым"): it is known by its stem.
  const midCapitalised = new Set<string>();
  for (const words of raw) {
    words.forEach((w, i) => {
      if (i > 0 && /^\p{Lu}/u.test(w))
        midCapitalised.add(hasCyrillic(w) ? stripEnding(w) : w.toLowerCase());
    });
  }
  return raw.map((words, k) => {
    const tokens: Token[] = [];
    const clock = CLOCK.test(sentences[k]!) ? clockWords(sentences[k]!) : null;
    for (let i = 0; i < words.length; i++)
      for (const t of i === 0
        ? classify(words[i]!, true, midCapitalised)
        : classifyInner(words[i]!))
        tokens.push(clock?.has(i) && t.kind === 'num' ? { ...t, clock: true } : t);
    return { tokens, closed: CLOSED.test(sentences[k]!), quoted: quoted[k]! };
  });
}

const CLOCK = /\d:\d\d/;

/** Which of a sentence's words (by their index in its `WORD` matches) are the hours or minutes
 *  of a clock time ("19:30"). */
function clockWords(sentence: string): Set<number> {
  const out = new Set<number>();
  let i = 0;
  for (const m of sentence.matchAll(WORD)) {
    const end = m.index + m[0].length;
    const before = sentence.slice(Math.max(0, m.index - 2), m.index);
    const after = sentence.slice(end, end + 2);
    if (/^\d/.test(m[0]) && (/\d:$/.test(before) || /^:\d/.test(after))) out.add(i);
    i++;
  }
  return out;
}

/**
 * Tokens of a word not at a sentence's start, remembered by the word: they depend on it alone
 * (only a sentence's first word is read against the document's capitalised words), a news text
 * repeats its words and their reports each other's, and classifying each occurrence again was
 * half of tokenising. Tokens are never changed once made, so texts may share them.
 */
const innerTokens = new Map<string, readonly Token[]>();
/** Words remembered before starting again (memory stays flat): about 10 MB. */
const INNER_TOKENS_LIMIT = 100_000;

function classifyInner(raw: string): readonly Token[] {
  let tokens = innerTokens.get(raw);
  if (tokens === undefined) {
    if (innerTokens.size >= INNER_TOKENS_LIMIT) innerTokens.clear();
    // The set of capitalised words is not read for a word inside a sentence.
    tokens = classify(raw, false, NO_WORDS);
    innerTokens.set(raw, tokens);
  }
  return tokens;
}

const NO_WORDS: Set<string> = new Set();

/** "150000", "150" and "15" are one number to a copy that writes "150 thousand" or "$150m". */
const dropTrailingZeros = (digits: string): string => digits.replace(/^(\d*[1-9])0+$/, '$1');

const CLOSED = /[.!?]["'”’»)\]]*$/u;

function classify(raw: string, initial: boolean, midCapitalised: Set<string>): Token[] {
  if (/^\d/.test(raw)) {
    // Thousands separators go; a decimal comma ("2,5") is a decimal point; trailing zeros of a
    // whole number go too, so that "150,000", "150 thousand" and "$150m" agree on "15".
    const plain = raw
      .replace(/,(?=\d{3}(\D|$))/g, '')
      .replace(/^(\d+),(\d{1,2})$/, '$1.$2')
      .replace(/\.$/, '')
      // A leading zero changes no number: "05:00" is "5:00", "07" is "7".
      .replace(/^0+(?=\d)/, '');
    const value = Number(plain);
    const word = dropTrailingZeros(plain);
    return [Number.isFinite(value) ? { word, kind: 'num', value } : { word, kind: 'num' }];
  }
  let w = raw.replace(/’/g, "'").replace(/\.$/, '');
  const tokens: Token[] = [];
  // Possessive and contraction endings are their own closed-class token.
  const clitic = /('s|n't|')$/i.exec(w);
  if (clitic && clitic.index > 0) w = w.slice(0, clitic.index);
  const lower = w.toLowerCase();
  let kind: TokenKind;
  // Number words are read as their digits (`number-words.ts`): spinners and editors write "2
  // nations" for "two nations", "60 specialists" for "Sixty specialists", "4-person" for
  // "four-person". In the one form digits take: "ten" is "10" is "1" (trailing zeros dropped,
  // as above).
  const spelled = spelledNumber(lower);
  if (spelled !== undefined) {
    const { digits, rest } = spelled;
    const number: Token = {
      word: dropTrailingZeros(digits),
      kind: 'num',
      spelled: true,
      value: Number(digits),
    };
    return rest ? [number, ...classify(rest, false, NO_WORDS)] : [number];
  }
  if (MONTHS_AND_DAYS.has(lower) && /^\p{Lu}/u.test(w))
    return [{ word: MONTH_NAMES.get(lower) ?? lower, kind: 'num' }];
  else if (
    /^\p{Lu}/u.test(w) &&
    (!initial || midCapitalised.has(hasCyrillic(w) ? stripEnding(w) : lower)) &&
    !FUNCTION_WORDS.has(lower)
  )
    kind = 'name';
  else if (FUNCTION_WORDS.has(lower)) kind = 'func';
  else kind = 'content';
  tokens.push({ word: lower, kind });
  if (clitic && clitic.index > 0) tokens.push({ word: clitic[1]!.toLowerCase(), kind: 'func' });
  return tokens;
}

/**
 * The spin-proof skeleton: names, numbers and function words kept, each run of content words
 * collapsed to one `_` (so a one-for-two-words swap changes nothing). Sentence ends are kept as
 * `|` so shingles do not silently join unrelated sentences after reordering.
 */
export function skeleton(sentences: TextSentence[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    for (const t of s.tokens) {
      const symbol = t.kind === 'content' ? '_' : t.word;
      if (symbol === '_' && out[out.length - 1] === '_') continue;
      out.push(symbol);
    }
    out.push('|');
  }
  return out;
}

/** Overlapping k-token shingles of the skeleton, as strings. Shingles made only of `_`, `|` and
 *  the commonest function words occur in any English text and are dropped as noise. */
export function skeletonShingles(symbols: string[], k: number): string[] {
  const out: string[] = [];
  for (const i of skeletonWindows(symbols, k)) {
    let shingle = symbols[i]!;
    for (let j = 1; j < k; j++) shingle += ' ' + symbols[i + j]!;
    out.push(shingle);
  }
  return out;
}

/** Where `skeletonShingles`' shingles start, in order: the fingerprint hashes the windows in
 *  place (`skeletonHashes`) instead of joining them into strings. */
export function skeletonWindows(symbols: string[], k: number): Int32Array {
  // The first informative symbol (a name, number or uncommon word) at or after each position:
  // a window holds one when that is inside it (one pass, not a search per window).
  const next = new Int32Array(symbols.length + 1).fill(symbols.length);
  for (let i = symbols.length - 1; i >= 0; i--) {
    const s = symbols[i]!;
    next[i] = s !== '_' && s !== '|' && !FUNCTION_WORDS.has(s) ? i : next[i + 1]!;
  }
  const out = new Int32Array(Math.max(0, symbols.length - k + 1));
  let n = 0;
  for (let i = 0; i + k <= symbols.length; i++) if (next[i]! < i + k) out[n++] = i;
  return out.subarray(0, n);
}

/**
 * What survives spinning and translation: the names and numbers of the text, in order, as
 * overlapping k-grams (prefixed `#` so they never equal a skeleton shingle), and consecutive
 * numbers alone (`#n`): a translation keeps the numbers whole where it drops, adds or moves names
 * between them ("Russian Foreign Minister Sergei Lavrov" is "Министр ... России Сергей Лавров"),
 * and numbers of two characters or more one by one (`#u`).
 * Month and day names are left out: translations change them.
 */
export function anchorShingles(sentences: TextSentence[], k: number): string[] {
  const seq = anchorSequence(sentences);
  const out: string[] = [];
  for (let i = 0; i + k <= seq.length; i++) out.push(`#${seq.slice(i, i + k).join(' ')}`);
  const numbers = seq.filter((w) => /^\d/.test(w));
  for (let i = 0; i + 1 < numbers.length; i++) out.push(`#n${numbers[i]} ${numbers[i + 1]}`);
  // And each number of two characters or more alone: a spinner who moves a clause, or an editor
  // who drops a paragraph, breaks the pairs around a number, not the number ("155,000 troops").
  for (const n of numbers) if (n.length >= 2) out.push(`#u${n}`);
  return out;
}

/**
 * Names and numbers of a text in order, numbers written as English words among them (month and
 * day names left out), for the signature (`anchorShingles`; the translated rule reads
 * `translationAnchors`). Names are given by their key (translit.ts): a Cyrillic name romanised
 * without its case ending, every name folded, so that a Russian or Ukrainian translation writes
 * the same sequence as its original.
 */
export function anchorSequence(sentences: TextSentence[]): string[] {
  const system = sentences.some((s) => s.tokens.some((t) => looksUkrainian(t.word))) ? 'uk' : 'ru';
  const out: string[] = [];
  for (const s of sentences)
    for (const t of s.tokens) {
      if (t.kind === 'name') out.push(nameKey(t.word, system));
      else if (t.kind === 'num' && /^\d/.test(t.word)) out.push(t.word);
    }
  return out;
}

/** Spelled numbers from this value up may stand for digits in a translation: English wire style
 *  spells out one to nine, which a translation spells in its own words, and a number that opens
 *  a sentence ("Thirty-one (bodies) have been taken to hospitals"), which the other desk writes
 *  in digits ("Se han llevado 31 (cadáveres)"). */
const SPELLED_AS_DIGITS = 10;

/** A name or a number of a text, as the translated rule reads it (`translationAnchors`). */
export interface Anchor {
  /** A name's key (translit.ts), or a number as tokens write it. */
  word: string;
  number: boolean;
  /** A number's value ("Twenty" is "2" as a word, 20 as a value). */
  value?: number;
  /** A number of ten or more written as English words: read only when the other text writes
   *  it in digits. */
  spelled: boolean;
  /** A day of the month beside a month name: a date, not a count. */
  date: boolean;
}

/** What the translated rule reads of one text (`translationAnchors`). */
export interface Anchors {
  list: Anchor[];
  /** The prose names a weekday and dates no day: it gives "Sunday" where a translation dates the
   *  day ("dimanche 15 janvier"). */
  weekdayOnly: boolean;
}

/**
 * Names and numbers of a text in order, as the translated rule reads them (`compare.ts`; the
 * signature reads `anchorSequence`): numbers in digits, and numbers of ten and more written as
 * English words, marked (`SPELLED_AS_DIGITS`); a day of the month beside a month name of any
 * language of `data/translit/calendar.jsonl` is marked a date.
 */
export function translationAnchors(sentences: TextSentence[]): Anchors {
  const system = sentences.some((s) => s.tokens.some((t) => looksUkrainian(t.word))) ? 'uk' : 'ru';
  const { months, weekdays } = calendar();
  // One run of tokens: a German date's point ("am 15. Januar") ends a sentence to the splitter.
  const tokens = sentences.flatMap((s) => s.tokens);
  // Dates and weekdays are read in prose only: a page's timestamp line ("Jan 15, 2023 / 04:22 PM
  // IST") is the site's, not the story's.
  const prose = sentences.flatMap((s) => s.tokens.map(() => s.closed));
  const list: Anchor[] = [];
  let weekday = false;
  let dated = false;
  tokens.forEach((t, i) => {
    if (prose[i] && weekdays.has(t.word)) weekday = true;
    if (t.kind === 'name') {
      list.push({ word: nameKey(t.word, system), number: false, spelled: false, date: false });
      return;
    }
    if (t.kind !== 'num' || !/^\d/.test(t.word)) return;
    if (t.spelled && (t.value ?? 0) < SPELLED_AS_DIGITS) return;
    // "15 janvier", "January 15", "1 de enero", "1er janvier", "15. Januar".
    const date =
      prose[i] === true &&
      !t.spelled &&
      t.value !== undefined &&
      Number.isInteger(t.value) &&
      t.value >= 1 &&
      t.value <= 31 &&
      [tokens[i + 1], tokens[i + 2], tokens[i - 1]].some((n) => n && months.has(n.word));
    if (date) dated = true;
    list.push({
      word: t.word,
      number: true,
      ...(t.value !== undefined ? { value: t.value } : {}),
      spelled: t.spelled === true,
      date,
    });
  });
  return { list, weekdayOnly: weekday && !dated };
}

/**
 * The two sequences the translated rule aligns, each text's anchors read against the other's: a
 * text's dates are left out against a text that names the weekday and dates no day (the English
 * wire's "on Sunday", the other desk's "dimanche 15 janvier"; against a text of another date, or
 * of a month in a language the calendar file lacks, the date stays and counts), and a number one
 * text spells is kept only when the other writes its value in digits (the other desk's own words
 * for it cannot be read).
 */
export function pairedAnchors(a: Anchors, b: Anchors): [string[], string[]] {
  const read = (xs: Anchors, other: Anchors): string[] => {
    const digits = new Set(
      other.list.filter((x) => x.number && !x.spelled).map((x) => x.value ?? x.word),
    );
    return xs.list
      .filter(
        (x) =>
          !x.number || (x.date ? !other.weekdayOnly : !x.spelled || digits.has(x.value ?? x.word)),
      )
      .map((x) => x.word);
  };
  return [read(a, b), read(b, a)];
}

/** Number of word tokens (any kind) in a tokenised document. */
export function tokenCount(sentences: TextSentence[]): number {
  let n = 0;
  for (const s of sentences) n += s.tokens.length;
  return n;
}

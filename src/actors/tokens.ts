// Word tokens with offsets into the original text. Folding keeps one UTF-16 unit per character so
// offsets never shift: curly quotes become straight, accented Latin letters lose their accents.

export interface Token {
  start: number;
  end: number;
  /** Folded surface form ("Erdogan" for "Erdoğan", "'" for "’"). */
  text: string;
  lower: string;
}

const foldCache = new Map<number, string>();

function foldChar(code: number, ch: string): string {
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  let out = ch;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x0060 || code === 0x00b4)
    out = "'";
  else if (code === 0x2010 || code === 0x2011 || code === 0x2013 || code === 0x2014) out = '-';
  else {
    const base = ch.normalize('NFD')[0] ?? ch;
    if (base.length === 1 && base.charCodeAt(0) < 128) out = base;
    else if (ch === 'ł') out = 'l';
    else if (ch === 'Ł') out = 'L';
    else if (ch === 'ø') out = 'o';
    else if (ch === 'Ø') out = 'O';
    else if (ch === 'ß') out = 's'; // keeps the length; "Strasse" never needs to match exactly
  }
  foldCache.set(code, out);
  return out;
}

/** The text with non-ASCII punctuation and accents folded, same length as the input. */
export function foldText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 128 ? text[i] : foldChar(code, text[i] as string);
  }
  return out;
}

// Dotted abbreviations ("U.S.", "U.N.") are one token; "'s" is its own token so "Russia's" is
// "Russia" + "'s"; every other non-space character is a token, so phrases never cross punctuation.
const TOKEN = /(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+|'s(?![A-Za-z])|\S/g;

export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    let t = m[0];
    // "Athens' foreign minister", "the Philippines' army": the possessive of a name ending in s
    // is a bare apostrophe, read as "'s" ("Russia's") so every possessive rule applies to it.
    const prev = tokens[tokens.length - 1];
    if (
      t === "'" &&
      prev?.end === m.index &&
      /s$/i.test(prev.text) &&
      /^(?:\s|$)/.test(folded.slice(m.index + 1, m.index + 2))
    ) {
      t = "'s";
      tokens.push({ start: m.index, end: m.index + 1, text: t, lower: t });
      continue;
    }
    tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase() });
  }
  return tokens;
}

/** Whether a text token may stand for a dictionary token, by the case rules in the README. */
export function caseMatches(dictToken: string, textToken: string): boolean {
  if (dictToken === textToken) return true;
  const lower = dictToken.toLowerCase();
  if (dictToken === lower) return true; // lower-case dictionary words match any case
  const upper = dictToken.toUpperCase();
  if (dictToken === upper) return false; // acronyms ("US", "UN") match only as written
  return textToken === upper; // "Russia" also matches a shouted headline "RUSSIA"
}

// "Russia vetoed a resolution drafted by the United States and Japan", "the Council endorsed a
// US-drafted resolution": an act on a text (a resolution, a draft, a motion) is aimed at the one
// who wrote or put it forward, when the text's phrase names them. Left to the role finder, the
// target was the first actor after the verb, the body voting ("a Security Council resolution"
// gave the UN) or a place the text is about ("on Gaza"). With no author named, that stays.
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';

/** How far after the verb the text's noun and its author may stand. */
const REACH = 10;
/** Words that end the text's phrase before its author is found. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'that', 'which', 'who']);

/**
 * The authors of the text the act at `last` (its pattern's last word) takes for its object, or
 * an empty list: the actors joined by "and" after "drafted|proposed ... by", or the one joined by
 * a hyphen to such a participle before the text's noun ("US-drafted").
 */
export function draftersOf(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  last: number,
): ActorMention[] {
  const authored = classWords('authoring-participles');
  const texts = classWords('drafted-texts');
  let text = -1;
  const end = Math.min(tokens.length, last + 1 + REACH);
  for (let k = last + 1; k < end; k++) {
    const t = tokens[k]!;
    if (PHRASE_ENDS.has(t.lower)) break;
    // "a US-drafted resolution": the name, a hyphen, the participle, then the text.
    if (authored.has(t.lower) && tokens[k - 1]?.lower === '-' && text < 0) {
      const author = mentions.find((m) => m.last === k - 2 && !m.pronoun);
      if (author) return [author];
    }
    if (texts.has(t.lower)) text = k;
    // "a resolution drafted by the United States and Japan".
    if (text >= 0 && authored.has(t.lower) && tokens[k + 1]?.lower === 'by') {
      return authorsFrom(tokens, mentions, k + 2);
    }
  }
  return [];
}

/** The actors joined by "and" or commas from `from` on ("the United States and Japan"). */
function authorsFrom(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  from: number,
): ActorMention[] {
  const found: ActorMention[] = [];
  let at = from;
  for (;;) {
    const m = mentions.find((x) => x.first >= at && x.first <= at + 1 && !x.pronoun);
    if (!m) break;
    found.push(m);
    const next = tokens[m.last + 1]?.lower;
    if (next !== 'and' && next !== ',') break;
    at = m.last + 2;
  }
  return found;
}

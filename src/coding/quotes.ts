// Direct quotes and reporting chains ("CNN reported, citing TASS, that the ministry said ...").
import type { Actor, QuoteRecord } from '../records.js';
import type { AnalysedSentence, Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

const MAY_QUOTE = /["“”]|\bquot|\bciting\b|\baccording\b|\breport/i;

const REPORTING = new Set([
  'say',
  'tell',
  'add',
  'state',
  'write',
  'announce',
  'declare',
  'insist',
  'warn',
  'note',
  'claim',
  'report',
  'quote',
  'stress',
  'argue',
  'explain',
  'confirm',
  'reply',
  'respond',
  'tweet',
  'post',
]);

/** A name as written: a run of capitalised words (with "of", "the", "&" inside) from `i`. */
function nameAt(tokens: Token[], i: number): { text: string; last: number } | null {
  let j = i;
  if (tokens[j]?.lower === 'the') j++;
  const first = j;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const capital = /^[A-Z0-9]/.test(t.text) && /[A-Za-z]/.test(t.text);
    const joiner =
      (t.lower === 'of' || t.lower === '&' || t.lower === "'s") &&
      /^[A-Z]/.test(tokens[j + 1]?.text ?? '');
    if (!capital && !joiner) break;
    j++;
  }
  if (j === first) return null;
  return {
    text: tokens
      .slice(i, j)
      .map((t, k, all) => (k > 0 && t.start > all[k - 1]!.end ? ' ' : '') + t.text)
      .join(''),
    last: j - 1,
  };
}

function mentionAt(mentions: ActorMention[], i: number): ActorMention | undefined {
  return mentions.find((m) => i >= m.first && i <= m.last);
}

/** The chain of relays in a sentence, nearest to the reader first, and the original speaker. */
function reportingChain(
  tokens: Token[],
  mentions: ActorMention[],
): { relays: string[]; speaker: Actor | null; wordsFrom: number } | null {
  const relays: string[] = [];
  let speaker: Actor | null = null;
  let wordsFrom = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "citing TASS", "according to Interfax"
    if (t.lower === 'citing' || (t.lower === 'according' && tokens[i + 1]?.lower === 'to')) {
      const at = t.lower === 'citing' ? i + 1 : i + 2;
      const name = nameAt(tokens, at);
      if (name) relays.push(name.text);
      continue;
    }
    // "TASS quoted the ministry as saying", "X reported that", "X said that"
    if (REPORTING.has(t.lemma) && t.pos === 'VERB') {
      let k = i - 1;
      while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
      const who = mentionAt(mentions, k);
      let whoName: string | null = who ? null : null;
      if (!who && k >= 0 && /^[A-Z]/.test(tokens[k]!.text)) {
        let s = k;
        while (s > 0 && /^[A-Z]/.test(tokens[s - 1]!.text)) s--;
        whoName = nameAt(tokens, s)?.text ?? null;
      }
      if (t.lemma === 'quote') {
        const quoted = mentions.find((m) => m.first > i && m.first <= i + 3);
        if (whoName) relays.push(whoName);
        else if (who) relays.push(who.actor.text);
        if (quoted) speaker = quoted.actor;
        wordsFrom = i + 1;
      } else if (t.lemma === 'report' || whoName) {
        // "CNN reported", "TASS reported": whoever reports relays the words of someone else.
        if (whoName) relays.push(whoName);
        else if (who) relays.push(who.actor.text);
        if (wordsFrom < 0) wordsFrom = i + 1;
      } else if (who) {
        speaker = who.actor;
        if (wordsFrom < 0) wordsFrom = i + 1;
      }
    }
  }
  if (relays.length === 0) return null;
  return { relays: [...new Set(relays)], speaker, wordsFrom };
}

/** Direct quotes and relayed reports of one sentence. */
export function quotesOf(
  doc: string,
  sentence: AnalysedSentence,
  mentions: ActorMention[],
  docText: string,
): QuoteRecord[] {
  // Most sentences quote nobody and relay nothing: a cheap test spares the token walk.
  if (!MAY_QUOTE.test(sentence.text)) return [];
  const tokens = sentence.tokens;
  const chain = reportingChain(tokens, mentions);
  const out: QuoteRecord[] = [];
  const re = /"([^"]{3,})"/g;
  for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // The speaker: a mention next to a reporting verb after the quote, else before it.
    let speaker: Actor | null = null;
    const after = tokens.findIndex((t) => t.start >= end);
    if (after >= 0) {
      for (let i = after; i < Math.min(tokens.length, after + 6); i++) {
        const mention = mentionAt(mentions, i);
        if (mention && tokens.slice(after, mention.last + 3).some((t) => REPORTING.has(t.lemma))) {
          speaker = mention.actor;
          break;
        }
      }
    }
    if (!speaker) {
      const before = tokens.filter((t) => t.end <= start);
      for (let i = before.length - 1; i >= 0; i--) {
        const mention = mentionAt(mentions, i);
        if (
          mention &&
          tokens.slice(mention.last, before.length).some((t) => REPORTING.has(t.lemma))
        ) {
          speaker = mention.actor;
          break;
        }
      }
    }
    out.push({
      doc,
      sentence: sentence.index,
      start,
      end,
      words: m[1]!,
      speaker: speaker ?? chain?.speaker ?? null,
      relays: chain?.relays ?? [],
    });
  }
  if (out.length === 0 && chain && chain.wordsFrom >= 0 && chain.wordsFrom < tokens.length) {
    const start = tokens[chain.wordsFrom]!.start;
    out.push({
      doc,
      sentence: sentence.index,
      start,
      end: sentence.end,
      words: docText.slice(start, sentence.end),
      speaker: chain.speaker,
      relays: chain.relays,
    });
  }
  return out;
}

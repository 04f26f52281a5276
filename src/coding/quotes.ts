// Direct quotes and their reporting chains: who said the words first, and who relayed them to the
// reader ("the ministry said" → TASS → CGTN). Only words between double quotes are quotes:
// reported speech without them ("X said the talks failed"), headlines, list items and scare
// quotes without a speaker are not.
import type { Actor, QuoteRecord } from '../records.js';
import type { AnalysedSentence, Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';
import { isPassive } from './roles.js';
import { withText } from '../actors/actor-record.js';

/** Lemmas of verbs whose subject speaks the words ("said", "describing it as"). */
const SPEECH = (): ReadonlySet<string> => classWords('speech-verbs');
/** Verbs whose subject relays someone else's words ("TASS reported"). */
const RELAY = (): ReadonlySet<string> => classWords('relay-verbs');
/** Verbs whose subject relays the words of their object ("TASS quotes the ministry"). */
const QUOTING = (): ReadonlySet<string> => classWords('quoting-verbs');
/** Verbs whose "by" names who passed the words on ("a statement carried by SPA"). */
const RELAYED_BY = (): ReadonlySet<string> => classWords('relayed-by-verbs');
/** Nouns that follow an outlet's name and stand between it and its verb ("Tass news agency reports"). */
const OUTLET_NOUNS = (): ReadonlySet<string> => classWords('outlet-nouns');

const OPEN = /["“]/;
/** A double-quoted span of at least three characters ("..." or “...”). */
const QUOTED = /["“]([^"“”]{3,}?)["”]/g;
/** A list item or bullet: never a quote, never a reporting frame. */
const LIST_ITEM = /^\s*([-–—*•·]|\d+[.)])\s/;

/** What one document's earlier sentences tell about the next ones. */
export interface QuoteContext {
  /** Paragraph start offsets in the document text. */
  paragraphs: number[];
  /** Outlets that introduced a block of their text ("CGTN reported on February 16:"), by the
   *  paragraph they introduce it from, and the last paragraph still in the block. */
  blocks: Array<{ relay: string; from: number; to: number }>;
  /** The last quote found, to attribute an unattributed quote in the next paragraph. */
  last: { paragraph: number; speaker: Actor | null; relays: string[] } | null;
}

/** Reads the paragraph structure of a document: block introductions and where blocks end. */
export function quoteContext(docText: string): QuoteContext {
  const paragraphs: number[] = [0];
  const lines = docText.split('\n');
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length + 1;
    paragraphs.push(offset);
  }
  const blocks: QuoteContext['blocks'] = [];
  lines.forEach((line, i) => {
    const relay = blockIntroduction(line);
    if (!relay) return;
    // The block runs over the following paragraphs while they read as reported text (a quote or
    // a reporting verb); the writer's own commentary, or a list, ends it.
    let to = i;
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k]!;
      if (next.trim() === '') continue;
      if (LIST_ITEM.test(next) || !(OPEN.test(next) || REPORTED_TEXT.test(next))) break;
      to = k;
    }
    if (to > i) blocks.push({ relay, from: i + 1, to });
  });
  return { paragraphs, blocks, last: null };
}

const REPORTED_TEXT = /\b(reports?|reported|quotes?|quoted|said|says|cites?|cited|according to)\b/i;

/** "CGTN reported on February 16:" → "CGTN": an outlet's name before a relay verb, in the last
 *  sentence of a paragraph that ends with a colon. */
function blockIntroduction(line: string): string | null {
  if (!/:\s*$/.test(line) || LIST_ITEM.test(line)) return null;
  const last = line.split(/(?<=[.!?])\s+/).pop() ?? '';
  const m =
    /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}\d&.-]*|\d+)(?: (?:\p{Lu}[\p{L}\d&.-]*|\d+))*) (?:reported|reports|wrote|writes|quoted|quotes|cited|said|says)\b[^:"“]*:\s*$/u.exec(
      last,
    );
  if (!m) return null;
  const name = m[1]!;
  // "On February 16, CGTN reported:" → the name, not the date; "I wrote:" is the author.
  return /^(I|We|He|She|They|It|This|That|The)$/.test(name) ? null : name;
}

function paragraphOf(ctx: QuoteContext, offset: number): number {
  let lo = 0;
  let hi = ctx.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.paragraphs[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A name as written: a run of capitalised words (with "of", "the", "&" inside) from `i`. */
function nameAt(tokens: Token[], i: number): { text: string; first: number; last: number } | null {
  let j = i;
  if (tokens[j]?.lower === 'the') j++;
  const first = j;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const capital = /^[A-Z0-9]/.test(t.text) && /[A-Za-z]/.test(t.text);
    const joiner =
      (t.lower === 'of' || t.lower === '&') && /^[A-Z]/.test(tokens[j + 1]?.text ?? '');
    if (!capital && !joiner) break;
    j++;
  }
  if (j === first) return null;
  return { text: joinTokens(tokens, first, j - 1), first, last: j - 1 };
}

const joinTokens = (tokens: Token[], from: number, to: number): string =>
  tokens
    .slice(from, to + 1)
    .map((t, k, all) => (k > 0 && t.start > all[k - 1]!.end ? ' ' : '') + t.text)
    .join('');

/** The actor mentioned at token `i`; a pronoun counts when coreference resolved it ("he said"). */
function mentionAt(mentions: ActorMention[], i: number): ActorMention | undefined {
  return mentions.find((m) => i >= m.first && i <= m.last && (!m.pronoun || m.actor.root !== ''));
}

/** A mention as a speaker or relay: a pronoun by the words of what it stands for. */
function partyOf(m: ActorMention): Party {
  const text = m.antecedent ?? m.actor.text;
  return { actor: withText(m.actor, text), text };
}

interface Party {
  actor: Actor | null;
  text: string;
}

const partyText = (p: Party): string => p.actor?.text || p.text;

/** Whoever stands right before token `i` (skipping adverbs, auxiliaries and outlet nouns). */
function partyBefore(tokens: Token[], mentions: ActorMention[], i: number): Party | null {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k--;
  // "Eastern Daily, citing Northwire, reported": step over the parenthesis to its subject.
  if (tokens[k]?.text === ',') {
    let j = k - 1;
    while (j >= 0 && j > k - 10 && tokens[j]!.text !== ',') j--;
    const opener = tokens[j + 1]?.lower ?? '';
    if (j > 0 && tokens[j]!.text === ',' && ['citing', 'according', 'quoting'].includes(opener))
      k = j - 1;
  }
  while (k >= 0 && OUTLET_NOUNS().has(tokens[k]!.lower)) k--;
  if (k < 0) return null;
  const mention = mentionAt(mentions, k);
  if (mention) return partyOf(mention);
  if (!/^[A-Z0-9]/.test(tokens[k]!.text) || !/[A-Za-z]/.test(tokens[k]!.text)) return null;
  let s = k;
  while (s > 0 && /^[A-Z0-9&]/.test(tokens[s - 1]!.text)) s--;
  const name = nameAt(tokens, s);
  return name ? { actor: null, text: name.text } : null;
}

/** Whoever stands right after token `i` ("said Lavrov", "quotes the foreign ministry"). */
function partyAfter(tokens: Token[], mentions: ActorMention[], i: number): Party | null {
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 4); k++) {
    const mention = mentionAt(mentions, k);
    if (mention) return partyOf(mention);
    const t = tokens[k]!;
    if (/^[A-Z0-9]/.test(t.text) && /[A-Za-z]/.test(t.text)) {
      const name = nameAt(tokens, k);
      return name ? { actor: null, text: name.text } : null;
    }
    if (
      !['the', 'a', 'an', 'its', 'his', 'her', 'their', 'state-owned', 'official'].includes(t.lower)
    )
      return null;
  }
  return null;
}

/** Token indexes of the subjects of the verb at `verb` (the coder's dependency parse). */
export type SubjectsOf = (tokens: Token[], verb: number) => number[];

/**
 * The parse's subject of a speech verb nothing stands right before: a subject kept apart from
 * its verb by a clause, or a participle after a comma ("..., arguing that"; "revealed a list,
 * describing it as"), whose subject is the main clause's: when the parse gives the participle
 * no party of its own, the subjects of the sentence's verbs before it are read in order.
 */
function partyOfSubject(
  tokens: Token[],
  mentions: ActorMention[],
  verb: number,
  subjectsOf: SubjectsOf,
  inside: (i: number) => boolean,
): Party | null {
  const verbs = [verb];
  if (tokens[verb - 1]?.text === ',' && tokens[verb]!.lower.endsWith('ing')) {
    for (let i = 0; i < verb; i++) if (tokens[i]!.pos === 'VERB' && !inside(i)) verbs.push(i);
  }
  for (const v of verbs) {
    for (const s of subjectsOf(tokens, v)) {
      if (inside(s)) continue;
      const mention = mentionAt(mentions, s);
      if (mention) return partyOf(mention);
      if (tokens[s]!.pos !== 'PROPN') continue;
      let first = s;
      while (first > 0 && tokens[first - 1]!.pos === 'PROPN') first--;
      const name = nameAt(tokens, first);
      if (name) return { actor: null, text: name.text };
    }
  }
  return null;
}

interface Chain {
  speaker: Actor | null;
  /** Nearest to the reader first. */
  relays: string[];
}

/**
 * The attribution of a sentence's quotes, read from its words outside the quotes:
 * speech verbs ("X said") name the speaker; "X reported", "according to X", "citing X" name a
 * relay; "X quotes/cites Y (as saying)" names Y the speaker and X a relay. Relays that report
 * are farther from the speaker than those they cite.
 */
function attribution(
  tokens: Token[],
  mentions: ActorMention[],
  inside: (i: number) => boolean,
  subjectsOf?: SubjectsOf,
): Chain {
  let speaker: Party | null = null;
  /** The speaker spoke in this sentence ("X said", "X was quoted as saying"). */
  let spoke = false;
  const reporters: string[] = [];
  const quoters: string[] = [];
  const sources: Party[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inside(i)) continue;
    const t = tokens[i]!;
    if (
      t.lower === 'citing' ||
      t.lower === 'quoting' ||
      (t.lower === 'according' && tokens[i + 1]?.lower === 'to')
    ) {
      const who = partyAfter(tokens, mentions, t.lower === 'according' ? i + 1 : i);
      if (who) sources.push(who);
      continue;
    }
    // "as reported by X", "as quoted by X", "was quoted as saying by X", "a statement carried
    // by X" (the verbs that pass words on in the passive: class relayed-by-verbs)
    const agentOf = tokens[i - 1]?.lemma ?? '';
    const quotedAsSaying =
      tokens[i - 2]?.lower === 'as' && QUOTING().has(tokens[i - 3]?.lemma ?? '');
    if (
      t.lower === 'by' &&
      (RELAY().has(agentOf) ||
        QUOTING().has(agentOf) ||
        RELAYED_BY().has(agentOf) ||
        quotedAsSaying)
    ) {
      const who = partyAfter(tokens, mentions, i);
      if (who) reporters.push(partyText(who));
      continue;
    }
    if (t.pos !== 'VERB' && !RELAY().has(t.lemma) && !QUOTING().has(t.lemma)) continue;
    if (tokens[i + 1]?.lower === 'by') continue;
    const before = partyBefore(tokens, mentions, i);
    const speech = SPEECH().has(t.lemma);
    if (QUOTING().has(t.lemma) && isPassive(tokens, i)) {
      // "the official was quoted as saying": the subject spoke; the agent ("by X") relays.
      if (before && !speaker) {
        speaker = before;
        spoke = true;
      }
      continue;
    }
    const subject =
      before ??
      (speech && subjectsOf ? partyOfSubject(tokens, mentions, i, subjectsOf, inside) : null) ??
      (speech ? partyAfter(tokens, mentions, i) : null);
    if (QUOTING().has(t.lemma)) {
      // "TASS quotes the ministry (as saying)", "CGTN cites TASS, which quotes the ministry".
      const object = partyAfter(tokens, mentions, i);
      const relative = !subject || /^(which|that|who)$/i.test(subject.text);
      if (subject && !relative) quoters.push(partyText(subject));
      if (object && spoke && relative) {
        // "..., the official said, quoted by Al Mayadeen, which cited Hamas sources": the
        // words have a speaker; what the relay cites is where it had them from.
        quoters.push(partyText(object));
      } else if (object) {
        if (speaker && speaker.actor === null) quoters.push(partyText(speaker));
        speaker = object;
      }
    } else if (RELAY().has(t.lemma)) {
      if (subject) reporters.push(partyText(subject));
    } else if (speech && subject && !speaker) {
      speaker = subject;
      spoke = true;
    }
  }
  // "according to X" / "citing X" name the speaker when no one else speaks, else a relay.
  for (const s of sources) {
    if (!speaker && s.actor) speaker = s;
    else quoters.push(partyText(s));
  }
  const relays = [...new Set([...reporters, ...quoters])].filter(
    (r) => !speaker || r !== partyText(speaker),
  );
  // A speaker the dictionary does not know keeps the name as written, with no code.
  const named = speaker ? (speaker.actor ?? { root: '', sector: '', text: speaker.text }) : null;
  return { speaker: named, relays };
}

/** Direct quotes of one sentence with their speaker and relays. */
export function quotesOf(
  doc: string,
  sentence: AnalysedSentence,
  mentions: ActorMention[],
  docText: string,
  context: QuoteContext = quoteContext(docText),
  subjectsOf?: SubjectsOf,
): QuoteRecord[] {
  // Most sentences quote nobody: a cheap test spares the token walk.
  if (!OPEN.test(sentence.text)) return [];
  // Headlines and list items quote no one, however they are punctuated.
  const lineStart = docText.lastIndexOf('\n', sentence.start - 1) + 1;
  if (LIST_ITEM.test(docText.slice(lineStart, sentence.start + 3))) return [];
  const spans: Array<{ start: number; end: number; words: string }> = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(sentence.text); m; m = QUOTED.exec(sentence.text)) {
    spans.push({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      words: m[1]!.trim(),
    });
  }
  if (spans.length === 0) return [];
  const tokens = sentence.tokens;
  const inside = (i: number): boolean =>
    spans.some((s) => tokens[i]!.start >= s.start && tokens[i]!.end <= s.end);
  const chain = attribution(tokens, mentions, inside, subjectsOf);
  // The quote's own paragraph: a sentence may begin in the paragraph before (a line ending in
  // a colon is not always a sentence end).
  const paragraph = paragraphOf(context, spans[0]!.start);
  const block = context.blocks.find((b) => paragraph >= b.from && paragraph <= b.to);
  const outside = tokens.filter((_, i) => !inside(i) && /\p{L}/u.test(tokens[i]!.text)).length;
  // A paragraph that is all quote continues the quote of the paragraph before it.
  if (!chain.speaker && chain.relays.length === 0 && outside === 0) {
    const last = context.last;
    if (last && last.paragraph >= paragraph - 1) {
      chain.speaker = last.speaker;
      chain.relays = [...last.relays];
    }
  }
  // Inside a block an outlet introduced, the outlet is the relay nearest to the reader.
  if (block && !chain.relays.includes(block.relay)) chain.relays = [block.relay, ...chain.relays];
  const out: QuoteRecord[] = [];
  for (const span of spans) {
    // A short phrase in quotes with no one to say it is a scare quote, not a quotation.
    const attributed = chain.speaker !== null || chain.relays.length > 0;
    if (!attributed && span.words.split(/\s+/).length < 4) continue;
    out.push({
      doc,
      sentence: sentence.index,
      start: span.start,
      end: span.end,
      words: span.words,
      speaker: chain.speaker,
      relays: chain.relays,
    });
  }
  if (out.length > 0)
    context.last = { paragraph, speaker: chain.speaker, relays: [...chain.relays] };
  return out;
}

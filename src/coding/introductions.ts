// People the dictionaries do not know, introduced by their office. News names an official once
// with a title ("Greek Foreign Minister Nikos Dendias", "Nikos Dendias, Greece's foreign
// minister,") and then by surname alone ("Dendias later said ..."). No dictionary holds every
// official of every country and decade, but the text itself says who they are: the first
// mention teaches the document the name, and later mentions of it are that office's actor.
import type { Actor } from '../records.js';
import type { ActorSpanLike } from './mentions.js';
import { withRoot, withText } from '../actors/actor-record.js';

/** A capitalised name word: "Dendias", "al-Burhan", "O'Neill", "Abdel". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{L}`;
/** Particles inside names ("Ursula von der Leyen", "Abdel Fattah al-Burhan" has its own hyphen). */
const PARTICLE = String.raw`(?:von|van|der|de|da|del|di|bin|ibn|al|el|le|la)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){0,3}`;
/** A name right after an office ("... foreign minister Nikos Dendias held ..."). */
const NAME_AFTER = new RegExp(String.raw`^\s+(${NAME})(?![\p{L}'’-])`, 'u');
/** A name set off by commas right after an office ("Greece's foreign minister, Nikos Dendias,"). */
const NAME_APPOSED = new RegExp(String.raw`^\s*,\s+(${NAME})(?=\s*(?:,|\.|$))`, 'u');
/** A name and a comma right before an office ("Nikos Dendias, Greece's foreign minister"). */
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${NAME}),\s+(?:the\s+)?$`, 'u');
/** Characters before an office where a name set off by a comma is looked for. */
const NAME_BEFORE_REACH = 120;
/** What may follow a whole name: nothing, a non-letter, or a possessive ("'s", "’s", "'"). */
const WORD_END = /^(?:$|[^\p{L}'’-]|['’]s?(?![\p{L}]))/u;
/** Capitalised words that follow titles without being names. */
const NOT_NAMES = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December On In At The But And Said Says ' +
    'Told Has Had Was Is Will Would'
  ).split(' '),
);

interface Introduced {
  actor: Actor;
  /** The whole name as introduced. */
  name: string;
}

/** What one document has taught about the people it introduced. */
export class IntroducedNames {
  /**
   * By surname (the name's last word) and by the whole name, as written: the keys with no space
   * are the surnames.
   */
  private readonly known = new Map<string, Introduced>();

  /** Learns the names a sentence gives its offices (spans in the sentence's own offsets). */
  learn(text: string, spans: readonly ActorSpanLike[]): void {
    for (const span of spans) {
      if (span.kind !== 'office' || !span.actor.root) continue;
      const name =
        nameInside(span) ??
        nameAt(NAME_AFTER.exec(text.slice(span.end)), span.end, spans) ??
        nameAt(NAME_APPOSED.exec(text.slice(span.end)), span.end, spans) ??
        nameBefore(text, span.start, spans);
      if (name) this.remember(name, span.actor);
    }
  }

  /**
   * Spans for the introduced names a sentence uses where the dictionary found nothing: the whole
   * name or its last word alone.
   */
  spansIn(text: string, found: readonly ActorSpanLike[]): ActorSpanLike[] {
    if (this.known.size === 0) return [];
    const out: ActorSpanLike[] = [];
    const taken = (start: number, end: number): boolean =>
      [...found, ...out].some((s) => start < s.end && s.start < end);
    // A few names a document: look each surname up (far cheaper than scanning every
    // capitalised run of every sentence), then take the whole name when it stands before it.
    for (const [surname, hit] of this.known) {
      if (surname.includes(' ')) continue;
      for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
        const end = at + surname.length;
        // A whole word: no letter either side, though a possessive may follow ("Kalafatis's").
        if (/[\p{L}'’-]/u.test(text[at - 1] ?? ' ') || !WORD_END.test(text.slice(end, end + 3)))
          continue;
        const whole = text.lastIndexOf(hit.name, end) === end - hit.name.length ? hit.name : '';
        const start = whole ? end - whole.length : at;
        if (taken(start, end)) continue;
        const words = text.slice(start, end);
        out.push({ start, end, text: words, actor: withText(hit.actor, words), kind: 'person' });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * An office followed by the name it introduces is one phrase ("Greece's foreign minister Nikos
   * Dendias and Turkey's ... agreed": the name is no separate word between the conjuncts).
   * Returns new spans.
   */
  absorbNames(text: string, spans: readonly ActorSpanLike[]): ActorSpanLike[] {
    // `Array.from`, not `.map`: one kind of array whether this code is optimised or not
    // (docs/scale.md, speed24).
    return Array.from(spans, (span) => {
      if (span.kind !== 'office' || !span.actor.root) return span;
      const m = NAME_AFTER.exec(text.slice(span.end));
      const name = m && usable(m[1]!);
      if (!name || !this.known.has(name)) return span;
      const end = span.end + m[0].indexOf(name) + name.length;
      if (spans.some((o) => o !== span && span.end < o.end && o.start < end)) return span;
      return { ...span, end, text: text.slice(span.start, end) };
    });
  }

  /**
   * "Kalafatis's spokesman": an office with no country after an introduced person's possessive
   * is that person's (as the dictionary does for the people it knows). Returns new spans.
   */
  lendPossessive(text: string, spans: readonly ActorSpanLike[]): ActorSpanLike[] {
    return Array.from(spans, (span) => {
      if (span.kind !== 'office' || span.actor.root) return span;
      const owner = spans.find(
        (p) =>
          p.kind === 'person' &&
          this.known.has(p.text.split(/\s+/).pop()!) &&
          /^['’]s?\s+$/.test(text.slice(p.end, span.start)),
      );
      return owner ? { ...span, actor: withRoot(span.actor, owner.actor.root) } : span;
    });
  }

  /**
   * The capitalised words of a sentence that neither the dictionaries nor this document know: a
   * headline's "Dendias, Cavusoglu hold phone call" names people its story introduces.
   */
  unknownNames(text: string, found: readonly ActorSpanLike[]): string[] {
    const out: string[] = [];
    const words = new RegExp(NAME_WORD, 'gu');
    for (let m = words.exec(text); m; m = words.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (NOT_NAMES.has(m[0]) || this.known.has(m[0])) continue;
      if (!found.some((s) => start < s.end && s.start < end)) out.push(m[0]);
    }
    return out;
  }

  private remember(name: string, office: Actor): void {
    const actor: Actor = { root: office.root, sector: office.sector, text: name };
    const words = name.split(/\s+/);
    const keys = words.length > 1 ? [name, words[words.length - 1]!] : [name];
    // The first person introduced keeps a surname two people share.
    for (const key of keys) if (!this.known.has(key)) this.known.set(key, { actor, name });
  }
}

/** "Greek Foreign Minister Nikos Dendias": the span itself runs on past its title. */
function nameInside(span: ActorSpanLike): string | null {
  if (!span.title) return null;
  const at = span.text.toLowerCase().lastIndexOf(span.title.toLowerCase());
  if (at < 0) return null;
  const rest = span.text.slice(at + span.title.length);
  const m = NAME_AFTER.exec(rest);
  return m && m[0].length === rest.length ? usable(m[1]!) : null;
}

function nameAt(
  m: RegExpExecArray | null,
  offset: number,
  spans: readonly ActorSpanLike[],
): string | null {
  if (!m) return null;
  const start = offset + m[0].length - m[1]!.length;
  const end = offset + m[0].length;
  if (spans.some((s) => start < s.end && s.start < end)) return null;
  return usable(m[1]!);
}

function nameBefore(
  text: string,
  spanStart: number,
  spans: readonly ActorSpanLike[],
): string | null {
  // Only the words just before the office: a name is a few words, and a long sentence need not
  // be scanned from its start for them.
  const from = Math.max(0, spanStart - NAME_BEFORE_REACH);
  const m = NAME_BEFORE.exec(text.slice(from, spanStart));
  if (!m) return null;
  const name = m[1]!;
  const start = text.lastIndexOf(name, spanStart);
  // One word before a comma is as often a place or a state ("Turkey, Greece's ally").
  if (!/\s/.test(name) || spans.some((s) => start < s.end && s.start < start + name.length)) {
    return null;
  }
  return usable(name);
}

/** A name without the calendar words and sentence words that can follow a title. */
function usable(name: string): string | null {
  const words = name.split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || NOT_NAMES.has(words[0]!)) return null;
  return words.join(' ');
}

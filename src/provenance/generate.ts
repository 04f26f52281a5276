// A seeded generator of copy-detection test data: originals (from a source corpus and from a
// small news grammar), their verbatim / edited / spun / summarised copies, and hard negatives
// (same actors but another story; the same report template on another day with other numbers).
import { FUNCTION_WORDS, splitSentences } from './text.js';
import type { Thesaurus } from './thesaurus.js';

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

function shuffle<T>(r: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/**
 * Replaces `rate` of the content words (lowercase, not closed-class) that have a WordNet synonym
 * with one, as an article spinner does: no sense disambiguation, naive re-inflection.
 * Returns the text and the number of swaps.
 */
export function spinText(
  text: string,
  rate: number,
  r: () => number,
  thesaurus: Thesaurus,
): { text: string; swaps: number } {
  const parts = text.split(/(\p{L}+)/u);
  const eligible: number[] = [];
  let contentWords = 0;
  for (let i = 1; i < parts.length; i += 2) {
    const w = parts[i]!;
    if (w !== w.toLowerCase() || FUNCTION_WORDS.has(w) || w.length < 3) continue;
    contentWords++;
    if (singleWordSynonyms(w, thesaurus).length > 0) eligible.push(i);
  }
  const target = Math.min(eligible.length, Math.round(rate * contentWords));
  const chosen = shuffle(r, eligible).slice(0, target);
  for (const i of chosen) {
    const w = parts[i]!;
    const synonyms = singleWordSynonyms(w, thesaurus).slice(0, 6);
    parts[i] = reinflect(w, pick(r, synonyms), thesaurus);
  }
  return { text: parts.join(''), swaps: chosen.length };
}

function singleWordSynonyms(word: string, thesaurus: Thesaurus): string[] {
  return thesaurus.synonymsOf(word).filter((s) => /^[a-z]+$/.test(s) && s !== word);
}

function reinflect(word: string, replacement: string, thesaurus: Thesaurus): string {
  const lemma = thesaurus.lemmaForms(word).find((f) => f !== word);
  if (!lemma) return replacement;
  if (word.endsWith('ing')) return `${replacement.replace(/e$/, '')}ing`;
  if (word.endsWith('ed')) return `${replacement.replace(/e$/, '')}ed`;
  if (word.endsWith('s')) return `${replacement}s`;
  return replacement;
}

/** Drops about a quarter of the sentences and swaps two, keeping paragraphs as single lines. */
export function editText(text: string, r: () => number): string {
  const sentences = splitSentences(text);
  const kept = sentences.filter((_, i) => i === 0 || r() > 0.25);
  if (kept.length > 3) {
    const i = 1 + Math.floor(r() * (kept.length - 2));
    [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
  }
  return kept.join('\n\n');
}

/** A summary: the lede and a couple more sentences, about a third of the text. */
export function summarise(text: string): string {
  const sentences = splitSentences(text);
  return sentences.slice(0, Math.max(2, Math.ceil(sentences.length / 3))).join(' ');
}

// --- A small news grammar, so the evaluation has 100+ distinct originals. -----------------------

const ACTORS = [
  ['Russian Foreign Minister Sergei Lavrov', 'Lavrov', 'Moscow'],
  ['U.S. Secretary of State Antony Blinken', 'Blinken', 'Washington'],
  ['NATO Secretary General Jens Stoltenberg', 'Stoltenberg', 'Brussels'],
  ['Ukrainian Foreign Minister Dmytro Kuleba', 'Kuleba', 'Kyiv'],
  ['German Chancellor Olaf Scholz', 'Scholz', 'Berlin'],
  ['French President Emmanuel Macron', 'Macron', 'Paris'],
  ['Kremlin spokesman Dmitry Peskov', 'Peskov', 'Moscow'],
  ['Deputy Foreign Minister Sergei Ryabkov', 'Ryabkov', 'Geneva'],
  ['Deputy Secretary of State Wendy Sherman', 'Sherman', 'Geneva'],
  ['Polish President Andrzej Duda', 'Duda', 'Warsaw'],
  ['British Prime Minister Boris Johnson', 'Johnson', 'London'],
  ['Belarusian leader Alexander Lukashenko', 'Lukashenko', 'Minsk'],
] as const;

const VERBS = [
  'warned that further troop movements near the border would bring serious consequences',
  'said the talks had produced no breakthrough but that diplomacy would continue',
  'accused the other side of ignoring the main security demands',
  'called for an urgent meeting of the council to discuss the growing tension',
  'rejected the proposal as unacceptable and demanded written guarantees',
  'promised additional military aid, including anti-tank weapons and ammunition',
  'announced new sanctions targeting banks and officials close to the government',
  'urged citizens to leave the country while commercial flights were still available',
  'expressed concern about the large exercises being held near the frontier',
  'proposed a new round of negotiations on arms control and missile deployments',
  'denied any plans to invade and described the warnings as hysteria',
  'said the alliance would reinforce its eastern flank with more ships and aircraft',
  'complained that observers had been blocked at several checkpoints',
  'described the phone conversation as frank and businesslike',
  'insisted that the door to membership would remain open',
  'ordered the evacuation of non-essential embassy staff from the capital',
];

const OPENERS = [
  'On {day},',
  'Speaking to reporters in {city},',
  'In a statement released late on {day},',
  'After a meeting lasting {n} hours,',
  'During a visit to {city},',
  'In an interview with state television,',
  '',
];

const DETAILS = [
  'Officials estimate that about {n},000 troops are now deployed near the border.',
  'The ministry said {n} aircraft and {m} warships had taken part in the drills.',
  'Monitors recorded {n} ceasefire violations, including {m} explosions, over the weekend.',
  'The package is worth about ${n} million, according to two officials familiar with it.',
  'At least {n} diplomats were ordered to leave within {m} days.',
  'Markets fell by {n} percent after the remarks, the steepest drop since {month}.',
  'The next round of talks is scheduled for {month} {m}, officials said.',
  'A spokesman said {n} people had been detained at the protest in {city}.',
  'The exercises are due to end on {month} {m}, the defence ministry said.',
  'Some {n} families were evacuated from villages along the line of contact.',
];

// Invented statements, so that generated stories quote someone as real reports do (and
// independent reports of one happening can share a quote, as real ones do).
export const QUOTES = [
  'We will not accept any deadline imposed from outside',
  'The door to dialogue remains open, but our patience is not unlimited',
  'This is the most dangerous moment for European security in decades',
  'Nobody wants a war, but we will defend ourselves',
  'We expect a written answer to every one of our proposals',
  'Sanctions will not change our position',
  'The next few days will be decisive',
  'We have seen no sign of de-escalation on the ground',
  'Diplomacy is the only responsible path forward',
  'Our allies can count on us',
  'Any attack would be met with a swift and united response',
  'We are ready to talk at any level and at any time',
];

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'December'];

function fill(template: string, r: () => number, city: string): string {
  return template
    .replace('{day}', pick(r, DAYS))
    .replace('{city}', city)
    .replace('{month}', pick(r, MONTHS))
    .replace('{n}', String(2 + Math.floor(r() * 180)))
    .replace('{m}', String(2 + Math.floor(r() * 27)));
}

export interface GeneratedDoc {
  text: string;
  title: string;
  published: string;
}

function dateAt(dayOffset: number): string {
  const d = new Date(Date.UTC(2022, 0, 1) + dayOffset * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export interface StoryOptions {
  /** Some statements are direct quotes ("...," Lavrov said). */
  quotes?: boolean;
  /** Paragraphs of one or two sentences, as news pages have, instead of one block. */
  paragraphs?: boolean;
}

/** A news story about two actors: a lede, statements, details with numbers. */
export function newsStory(
  r: () => number,
  actors?: [number, number],
  dayOffset?: number,
  options: StoryOptions = {},
): GeneratedDoc & { actors: [number, number] } {
  const a = actors?.[0] ?? Math.floor(r() * ACTORS.length);
  let b = actors?.[1] ?? Math.floor(r() * ACTORS.length);
  if (b === a) b = (a + 1) % ACTORS.length;
  const [fullA, shortA, cityA] = ACTORS[a]!;
  const [fullB, shortB, cityB] = ACTORS[b]!;
  const sentences: string[] = [];
  const lede = fill(pick(r, OPENERS), r, cityA);
  sentences.push(
    `${lede ? `${lede} ` : ''}${fullA} ${pick(r, VERBS)}.`.replace(/^./, (c) => c.toUpperCase()),
  );
  const body = 6 + Math.floor(r() * 6);
  for (let i = 0; i < body; i++) {
    const roll = r();
    if (roll < 0.4) sentences.push(fill(pick(r, DETAILS), r, pick(r, [cityA, cityB])));
    else if (options.quotes && roll < 0.6) {
      sentences.push(`"${pick(r, QUOTES)}," ${pick(r, [shortA, shortB])} said.`);
    } else {
      const who = pick(r, [shortA, shortB, fullB]);
      const opener = fill(pick(r, OPENERS), r, pick(r, [cityA, cityB]));
      sentences.push(`${opener ? `${opener} ` : ''}${who} ${pick(r, VERBS)}.`);
    }
  }
  const capitalised = sentences.map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  let text = capitalised.join(' ');
  if (options.paragraphs) {
    const paragraphs: string[] = [];
    for (let i = 0; i < capitalised.length;) {
      const n = i === 0 || r() < 0.6 ? 1 : 2;
      paragraphs.push(capitalised.slice(i, i + n).join(' '));
      i += n;
    }
    text = paragraphs.join('\n\n');
  }
  return {
    text,
    title: `${shortA} and ${shortB}`,
    published: dateAt(dayOffset ?? Math.floor(r() * 90)),
    actors: [a, b],
  };
}

/** One day's monitoring report from a fixed template: only dates and counts change. */
export function templateReport(dayOffset: number, r: () => number): GeneratedDoc {
  const date = dateAt(dayOffset);
  const [y, m, d] = date.split('-');
  const month = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ][Number(m) - 1]!;
  const n = () => String(1 + Math.floor(r() * 400));
  const text = [
    `Daily report of the monitoring mission, ${Number(d)} ${month} ${y}.`,
    `KYIV, ${Number(d)} ${month} ${y} - Latest from the Special Monitoring Mission, based on information received as of 19:30 the previous evening.`,
    `In Donetsk region the mission recorded ${n()} ceasefire violations, including ${n()} explosions.`,
    `In the previous reporting period it recorded ${n()} ceasefire violations in the region.`,
    `In Luhansk region the mission recorded ${n()} ceasefire violations, including ${n()} explosions.`,
    `In the previous reporting period it recorded ${n()} ceasefire violations in the region.`,
    `The mission saw ${n()} weapons in violation of withdrawal lines near ${pick(r, ['Horlivka', 'Donetsk', 'Shchastia', 'Zolote', 'Popasna'])}.`,
    `Monitors were denied passage at ${n()} checkpoints of the armed formations.`,
    'The mission monitors the implementation of the agreements and reports facts without attributing the violations to any side.',
  ].join('\n\n');
  return { text, title: `Daily report ${date}`, published: date };
}

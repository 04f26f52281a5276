// Copy-detection evaluation: generate a labelled corpus (originals, copies of each kind, hard
// negatives), ingest it in a shuffled order through the linker, and score the stories found.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { packageRoot } from '../paths.js';
import type { DocumentRecord } from '../records.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { editText, newsStory, rng, spinText, summarise, templateReport } from './generate.js';
import { linkDocument } from './link.js';
import { thesaurus } from './thesaurus.js';

export const COPY_KINDS = ['verbatim', 'edited', 'spun10', 'spun30', 'spun50', 'summary'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];
type Role = CopyKind | 'original' | 'negative';

interface LabelledDoc {
  text: string;
  published: string;
  role: Role;
  /** Documents of one family are copies of one another; negatives have a family of their own. */
  family: number;
}

export interface EvalOptions {
  seed?: number;
  /** Generated originals (added to the example corpus' own). */
  generated?: number;
  /** Folder of source documents; `examples/corpus` when present. */
  corpusDir?: string | null;
}

export interface EvalFigure {
  name: string;
  value: number;
}

// These example folders hold copies of a Meridian story; as "originals" they would be scored as
// false links, so the generator makes its own copies from the Meridian file instead.
const EXAMPLE_COPIES = new Set(['harbor-daily', 'global-digest', 'newsmill']);

function exampleOriginals(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const texts: string[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const full = path.join(dir, folder);
    if (EXAMPLE_COPIES.has(folder) || !statSync(full).isDirectory()) continue;
    for (const file of readdirSync(full).sort()) {
      if (file.endsWith('.txt')) texts.push(readFileSync(path.join(full, file), 'utf8'));
      if (file.endsWith('.jsonl')) {
        for (const line of readFileSync(path.join(full, file), 'utf8').split('\n')) {
          try {
            const text = (JSON.parse(line) as { text?: unknown }).text;
            if (typeof text === 'string') texts.push(text);
          } catch {
            // not a record line
          }
        }
      }
    }
  }
  return texts;
}

const shiftDate = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Same text, every number replaced: what a template looks like on another day. */
function renumber(text: string, r: () => number): string {
  return text.replace(/\d+/g, (n) => String(Number(n) + 1 + Math.floor(r() * 50)));
}

export function generateCorpus(options: EvalOptions = {}): LabelledDoc[] {
  const r = rng(options.seed ?? 1);
  const th = thesaurus();
  const corpusDir =
    options.corpusDir === undefined
      ? path.join(packageRoot, 'examples', 'corpus')
      : options.corpusDir;
  const originals: Array<{ text: string; published: string; actors?: [number, number] }> =
    exampleOriginals(corpusDir ?? '').map((text, i) => ({
      text,
      published: shiftDate('2022-01-01', i),
    }));
  for (let i = 0; i < (options.generated ?? 120); i++) originals.push(newsStory(r));

  const docs: LabelledDoc[] = [];
  let family = 0;
  for (const o of originals) {
    const f = family++;
    docs.push({ text: o.text, published: o.published, role: 'original', family: f });
    const later = (): string => shiftDate(o.published, Math.floor(r() * 3));
    docs.push({
      text: `${o.text}\n\n${r() < 0.5 ? 'Source link' : 'Reporting by staff; editing by the desk.'}`,
      published: later(),
      role: 'verbatim',
      family: f,
    });
    docs.push({ text: editText(o.text, r), published: later(), role: 'edited', family: f });
    for (const [kind, rate] of [
      ['spun10', 0.1],
      ['spun30', 0.3],
      ['spun50', 0.5],
    ] as const) {
      docs.push({
        text: spinText(o.text, rate, r, th).text,
        published: later(),
        role: kind,
        family: f,
      });
    }
    docs.push({ text: summarise(o.text), published: later(), role: 'summary', family: f });
    // Hard negatives: the same actors in another story, and the same text with other numbers.
    if (o.actors && r() < 0.5) {
      docs.push({
        text: newsStory(r, o.actors).text,
        published: later(),
        role: 'negative',
        family: family++,
      });
    }
    if (/\d/.test(o.text) && r() < 0.3) {
      docs.push({
        text: renumber(o.text, r),
        published: shiftDate(o.published, 1),
        role: 'negative',
        family: family++,
      });
    }
  }
  for (let day = 0; day < 30; day++) {
    docs.push({ ...templateReport(40 + day, r), role: 'negative', family: family++ });
  }
  return docs;
}

export interface EvalResult {
  figures: EvalFigure[];
  documents: number;
  seconds: number;
}

export async function evaluate(options: EvalOptions = {}): Promise<EvalResult> {
  const labelled = generateCorpus(options);
  const r = rng((options.seed ?? 1) + 1000);
  const order = labelled.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const store = SqliteStore.open(':memory:');
  const ids: DocumentRecord[] = [];
  for (const [i, d] of labelled.entries()) ids.push(await insert(store, d, i));
  const started = performance.now();
  for (const i of order) await linkDocument(store.provenance, ids[i]!);
  const seconds = (performance.now() - started) / 1000;

  const stories = await store.stories({ minSize: 1 });
  const storyOf = new Map(stories.flatMap((s) => s.members.map((m) => [m.doc, s.id] as const)));
  const linkOf = new Map<string, string>(
    stories.flatMap((s) => s.members.map((m) => [m.doc, m.link] as const)),
  );
  const members = new Map<string, number[]>();
  labelled.forEach((_, i) => {
    const s = storyOf.get(ids[i]!.id);
    if (s) members.set(s, [...(members.get(s) ?? []), i]);
  });
  const originalOf = new Map<number, number>();
  labelled.forEach((d, i) => d.role === 'original' && originalOf.set(d.family, i));

  const figures: EvalFigure[] = [];
  let allPairs = 0;
  let allCorrect = 0;
  const kindWord: Record<CopyKind, string> = {
    verbatim: 'verbatim',
    edited: 'edited',
    spun10: 'spun',
    spun30: 'spun',
    spun50: 'spun',
    summary: 'summary',
  };
  for (const kind of [...COPY_KINDS, 'negative' as const]) {
    let total = 0;
    let found = 0;
    let pairs = 0;
    let correct = 0;
    let kindRight = 0;
    labelled.forEach((d, i) => {
      if (d.role !== kind) return;
      total++;
      const story = storyOf.get(ids[i]!.id);
      const mates = story ? members.get(story)!.filter((j) => j !== i) : [];
      const original = originalOf.get(d.family);
      if (original !== undefined && mates.includes(original)) found++;
      pairs += mates.length;
      correct += mates.filter((j) => labelled[j]!.family === d.family).length;
      if (kind !== 'negative' && linkOf.get(ids[i]!.id) === kindWord[kind]) kindRight++;
    });
    allPairs += pairs;
    allCorrect += correct;
    if (kind === 'negative') {
      figures.push({ name: 'negatives.linked', value: pairs === 0 ? 0 : pairs });
      continue;
    }
    figures.push({ name: `recall.${kind}`, value: total === 0 ? 0 : found / total });
    figures.push({ name: `precision.${kind}`, value: pairs === 0 ? 1 : correct / pairs });
    figures.push({
      name: `link_kind_accuracy.${kind}`,
      value: total === 0 ? 0 : kindRight / total,
    });
  }
  figures.push({ name: 'precision.all_pairs', value: allPairs === 0 ? 1 : allCorrect / allPairs });
  figures.push({ name: 'documents', value: labelled.length });
  figures.push({ name: 'originals', value: originalOf.size });
  figures.push({ name: 'stories', value: members.size });
  figures.push({ name: 'docs_per_second', value: labelled.length / seconds });
  await store.close();
  return { figures, documents: labelled.length, seconds };
}

/** Stores a labelled document without coding it: only provenance is evaluated. */
async function insert(store: SqliteStore, d: LabelledDoc, i: number): Promise<DocumentRecord> {
  const hash = createHash('sha256').update(`${i}\n${d.text}`).digest('hex');
  const doc: DocumentRecord = {
    id: `d${hash.slice(0, 16)}`,
    hash,
    text: d.text,
    source: `outlet${i % 17}`,
    url: null,
    title: null,
    published: d.published,
    path: `generated/${i}.txt`,
    format: 'text',
    ingested: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
  };
  await store.writeDocument(doc, { sentences: [], mentions: [], quotes: [] }, []);
  return doc;
}

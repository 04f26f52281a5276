// The measurement of spin, the generator calibrated on it, and the matcher on the copies it makes:
// containment (teasers, excerpts), translations, and what must never be linked. Invented texts.
import { describe, expect, it } from 'vitest';
import { candidateScore, sameOutletSameDay } from './candidates.js';
import { addDocument, memoryDb, ORIGINAL, SAME_ACTORS_OTHER_STORY } from './fixtures.js';
import { seededRandom } from '../random.js';
import { fingerprint, linkDocument as linkTo } from './index.js';
import { lcsPairs, measureSpin, poolStats } from './measure.js';
import {
  estimateJaccard,
  estimateSetSize,
  PERMUTATIONS,
  splitSignature,
  SPLIT,
} from './minhash.js';
import { generateCorpus, ownLede, realisticOriginals } from './evaluate.js';
import {
  addFurniture,
  captionedTeaser,
  clip,
  drawRates,
  farmSpin,
  MEASURED_RANGES,
  teaser,
  translate,
} from './realistic.js';
import { parseFunctionSwaps } from './swaps.js';
import { anchorSequence, splitSentences, tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();

describe('measuring what a copy changed', () => {
  it('counts replaced content and function words and kept names and numbers', async () => {
    const s = measureSpin(
      'Officials said on Monday that the ministry would close the border near Kharkiv after 12 attacks.',
      'Officials stated on Monday that the ministry would shut the boundary near Kharkiv after 12 attacks.',
    );
    expect(s.counts.function).toEqual({ kept: 6, replaced: 1 }); // said → stated
    expect(s.counts.content).toEqual({ kept: 4, replaced: 2 }); // close, border
    expect(s.counts.anchor).toEqual({ kept: 3, replaced: 0 }); // Monday, Kharkiv, 12
    expect(s.shared).toBeCloseTo(13 / 16);
  });

  it('takes a dropped paragraph for a cut, not for replaced words', async () => {
    const kept = 'The ministry said 40 soldiers crossed the river at dawn on Friday.';
    const dropped =
      'A long second paragraph about the history of the dispute and of earlier talks between the two capitals, with many details.';
    const s = measureSpin(`${kept}\n\n${dropped}\n\n${kept}`, `${kept}\n\n${kept}`);
    expect(s.counts.content.replaced + s.counts.function.replaced).toBe(0);
    expect(s.lengthRatio).toBeLessThan(0.6);
  });

  it('the generator spins at the rates measured on real copies (pooled over 40 stories)', async () => {
    const r = seededRandom(3);
    const stats = realisticOriginals(r, 40).map((o) =>
      measureSpin(o.text, farmSpin(o.text, drawRates(r), r, th)),
    );
    const pooled = poolStats(stats);
    const within = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;
    expect(within(pooled.contentReplaced, MEASURED_RANGES.contentReplaced)).toBe(true);
    expect(within(pooled.functionReplaced, MEASURED_RANGES.functionReplaced)).toBe(true);
    expect(within(pooled.anchorsKept, MEASURED_RANGES.anchorsKept)).toBe(true);
  });
});

describe('the generator', () => {
  it('translates every word but names and numbers, which keep their order', async () => {
    const text = translate(ORIGINAL, seededRandom(1));
    const before = anchorSequence(tokenize(ORIGINAL));
    const after = anchorSequence(tokenize(text));
    const numbers = (seq: string[]) => seq.filter((w) => /^\d/.test(w));
    // Feb. 16, 150,000 and 7,000 (written without their zeros), 20 (as 2): the digits survive;
    // "four" is a word, and is translated like one.
    expect(numbers(after)).toEqual(['16', '15', '7', '2']);
    expect(numbers(before)).toEqual(['16', '4', '15', '7', '2']);
    expect(lcsPairs(before, after).length).toBeGreaterThan(0.9 * before.length);
    expect(text).not.toMatch(/\b(the|of|and|said)\b/);
  });

  it('puts a caption of the site’s own above the story’s lede, kept whole and unspun', () => {
    const story = realisticOriginals(seededRandom(7), 1)[0]!;
    const text = captionedTeaser(story.text, story.title, 'March 4', seededRandom(3));
    const parts = text.split('\n\n');
    const lede = story.text.split('\n\n')[0]!;
    expect(parts[0]).toMatch(/March 4/);
    expect(parts[0]).toContain(story.title);
    expect(parts[1]).toBe(lede);
    expect(parts.length).toBeLessThanOrEqual(3);
  });

  it('makes one captioned teaser per generated story, only when asked', () => {
    const plain = generateCorpus({ seed: 2, generated: 4, corpusDir: null });
    const withCaptions = generateCorpus({ seed: 2, generated: 4, corpusDir: null, captions: true });
    expect(plain.some((d) => d.role === 'captioned')).toBe(false);
    const captioned = withCaptions.filter((d) => d.role === 'captioned');
    expect(captioned).toHaveLength(4);
    // Its own random stream: the other documents are the same with or without it.
    expect(withCaptions.filter((d) => d.role !== 'captioned')).toEqual(plain);
  });

  it('clips one sentence of a story, or two in a row, into a text of the site’s own', () => {
    const story = realisticOriginals(seededRandom(7), 1)[0]!;
    const sentences = story.text.split(/\n\s*\n/).flatMap((p) => splitSentences(p.trim()));
    const own = [
      'The city council met on Monday to discuss the new budget.',
      'Residents asked for more buses on the northern routes.',
      'The mayor promised an answer before the summer.',
      'Teachers said classes would resume next week.',
      'The river stayed below its flood mark all month.',
      'A new bridge is planned for the eastern district.',
      'Shops in the old town reported a quiet weekend.',
      'The library will open on Sundays from April.',
      'Two new parks were opened in the south.',
      'The water company raised its prices by a tenth.',
      'Local elections will be held in the autumn.',
      'The airport added three routes this year.',
    ];
    const taken = { one: 0, two: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const parts = clip(story.text, own, seededRandom(seed)).split('\n\n');
      const mine = parts.filter((p) => own.includes(p));
      const copied = parts.filter((p) => !own.includes(p));
      expect(copied).toHaveLength(1);
      expect(mine.length).toBeGreaterThanOrEqual(3);
      expect(mine.length).toBeLessThanOrEqual(13);
      // The site's own sentences in their order; the clipped sentences in a row of the story's.
      expect(mine).toEqual(own.slice(0, mine.length));
      const at = sentences.findIndex((x) => copied[0]!.startsWith(x));
      expect(at).toBeGreaterThanOrEqual(0);
      const two = copied[0] !== sentences[at];
      if (two) expect(copied[0]).toBe(`${sentences[at]} ${sentences[at + 1]}`);
      taken[two ? 'two' : 'one']++;
    }
    expect(taken.one).toBeGreaterThan(taken.two);
    expect(taken.two).toBeGreaterThan(0);
  });

  it('makes one clipped excerpt per story, only when asked', () => {
    const plain = generateCorpus({ seed: 2, generated: 4, corpusDir: null });
    const withClips = generateCorpus({ seed: 2, generated: 4, corpusDir: null, clips: true });
    expect(withClips.filter((d) => d.role === 'clipped')).toHaveLength(4);
    expect(withClips.filter((d) => d.role !== 'clipped')).toEqual(plain);
  });

  it('opens a story of its own with a sentence of its own (ownLede)', () => {
    const openings = new Set([
      'after a meeting lasting # hours, the envoy said talks would resume in the spring.',
    ]);
    const story =
      'After a meeting lasting 12 hours, the envoy said talks would resume in the spring. ' +
      'Farmers blocked the border road for a third day.\n\nThe ministry said 40 lorries were turned back.';
    // The stock sentence goes (with another count, it is still the one an original opens with);
    // the paragraphs after it stay as they were.
    expect(ownLede(story, openings)).toBe(
      'Farmers blocked the border road for a third day.\n\nThe ministry said 40 lorries were turned back.',
    );
    const own =
      'Farmers blocked the border road for a third day. The ministry said 40 lorries waited.';
    expect(ownLede(own, openings)).toBe(own);
    // A text that is only such sentences keeps its last one: never an empty document.
    expect(
      ownLede(
        'After a meeting lasting 3 hours, the envoy said talks would resume in the spring.',
        openings,
      ),
    ).toMatch(/^After/);
  });

  it('gives the stories of their own no opening of an original (unless asked to)', () => {
    // Sentences as ownLede compares them: lower case, numbers aside.
    const opening = (text: string) =>
      splitSentences(text)
        .slice(0, 4)
        .map((x) =>
          x
            .toLowerCase()
            .replace(/\d[\d,.]*/g, '#')
            .replace(/\s+/g, ' ')
            .trim(),
        );
    const corpus = (sharedLedes: boolean) =>
      generateCorpus({ seed: 1, generated: 40, corpusDir: null, sharedLedes });
    const ledeOfOwn = (docs: ReturnType<typeof corpus>) => {
      const originals = new Set(
        docs.filter((d) => d.role === 'original').flatMap((d) => opening(d.text)),
      );
      // Negatives of other outlets ('paper'): stories of the same people and independent reports.
      return docs.filter(
        (d) =>
          d.role === 'negative' &&
          d.source.startsWith('paper') &&
          originals.has(opening(d.text)[0]!),
      ).length;
    };
    expect(ledeOfOwn(corpus(true))).toBeGreaterThan(0);
    expect(ledeOfOwn(corpus(false))).toBe(0);
  });

  it('reads function-word swaps as validated data, naming file, line and field', async () => {
    expect(
      parseFunctionSwaps('{"id": "fw-in", "from": "in", "to": ["within"]}', 'f.jsonl'),
    ).toEqual([{ id: 'fw-in', from: 'in', to: ['within'] }]);
    expect(() =>
      parseFunctionSwaps('\n{"id": "fw-in", "from": "In", "to": []}', 'f.jsonl'),
    ).toThrow(/^f\.jsonl:2: field "from"/);
    expect(() => parseFunctionSwaps('{"id": "x"', 'f.jsonl')).toThrow('f.jsonl:1: not valid JSON');
  });
});

describe('signatures', () => {
  it('estimates set sizes from the minima alone', async () => {
    const shingles = Array.from({ length: 600 }, (_, i) => `s${i}`);
    const sig = splitSignature(shingles, shingles.slice(0, 60));
    expect(estimateSetSize(sig, 0, SPLIT)).toBeGreaterThan(450);
    expect(estimateSetSize(sig, 0, SPLIT)).toBeLessThan(780);
    expect(estimateSetSize(sig, SPLIT, PERMUTATIONS)).toBeGreaterThan(40);
    expect(estimateSetSize(sig, SPLIT, PERMUTATIONS)).toBeLessThan(85);
  });

  it('scores a teaser against its original by containment, not resemblance', async () => {
    const whole = fingerprint(ORIGINAL).sig;
    const part = fingerprint(teaser(ORIGINAL, 0.3)).sig;
    expect(estimateJaccard(whole, part)).toBeLessThan(0.5);
    expect(candidateScore(whole, part)).toBeGreaterThan(0.7);
  });
});

describe('linking real-style copies', () => {
  it('joins a spun teaser of a third of its original, whichever comes first', async () => {
    const copyText = farmSpin(
      teaser(ORIGINAL, 0.3),
      drawRates(seededRandom(8)),
      seededRandom(9),
      th,
    );
    for (const order of ['original first', 'copy first']) {
      const db = memoryDb();
      const original = addDocument(db, ORIGINAL, { source: 'Northwire', published: '2022-02-16' });
      const copy = addDocument(db, copyText, { source: 'Farm', published: '2022-02-17' });
      const [a, b] = order === 'original first' ? [original, copy] : [copy, original];
      await linkTo(db.provenance, a);
      expect((await linkTo(db.provenance, b)).copyOf, order).toBe(a.id);
    }
  });

  it('links a translation as translated', async () => {
    const db = memoryDb();
    const original = addDocument(db, ORIGINAL, { source: 'Northwire', published: '2022-02-16' });
    await linkTo(db.provenance, original);
    const foreign = addDocument(db, translate(ORIGINAL, seededRandom(2)), {
      source: 'Foreign Desk',
      published: '2022-02-17',
    });
    expect((await linkTo(db.provenance, foreign)).copyOf).toBe(original.id);
    expect((await db.describeDocument(foreign.id))?.link).toBe('translated');
  });

  it("never links one outlet's two articles of one day, even through another outlet's copy", async () => {
    const db = memoryDb();
    const paragraphs = ORIGINAL.split('\n\n');
    const followUp = [SAME_ACTORS_OTHER_STORY, ...paragraphs.slice(1, 4)].join('\n\n');
    const original = addDocument(db, ORIGINAL, { source: 'Northwire', published: '2022-02-16' });
    const update = addDocument(db, followUp, { source: 'Northwire', published: '2022-02-16' });
    const copy = addDocument(db, `${ORIGINAL}\n\nSource: Northwire`, {
      source: 'Harbor',
      published: '2022-02-16',
    });
    for (const d of [original, update, copy]) await linkTo(db.provenance, d);
    const stories = new Map<string, string | null>();
    for (const d of [original, update, copy])
      stories.set(d.id, (await db.describeDocument(d.id))?.story ?? null);
    const story = (id: string): string | null => stories.get(id) ?? null;
    expect(story(copy.id)).toBe(story(original.id));
    expect(story(original.id)).not.toBeNull();
    expect(story(update.id)).not.toBe(story(original.id));
    expect(sameOutletSameDay(original, update)).toBe(true);
    expect(sameOutletSameDay(original, { source: 'Northwire', published: '2022-02-17' })).toBe(
      false,
    );
    expect(
      sameOutletSameDay({ source: '', published: null }, { source: '', published: null }),
    ).toBe(false);
  });
});

describe("a spun teaser among a farm's other pages", () => {
  it('finds its original: the furniture every page of the farm carries is not in the signature', async () => {
    const db = memoryDb();
    const always = (): number => 0; // every line of furniture, on every page
    const [story] = realisticOriginals(seededRandom(41), 1);
    const original = addDocument(db, story!.text, { source: 'Wire', published: '2022-03-01' });
    await linkTo(db.provenance, original);
    const r = seededRandom(42);
    for (const [i, other] of realisticOriginals(seededRandom(43), 40).entries()) {
      const page = addFurniture(farmSpin(other.text, drawRates(r), r, th), 'World news', always);
      await linkTo(db.provenance, addDocument(db, page, { source: `Farm ${i % 3}` }));
    }
    const cut = farmSpin(teaser(story!.text, 0.35), drawRates(r), r, th);
    const copy = addDocument(db, addFurniture(cut, 'World news', always), { source: 'Farm 0' });
    expect((await linkTo(db.provenance, copy)).copyOf).toBe(original.id);
  });
});

// A rewrite (by hand or by a language model) against an independent report of the same
// happening: both hold about half of the original's sentences' words, and only the rewrite
// follows its original word by word in the sentences that pair (tenth round, README). Invented
// texts; the rewriter's generator checked against the rates measured on the real rewrites.
import { describe, expect, it } from 'vitest';
import { checkPair, compareDocuments, judge } from './compare.js';
import { realisticOriginals } from './evaluate.js';
import { seededRandom } from '../random.js';
import { measureSpin, poolStats } from './measure.js';
import { drawRewrite, REWRITE_RANGES, rewrite as rewriteText } from './realistic.js';
import { tokenize } from './text.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();
const compare = (a: string, b: string) => compareDocuments(tokenize(a), tokenize(b), th);

const original = [
  'A magnitude 6.9 earthquake struck the northern province of Veldra on Sunday, killing at least 212 people and injuring 1,450 others as houses collapsed in several mountain towns.',
  'Governor Anna Kessler said she was sending doctors and tents to villages where roads were blocked and clinics were overwhelmed with wounded patients.',
  'The national seismic agency placed the epicentre about 40 miles north of the provincial capital, Torvik, at a depth of 10 km.',
  'The quake was felt 300 miles away in the port of Lindsay, where residents ran into the streets.',
  'Rescue teams and neighbours pulled 37 people alive from the rubble overnight, the civil defence service said.',
  'Kessler declared a two-week state of emergency and asked the army to help clear the mountain roads.',
  '"Our first duty is to reach every family that is still trapped," Kessler told reporters in Torvik.',
  'It was the deadliest earthquake in the province since 1987, when 3,000 people died.',
].join(' ');
/** Four sentences reworded closely, three recast beyond recognition, one of its own. */
const rewrite = [
  'Sunday’s 6.9 tremor left 212 people dead and another 1,450 hurt across Veldra, where homes in hill communities caved in.',
  'Governor Anna Kessler stated that she was dispatching physicians and tents to settlements where roads had been cut and clinics were swamped with injured patients.',
  'The national seismic agency put the epicentre roughly 40 miles north of the provincial capital, Torvik, at a depth of 10 km.',
  'Even in Lindsay, a harbour city 300 miles off, frightened people rushed outdoors.',
  'Rescue crews and locals freed 37 people alive from the debris overnight, the civil defence service said.',
  'Kessler declared a state of emergency for two weeks and asked the military to help clear the mountain routes.',
  'Many families are still waiting for news of relatives, and officials in Torvik said schools would stay closed for the rest of the week.',
  'No disaster in the region has been as lethal since 1987, when a quake claimed 3,000 lives.',
].join(' ');
/** Another outlet's report: the same facts, a shared quote, sentences of its own. */
const independent = [
  'TORVIK - Soldiers and volunteers dug through collapsed buildings on Monday after Sunday’s 6.9 quake in Veldra, where officials now count 212 dead and 1,450 injured.',
  'In the town of Orsa, nearly every house on the main street was damaged, a local priest said by telephone.',
  'Governor Anna Kessler, who declared a two-week state of emergency, visited a field hospital set up in a school gym.',
  'The civil defence service said 37 people had been rescued alive overnight, but many villages remained cut off.',
  'Aid groups appealed for blankets and drinking water as night temperatures fell below freezing.',
  'The national seismic agency located the epicentre in hills 40 miles north of Torvik, 10 km below ground.',
  'Kessler told reporters in Torvik: "Our first duty is to reach every family that is still trapped."',
  'The province last suffered such a disaster in 1987, when 3,000 people were killed.',
].join(' ');

describe('a rewrite and an independent report of one happening', () => {
  it('joins the rewrite: half of it pairs, and what pairs follows the original word by word', () => {
    const c = compare(rewrite, original);
    expect(c.containment).toBeLessThan(0.6); // below the containment rule
    expect(c.alignedSentences).toBeGreaterThanOrEqual(4);
    expect(c.wordingKept).toBeGreaterThanOrEqual(0.6);
    // Weak: enough to join a story, never to bridge two.
    expect(judge(c)).toMatchObject({ isCopy: true, contradicts: false, weak: true });
    // Linking computes the word alignment for such a candidate too.
    expect(checkPair(tokenize(rewrite), tokenize(original), th).verdict.isCopy).toBe(true);
    expect(checkPair(tokenize(original), tokenize(rewrite), th).verdict.isCopy).toBe(true);
  });

  it('keeps the independent report apart: as much pairs, in its own words', () => {
    const c = compare(independent, original);
    expect(c.containment).toBeGreaterThanOrEqual(0.4);
    expect(c.alignedSentences).toBeGreaterThanOrEqual(4);
    expect(c.wordingKept).toBeLessThan(0.6);
    expect(judge(c).isCopy).toBe(false);
    expect(checkPair(tokenize(independent), tokenize(original), th).verdict.isCopy).toBe(false);
  });

  it('needs two counts in digits both keep: stock sentences of the same people share none', () => {
    const c = compare(rewrite, original);
    expect(judge({ ...c, digitsShared: 1 }).isCopy).toBe(false);
    // The rewrite renumbered: a report of another day, not a copy.
    const renumbered = rewrite.replace(/\d+/g, (n) => String(Number(n) + 7));
    expect(judge(compare(renumbered, original)).isCopy).toBe(false);
  });
});

describe('the rewrite generator', () => {
  it('rewrites at the rates measured on the real rewrites (pooled over 30 stories)', () => {
    const r = seededRandom(7);
    const stats = realisticOriginals(r, 30).map((o) =>
      measureSpin(o.text, rewriteText(o.text, drawRewrite(r), [], r, th)),
    );
    const pooled = poolStats(stats);
    const within = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;
    expect(within(pooled.contentReplaced, REWRITE_RANGES.contentReplaced)).toBe(true);
    expect(within(pooled.functionReplaced, REWRITE_RANGES.functionReplaced)).toBe(true);
    expect(within(pooled.anchorsKept, REWRITE_RANGES.anchorsKept)).toBe(true);
  });

  it('recasts some sentences beyond the sentence pairing and keeps others close', () => {
    const r = seededRandom(11);
    const originals = realisticOriginals(r, 30);
    const comparisons = originals.map((o) =>
      compare(rewriteText(o.text, drawRewrite(r), [], r, th), o.text),
    );
    const recast = comparisons.filter((c) => c.containment < 0.8).length;
    expect(recast).toBeGreaterThanOrEqual(10);
    // What pairs follows the original closely, as in the real rewrites (0.69-0.81).
    const wording = comparisons.map((c) => c.wordingKept).sort((a, b) => a - b);
    expect(wording[Math.floor(wording.length / 2)]).toBeGreaterThan(0.6);
  });
});

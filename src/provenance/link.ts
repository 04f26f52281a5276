// Linking one new document into the provenance index: fingerprint it, look up LSH candidates
// (no corpus scan), verify each with the sentence/word alignment, then attach it to a story.
import type { DocumentRecord } from '../records.js';
import { checkPair, readsAsEnglish, type Comparison, type Verdict } from './compare.js';
import type { LshCandidate, ProvenanceIndex, StoredSignature } from '../store/provenance-index.js';
import { bandKeys, splitSignatureOfHashes, windowHashes } from './minhash.js';
import {
  candidateEstimate,
  checkable,
  fineCheckOrder,
  joinableGroups,
  type ReachedGroup,
  sameOutletSameDay,
  setSizes,
  vetoedGroups,
  type Outlet,
} from './candidates.js';
import { collocationSpin } from './spin.js';
import { attachToStory, type Match } from './stories.js';
import { anchorShingles, skeleton, skeletonWindows, tokenize, type TextSentence } from './text.js';
import { thesaurus } from './thesaurus.js';
import { signatureTokens } from './units.js';

/** Skeleton shingle length: long enough to be specific, short enough to survive light edits. */
export const SHINGLE = 5;
/** Names-and-numbers shingle length: pairs survive a spinner that changes a quarter of them. */
export const ANCHOR_SHINGLE = 2;
/** At most this many candidates (most shared bands first) are read from the index... */
export const MAX_CANDIDATES = 40;
/** ...and at most this many, with an estimated containment of at least MIN_ESTIMATE (of the
 *  smaller shingle set in the larger, skeleton or names-and-numbers), get the fine check. */
export const MAX_FINE_CHECKS = 6;
export const MIN_ESTIMATE = 0.2;
/** Fine checks beyond MAX_FINE_CHECKS, for candidates of stories the best ones did not reach. */
export const EXTRA_FINE_CHECKS = 2;
/** Estimated skeleton resemblance below which two texts cannot be one article word for word. */
const SAME_ARTICLE = 0.8;
/** Documents read per LSH bucket: bounds the cost of a lookup whatever the size of the store. */
export const BUCKET_LIMIT = 64;
/** A band key held by more than this many documents is a stop key (see findCandidates). */
export const STOP_ABOVE = 16;
/** Unless the best candidate of the other keys shares this many bands, stop keys are read. */
export const FALLBACK_BANDS = 3;

/**
 * Copy detection reads at most this much of a text. Copies are of articles; a longer text (a
 * report, a transcript, many articles in one file) is known by its beginning, which a copy or an
 * excerpt of its opening shares, and its fingerprint then costs the same whatever its length.
 */
export const FINGERPRINT_CHARS = 256 * 1024;

/** The part of a text copy detection reads: all of it, or its beginning up to a paragraph. */
export function fingerprintText(text: string): string {
  if (text.length <= FINGERPRINT_CHARS) return text;
  const cut = text.lastIndexOf('\n', FINGERPRINT_CHARS);
  return text.slice(0, cut > FINGERPRINT_CHARS / 2 ? cut : FINGERPRINT_CHARS);
}

export interface Fingerprint {
  sentences: TextSentence[];
  sig: Uint32Array;
  shingles: number;
  bands: Int32Array;
}

/**
 * The sentences a signature is made of: the closed ones (prose), when there are any. Headlines,
 * bylines, timestamps, share lines and tag lists are page furniture that a site repeats on every
 * page: in a signature they made every copy of one farm resemble every other (a spun teaser
 * shared more band keys with the farm's unrelated pages than with its own original).
 */
export function signatureSentences(sentences: TextSentence[]): TextSentence[] {
  const prose = sentences.filter((s) => s.closed);
  return prose.length > 0 ? prose : sentences;
}

export function fingerprint(text: string): Fingerprint {
  const sentences = tokenize(fingerprintText(text));
  // Measures in one unit whichever a copy converted them to (`signatureTokens`); the units are
  // English words, and in another language "mi" or "m" are words of its own.
  const prose = signatureSentences(sentences);
  const basis = readsAsEnglish(prose)
    ? prose.map((s) => {
        const tokens = signatureTokens(s.tokens);
        return tokens === s.tokens ? s : { ...s, tokens };
      })
    : prose;
  // The skeleton's shingles as hashes of its windows (`skeletonShingles`' strings, not made).
  const symbols = skeleton(basis);
  const shingles = windowHashes(symbols, skeletonWindows(symbols, SHINGLE), SHINGLE);
  const anchors = new Set(anchorShingles(basis, ANCHOR_SHINGLE));
  const sig = splitSignatureOfHashes(shingles.hashes, anchors);
  return { sentences, sig, shingles: shingles.distinct + anchors.size, bands: bandKeys(sig) };
}

export type Candidate = LshCandidate;

/** Documents sharing at least one band key, most shared first. */
export async function findCandidates(
  index: ProvenanceIndex,
  bands: Int32Array,
  exclude: string,
  limit = MAX_CANDIDATES,
): Promise<Candidate[]> {
  // A band key held by many documents (a grammar's stock phrase, a name pair every report of a
  // crisis holds) tells little: its documents are not counted, and reading it stops after
  // STOP_ABOVE + 1 rows. Counted, they crowded a teaser's original out of the candidates read.
  const rare = await index.candidates(bands, exclude, limit, BUCKET_LIMIT, STOP_ABOVE);
  if (rare.length > 0 && rare[0]!.bands >= FALLBACK_BANDS) return rare;
  // Nothing found through the rare keys: a copy of a story copied many times, whose every key
  // is common. Its keys are read again, at most BUCKET_LIMIT documents each.
  return index.candidates(bands, exclude, limit, BUCKET_LIMIT);
}

/**
 * Tokenised texts of recently compared documents, by id (an id is a hash of the text, so it never
 * names another text). Copies and template reports arrive together: the same few stored
 * documents are the candidates of many new ones, and tokenising them dominated the fine check.
 */
interface Compared {
  sentences: TextSentence[];
  source: string;
  published: string | null;
}
const recentTokens = new Map<string, Compared & { words: number }>();
/** At most this many documents and this many words are remembered (memory stays flat). With
 *  stop keys the candidates are spread over more of the store than the few documents every
 *  common bucket listed first: 256 documents left 3.4 stored texts a document to read and
 *  tokenise again on the bench's 2 MB corpus, 1,024 none (the words bound is unchanged). On
 *  `spiral ingest` of the 8 MB bench corpus (two runs each): 256 took 26.1-27.7 s at 515 MiB
 *  peak, 512 23.6-24.1 s at 567 MiB, 1,024 22.0 s at 685-706 MiB, over the 600 MB the team-store
 *  issue allows. Since, a remembered text's features take 49 KB instead of 68 (`compare.ts`:
 *  one key index of integers, no empty sets) and the rest of the ingest less: at 512 the 8 MB
 *  ingest peaked at 323-339 MiB, at 1,024 at 357-373 MiB, and 1,024 still holds 4 in 5 of the
 *  stored texts checked that 512 read and tokenised again (2,699 -> 513; provenance CPU a document
 *  -10 %, `linkDocument` with its SQL, one run each on a shared machine). */
let recentTokensLimit = 1024;
const RECENT_WORDS_LIMIT = 1_000_000;
let recentWords = 0;

function rememberTokens(doc: string, compared: Compared): void {
  const old = recentTokens.get(doc);
  if (old) {
    recentTokens.delete(doc);
    // The same text met again: it moves to the newest end, as it is (no count, no copy).
    if (old.sentences === compared.sentences) {
      recentTokens.set(doc, old);
      return;
    }
    recentWords -= old.words;
  }
  const words = compared.sentences.reduce((sum, s) => sum + s.tokens.length, 0);
  recentTokens.set(doc, { ...compared, words });
  recentWords += words;
  while (recentTokens.size > recentTokensLimit || recentWords > RECENT_WORDS_LIMIT) {
    const [oldest, entry] = recentTokens.entries().next().value!;
    recentTokens.delete(oldest);
    recentWords -= entry.words;
  }
}

/**
 * Signatures of recently linked or looked-up documents, per index (an id names one text, and
 * a text has one signature): each new document reads the signatures of its 40 candidates, and
 * reading and decoding them was 4 % of copy detection's CPU on the 8 MB bench corpus. A
 * document's own signature is remembered when it is saved, so most are never read. At about
 * 800 bytes an entry, the bound keeps it near 13 MB.
 */
const recentSignatures = new WeakMap<ProvenanceIndex, Map<string, StoredSignature>>();
const RECENT_SIGNATURES_LIMIT = 16_384;

function rememberSignature(index: ProvenanceIndex, doc: string, sig: StoredSignature): void {
  let known = recentSignatures.get(index);
  if (!known) recentSignatures.set(index, (known = new Map()));
  known.delete(doc);
  known.set(doc, sig);
  if (known.size > RECENT_SIGNATURES_LIMIT) known.delete(known.keys().next().value!);
}

/** Forgets the signatures remembered for `index`: its documents were fingerprinted again. */
export function forgetSignatures(index: ProvenanceIndex): void {
  recentSignatures.delete(index);
}

/** The set sizes behind a signature (`setSizes`), by the signature itself: a stored document is
 *  a candidate of many new ones (38.5 a document on the 8 MB bench corpus), and its sizes, two
 *  sums over 64 slots, were estimated again for each. Kept while the signature is. */
const signatureSizes = new WeakMap<Uint32Array, readonly [number, number]>();

/** A candidate whose signature is gone (removed since the look-up) gets no fine check. */
const UNSCORED = { skeleton: 0, estimate: 0 };

function sizesOf(sig: Uint32Array): readonly [number, number] {
  let sizes = signatureSizes.get(sig);
  if (!sizes) signatureSizes.set(sig, (sizes = setSizes(sig)));
  return sizes;
}

async function signatureOf(index: ProvenanceIndex, doc: string): Promise<StoredSignature | null> {
  const known = recentSignatures.get(index)?.get(doc);
  if (known) return known;
  const stored = await index.signature(doc);
  if (stored) rememberSignature(index, doc, stored);
  return stored;
}

/** Sets how many texts are remembered (forgetting the oldest beyond it) and returns the
 *  previous bound: for tests that need texts pushed out without linking a thousand. */
export function rememberAtMost(docs: number): number {
  const previous = recentTokensLimit;
  recentTokensLimit = docs;
  while (recentTokens.size > recentTokensLimit) {
    const [oldest, entry] = recentTokens.entries().next().value!;
    recentTokens.delete(oldest);
    recentWords -= entry.words;
  }
  return previous;
}

export interface LinkResult {
  /** The stored document whose events this one repeats, or null when it copies nothing. */
  copyOf: string | null;
  story: string | null;
  matches: Match[];
}

/**
 * Links a document (already stored in `documents`, or about to be: only its text is read from
 * `doc`). Idempotent: a document already indexed keeps its links. `precomputed` is
 * `fingerprint(doc.text)` when a coding worker computed it already (it needs no store).
 */
export async function linkDocument(
  index: ProvenanceIndex,
  doc: DocumentRecord,
  precomputed?: Fingerprint,
): Promise<LinkResult> {
  const existing = await index.linkOf(doc.id);
  if (existing) return { copyOf: existing.copyOf, story: existing.story, matches: [] };

  const th = thesaurus();
  const fp = precomputed ?? fingerprint(doc.text);
  // The fine check (sentence alignment through WordNet) is the costly step: only the candidates
  // whose signatures agree best get it. Template reports share many bands with each other, and
  // without this cut a run of them costs tens of fine checks per document.
  const found = await findCandidates(index, fp.bands, doc.id);
  // Signatures remembered are taken as they are; the others read at once (one promise per
  // candidate for all 40 was a visible cost when nearly all are remembered).
  const known = recentSignatures.get(index);
  const sigs = found.map((c) => known?.get(c.doc));
  const missing = found.filter((_, i) => sigs[i] === undefined);
  const read = await Promise.all(missing.map((c) => signatureOf(index, c.doc)));
  for (let i = 0, m = 0; i < found.length; i++)
    if (sigs[i] === undefined) sigs[i] = read[m++] ?? undefined;
  const sizes = sizesOf(fp.sig);
  // Objects of one shape, written out, not spread copies of each of the 40 candidates.
  const estimated = found.map((c, i) => {
    const stored = sigs[i];
    const { skeleton, estimate } = stored
      ? candidateEstimate(fp.sig, sizes, stored.sig, sizesOf(stored.sig))
      : UNSCORED;
    return { doc: c.doc, bands: c.bands, estimate, skeleton };
  });
  const passing = checkable(estimated, MIN_ESTIMATE, MAX_FINE_CHECKS);
  // Texts of the candidates not remembered, read at once; tokenised only when checked.
  const rows = new Map(
    (await index.members(passing.filter((c) => !recentTokens.has(c.doc)).map((c) => c.doc))).map(
      (row) => [row.id, row] as const,
    ),
  );
  const outletOf = (c: { doc: string }): Outlet | undefined =>
    recentTokens.get(c.doc) ?? rows.get(c.doc);
  // One outlet's articles of the same day are each the same article at a second address or a
  // conflict, and a conflict must be recorded whatever story its story-mates reached (see
  // below): all are settled, beyond the budget. Only one whose skeleton signature agrees nearly
  // whole can be the same article, and only that one gets the fine check (an outlet's day of
  // articles would otherwise cost a check each).
  const sameOutlet = passing.filter((c) => {
    const outlet = outletOf(c);
    return outlet !== undefined && sameOutletSameDay(doc, outlet);
  });
  const others = passing.filter((c) => !sameOutlet.includes(c));
  let matches: Match[] = [];
  const contradicted: string[] = [];
  const sameOutletDocs = sameOutlet.filter((c) => c.skeleton < SAME_ARTICLE).map((c) => c.doc);
  const checked = [
    ...sameOutlet.filter((c) => c.skeleton >= SAME_ARTICLE),
    ...(await fineCheckOrder(
      others,
      MAX_FINE_CHECKS,
      EXTRA_FINE_CHECKS,
      async (d) => (await index.storyOf(d)) ?? d,
    )),
  ];
  // The remembered texts, taken before any is remembered anew: a candidate remembered when the
  // texts were read (so not read) but pushed out by the ones checked before it was skipped.
  const remembered = checked.map((c) => recentTokens.get(c.doc));
  for (const [at, candidate] of checked.entries()) {
    let other: Compared | undefined = remembered[at];
    if (!other) {
      const row = rows.get(candidate.doc);
      if (row === undefined) continue;
      other = {
        sentences: tokenize(fingerprintText(row.text)),
        source: row.source,
        published: row.published,
      };
    }
    rememberTokens(candidate.doc, other);
    const { comparison, verdict } = checkPair(fp.sentences, other.sentences, th);
    // One outlet's two articles of one day are a story and its follow-up, never copies; as
    // with template reports, neither may join a story holding the other (through a third). The
    // same article word for word at a second address of the outlet is one article, twice.
    if (sameOutletSameDay(doc, other) && !(verdict.isCopy && verdict.link === 'verbatim')) {
      sameOutletDocs.push(candidate.doc);
      continue;
    }
    if (verdict.contradicts) contradicted.push(candidate.doc);
    if (!verdict.isCopy) continue;
    matches.push({ doc: candidate.doc, comparison, verdict, jaccard: candidate.estimate });
  }

  const { kept, overruled } = await keepCompatible(
    index,
    doc.id,
    matches,
    contradicted,
    sameOutletDocs,
  );
  rememberTokens(doc.id, {
    sentences: fp.sentences,
    source: doc.source,
    published: doc.published,
  });

  // The caller runs this inside the document's transaction: all of it is kept or none.
  await index.saveFingerprint(doc.id, { sig: fp.sig, shingles: fp.shingles }, fp.bands);
  rememberSignature(index, doc.id, { sig: fp.sig, shingles: fp.shingles });
  for (const other of [...sameOutletDocs, ...contradicted])
    if (!overruled.has(other)) await index.saveConflict(doc.id, other);
  matches = kept;
  if (matches.length === 0) {
    await index.saveStandalone(doc.id, collocationSpin(fp.sentences, th).spin);
    return { copyOf: null, story: null, matches };
  }
  const placed = await attachToStory(index, doc, matches);
  // When the new document turns out to be the original, it still repeats the matched
  // document's events: point the pipeline at the closest match so events merge.
  const best = [...matches].sort((x, y) => y.comparison.similarity - x.comparison.similarity)[0]!;
  return { copyOf: placed.copyOf ?? best.doc, story: placed.story, matches };
}

export type { Comparison, Verdict };

/**
 * Drops matches that would put this document, or two stories it bridges, together with a
 * document it (or they) contradict: same boilerplate, other numbers. Without this, a report and
 * the next day's report would be chained through a summary that quotes no numbers. A story the
 * document matches more often than it contradicts is not vetoed (`vetoedGroups`): the
 * contradictions with its members are overruled and not recorded.
 */
async function keepCompatible(
  index: ProvenanceIndex,
  self: string,
  matches: Match[],
  contradicted: string[],
  sameOutlet: string[],
): Promise<{ kept: Match[]; overruled: Set<string> }> {
  const groupOf = async (d: string): Promise<string> => (await index.storyOf(d)) ?? d;
  const docsOf = async (group: string): Promise<string[]> => {
    const members = await index.storyDocs(group);
    return members.length > 0 ? members : [group];
  };
  const matchGroups = await Promise.all(matches.map((m) => groupOf(m.doc)));
  const contradictedGroups = await Promise.all(contradicted.map(groupOf));
  const vetoed = vetoedGroups(
    matchGroups,
    contradictedGroups,
    await Promise.all(sameOutlet.map(groupOf)),
  );
  const overruled = new Set(contradicted.filter((_, i) => !vetoed.has(contradictedGroups[i]!)));
  // Best match per group, best groups first; a group joins only if it conflicts with none kept.
  const byGroup = new Map<string, Match[]>();
  for (const [i, m] of matches.entries()) {
    const g = matchGroups[i]!;
    if (vetoed.has(g)) continue;
    byGroup.set(g, [...(byGroup.get(g) ?? []), m]);
  }
  const reached = new Map<string, ReachedGroup>();
  for (const [g, ms] of byGroup)
    reached.set(g, {
      weak: ms.map((m) => m.verdict.weak),
      size: (await docsOf(g)).length,
    });
  const joinable = joinableGroups(reached);
  for (const g of [...byGroup.keys()]) if (!joinable.has(g)) byGroup.delete(g);
  const best = (ms: Match[]): number => Math.max(...ms.map((m) => m.comparison.similarity));
  const groups = [...byGroup.entries()].sort(
    (x, y) => best(y[1]) - best(x[1]) || (x[0] < y[0] ? -1 : 1),
  );
  const keptDocs: string[] = [self];
  const kept: Match[] = [];
  const conflictsWithKept = async (docs: string[]): Promise<boolean> => {
    for (const d of docs) for (const k of keptDocs) if (await index.conflict(d, k)) return true;
    return false;
  };
  for (const [group, ms] of groups) {
    const docs = await docsOf(group);
    if (await conflictsWithKept(docs)) continue;
    keptDocs.push(...docs);
    kept.push(...ms);
  }
  return { kept, overruled };
}

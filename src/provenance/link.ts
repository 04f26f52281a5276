// Linking one new document into the provenance index: fingerprint it, look up LSH candidates
// (no corpus scan), verify each with the sentence/word alignment, then attach it to a story.
import type { Database } from 'better-sqlite3';
import type { DocumentRecord } from '../records.js';
import { compareDocuments, judge, type Comparison, type Verdict } from './compare.js';
import { bandKeys, blobToSignature, signatureToBlob, splitSignature, BANDS } from './minhash.js';
import { candidateScore, sameOutletSameDay } from './candidates.js';
import { collocationSpin } from './spin.js';
import { attachToStory, type Match } from './stories.js';
import { anchorShingles, skeleton, skeletonShingles, tokenize, type TextSentence } from './text.js';
import { thesaurus } from './thesaurus.js';

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
/** Documents read per LSH bucket: bounds the cost of a lookup whatever the size of the store. */
export const BUCKET_LIMIT = 64;

export interface Fingerprint {
  sentences: TextSentence[];
  sig: Uint32Array;
  shingles: number;
  bands: Int32Array;
}

export function fingerprint(text: string): Fingerprint {
  const sentences = tokenize(text);
  const shingles = new Set(skeletonShingles(skeleton(sentences), SHINGLE));
  const anchors = new Set(anchorShingles(sentences, ANCHOR_SHINGLE));
  const sig = splitSignature(shingles, anchors);
  return { sentences, sig, shingles: shingles.size + anchors.size, bands: bandKeys(sig) };
}

/** Stores a fingerprint in the index (signature + band keys). */
export function indexFingerprint(
  db: Database,
  doc: string,
  fp: Pick<Fingerprint, 'sig' | 'shingles' | 'bands'>,
): void {
  db.prepare('INSERT OR REPLACE INTO doc_signatures (doc, sig, shingles) VALUES (?, ?, ?)').run(
    doc,
    signatureToBlob(fp.sig),
    fp.shingles,
  );
  const insert = db.prepare('INSERT OR IGNORE INTO lsh_bands (band, hash, doc) VALUES (?, ?, ?)');
  for (let b = 0; b < BANDS; b++) insert.run(b, fp.bands[b], doc);
}

export interface Candidate {
  doc: string;
  /** Band keys shared with the query. */
  bands: number;
}

/** Documents sharing at least one band key, most shared first: an index lookup per band. */
export function findCandidates(
  db: Database,
  bands: Int32Array,
  exclude: string,
  limit = MAX_CANDIDATES,
): Candidate[] {
  // A band key shared by very many documents (template boilerplate) tells little and would make
  // the lookup grow with the store: read at most BUCKET_LIMIT documents per key.
  const lookup = db
    .prepare('SELECT doc FROM lsh_bands WHERE band = ? AND hash = ? LIMIT ?')
    .pluck();
  const hits = new Map<string, number>();
  for (let b = 0; b < BANDS; b++) {
    for (const doc of lookup.all(b, bands[b], BUCKET_LIMIT) as string[]) {
      if (doc !== exclude) hits.set(doc, (hits.get(doc) ?? 0) + 1);
    }
  }
  return [...hits.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([doc, n]) => ({ doc, bands: n }));
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
const recentTokens = new Map<string, Compared>();
const RECENT_TOKENS_LIMIT = 256;

function rememberTokens(doc: string, sentences: Compared): void {
  recentTokens.delete(doc);
  recentTokens.set(doc, sentences);
  if (recentTokens.size > RECENT_TOKENS_LIMIT) {
    recentTokens.delete(recentTokens.keys().next().value!);
  }
}

export interface LinkResult {
  /** The stored document whose events this one repeats, or null when it copies nothing. */
  copyOf: string | null;
  story: string | null;
  matches: Match[];
}

/**
 * Links a document (already stored in `documents`, or about to be: only its text is read from
 * `doc`). Idempotent: a document already indexed keeps its links.
 */
export function linkDocument(db: Database, doc: DocumentRecord): LinkResult {
  const existing = db
    .prepare('SELECT story, copy_of AS copyOf FROM document_provenance WHERE doc = ?')
    .get(doc.id) as { story: string | null; copyOf: string | null } | undefined;
  if (existing) return { copyOf: existing.copyOf, story: existing.story, matches: [] };

  const th = thesaurus();
  const fp = fingerprint(doc.text);
  const docOf = db.prepare('SELECT text, source, published FROM documents WHERE id = ?');
  const sigOf = db.prepare('SELECT sig FROM doc_signatures WHERE doc = ?').pluck();
  // The fine check (sentence alignment through WordNet) is the costly step: only the candidates
  // whose signatures agree best get it. Template reports share many bands with each other, and
  // without this cut a run of them costs tens of fine checks per document.
  const candidates = findCandidates(db, fp.bands, doc.id)
    .map((c) => {
      const blob = sigOf.get(c.doc) as Buffer | undefined;
      return { ...c, estimate: blob ? candidateScore(fp.sig, blobToSignature(blob)) : 0 };
    })
    .filter((c) => c.estimate >= MIN_ESTIMATE)
    .sort((a, b) => b.estimate - a.estimate)
    .slice(0, MAX_FINE_CHECKS);
  let matches: Match[] = [];
  const contradicted: string[] = [];
  for (const candidate of candidates) {
    let other = recentTokens.get(candidate.doc);
    if (!other) {
      const row = docOf.get(candidate.doc) as
        { text: string; source: string; published: string | null } | undefined;
      if (row === undefined) continue;
      other = { sentences: tokenize(row.text), source: row.source, published: row.published };
    }
    rememberTokens(candidate.doc, other);
    // One outlet's two articles of one day are a story and its follow-up, never copies; as
    // with template reports, neither may join a story holding the other (through a third).
    if (sameOutletSameDay(doc, other)) {
      contradicted.push(candidate.doc);
      continue;
    }
    const comparison = compareDocuments(fp.sentences, other.sentences, th);
    const verdict = judge(comparison);
    if (verdict.contradicts) contradicted.push(candidate.doc);
    if (!verdict.isCopy) continue;
    matches.push({ doc: candidate.doc, comparison, verdict, jaccard: candidate.estimate });
  }

  const kept = keepCompatible(db, doc.id, matches, contradicted);
  rememberTokens(doc.id, {
    sentences: fp.sentences,
    source: doc.source,
    published: doc.published,
  });

  return db.transaction((): LinkResult => {
    indexFingerprint(db, doc.id, fp);
    const conflict = db.prepare('INSERT OR IGNORE INTO provenance_conflicts (a, b) VALUES (?, ?)');
    for (const other of contradicted)
      conflict.run(...(doc.id < other ? [doc.id, other] : [other, doc.id]));
    matches = kept;
    const standalone = collocationSpin(fp.sentences, th).spin;
    if (matches.length === 0) {
      db.prepare(
        'INSERT OR REPLACE INTO document_provenance (doc, story, spin, copy_of) VALUES (?, NULL, ?, NULL)',
      ).run(doc.id, standalone);
      return { copyOf: null, story: null, matches };
    }
    const placed = attachToStory(db, doc, matches);
    // When the new document turns out to be the original, it still repeats the matched
    // document's events: point the pipeline at the closest match so events merge.
    const best = [...matches].sort((x, y) => y.comparison.similarity - x.comparison.similarity)[0]!;
    return { copyOf: placed.copyOf ?? best.doc, story: placed.story, matches };
  })();
}

export type { Comparison, Verdict };

/**
 * Drops matches that would put this document, or two stories it bridges, together with a
 * document it (or they) contradict: same boilerplate, other numbers. Without this, a report and
 * the next day's report would be chained through a summary that quotes no numbers.
 */
function keepCompatible(
  db: Database,
  self: string,
  matches: Match[],
  contradicted: string[],
): Match[] {
  const storyOf = db.prepare('SELECT story FROM story_members WHERE doc = ?').pluck();
  const membersOf = db.prepare('SELECT doc FROM story_members WHERE story = ?').pluck();
  const groupOf = (d: string): string => (storyOf.get(d) as string | undefined) ?? d;
  const docsOf = (group: string): string[] => {
    const members = membersOf.all(group) as string[];
    return members.length > 0 ? members : [group];
  };
  const vetoed = new Set(contradicted.map(groupOf));
  // Best match per group, best groups first; a group joins only if it conflicts with none kept.
  const byGroup = new Map<string, Match[]>();
  for (const m of matches) {
    const g = groupOf(m.doc);
    if (vetoed.has(g)) continue;
    byGroup.set(g, [...(byGroup.get(g) ?? []), m]);
  }
  const best = (ms: Match[]): number => Math.max(...ms.map((m) => m.comparison.similarity));
  const groups = [...byGroup.entries()].sort(
    (x, y) => best(y[1]) - best(x[1]) || (x[0] < y[0] ? -1 : 1),
  );
  const conflictStmt = db
    .prepare('SELECT 1 FROM provenance_conflicts WHERE a = ? AND b = ?')
    .pluck();
  const conflicts = (x: string, y: string): boolean =>
    !!conflictStmt.get(...(x < y ? [x, y] : [y, x]));
  const keptDocs: string[] = [self];
  const kept: Match[] = [];
  for (const [group, ms] of groups) {
    const docs = docsOf(group);
    if (docs.some((d) => keptDocs.some((k) => conflicts(d, k)))) continue;
    keptDocs.push(...docs);
    kept.push(...ms);
  }
  return kept;
}

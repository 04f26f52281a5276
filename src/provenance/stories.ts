// Stories: connected groups of documents linked as copies. Each story has one likely original
// (earliest published, then fewest spinner traces, then the one the others cite); every other
// member records how it relates to that original (verbatim, edited, spun, summary).
import type { Database } from 'better-sqlite3';
import type { DocumentRecord } from '../records.js';
import {
  compareDocuments,
  judge,
  type Comparison,
  type LinkKind,
  type Verdict,
} from './compare.js';
import { collocationSpin } from './spin.js';
import { tokenize, type TextSentence } from './text.js';
import { thesaurus } from './thesaurus.js';

export interface Match {
  doc: string;
  comparison: Comparison;
  verdict: Verdict;
  /** Estimated Jaccard of the skeleton shingles (from signatures). */
  jaccard: number;
}

interface MemberInfo {
  id: string;
  published: string | null;
  ingested: string;
  source: string;
  text: string;
  sentences?: TextSentence[];
  residue?: number;
}

interface Relation {
  similarity: number;
  link: LinkKind;
  substitutions: number;
  spin: number;
  copyOf: string | null;
}

const sentencesOf = (m: MemberInfo): TextSentence[] => (m.sentences ??= tokenize(m.text));
const residueOf = (m: MemberInfo): number =>
  (m.residue ??= collocationSpin(sentencesOf(m), thesaurus()).spin);

/** How many other members mention this member's outlet by name ("..., Meridian reported"). */
function citations(member: MemberInfo, members: MemberInfo[]): number {
  // Outlets are named by folder or feed ("meridian-wire") and cited by name ("(Meridian)"): the
  // first word of the outlet's name, as a whole word, is what a copy credits.
  const words = member.source
    .trim()
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((w) => w.length >= 4);
  const name = words[0] ?? '';
  if (name.length < 4 || GENERIC_OUTLET_WORDS.has(name)) return 0;
  const cite = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return members.filter(
    (m) => m.id !== member.id && m.source !== member.source && cite.test(m.text),
  ).length;
}

/** Outlet name words too common in news text to count as a citation. */
const GENERIC_OUTLET_WORDS = new Set([
  'news',
  'daily',
  'times',
  'post',
  'world',
  'global',
  'the',
  'press',
  'wire',
]);

/** Orders members so that the likely original comes first. */
export function chooseOriginal(members: MemberInfo[]): MemberInfo {
  const ranked = members.map((m) => ({ m, cited: citations(m, members) }));
  ranked.sort((x, y) => {
    const px = x.m.published ?? '9999';
    const py = y.m.published ?? '9999';
    if (px !== py) return px < py ? -1 : 1;
    const rx = residueOf(x.m);
    const ry = residueOf(y.m);
    if (Math.abs(rx - ry) > 1e-9) return rx - ry;
    if (x.cited !== y.cited) return y.cited - x.cited;
    if (x.m.ingested !== y.m.ingested) return x.m.ingested < y.m.ingested ? -1 : 1;
    return x.m.id < y.m.id ? -1 : 1;
  });
  return ranked[0]!.m;
}

function relate(member: MemberInfo, to: MemberInfo): { relation: Relation; isCopy: boolean } {
  const c = compareDocuments(sentencesOf(member), sentencesOf(to), thesaurus());
  const v = judge(c);
  return {
    isCopy: v.isCopy,
    relation: {
      similarity: c.similarity,
      link: v.link,
      substitutions: c.synonymMatches,
      spin: v.spin,
      copyOf: to.id,
    },
  };
}

export function attachToStory(
  db: Database,
  doc: DocumentRecord,
  matches: Match[],
): { story: string; copyOf: string | null } {
  const storyOf = db.prepare('SELECT story FROM story_members WHERE doc = ?').pluck();
  const storyIds = [
    ...new Set(
      matches.map((m) => storyOf.get(m.doc) as string | undefined).filter((s): s is string => !!s),
    ),
  ];

  // Keep the oldest story when the new document bridges several.
  let story: string;
  let previousOriginal: string | null = null;
  const now = new Date().toISOString();
  if (storyIds.length === 0) {
    story = `s${[...matches.map((m) => m.doc)].sort()[0]!.slice(1)}`;
    db.prepare('INSERT OR IGNORE INTO stories (id, original, created) VALUES (?, ?, ?)').run(
      story,
      matches[0]!.doc,
      now,
    );
  } else {
    const rows = db
      .prepare(
        `SELECT id, original, created FROM stories WHERE id IN (${storyIds.map(() => '?').join(',')}) ORDER BY created, id`,
      )
      .all(...storyIds) as Array<{ id: string; original: string }>;
    story = rows[0]!.id;
    previousOriginal = rows.length === 1 ? rows[0]!.original : null;
    for (const other of rows.slice(1)) {
      db.prepare('UPDATE story_members SET story = ? WHERE story = ?').run(story, other.id);
      db.prepare('UPDATE document_provenance SET story = ? WHERE story = ?').run(story, other.id);
      db.prepare('DELETE FROM stories WHERE id = ?').run(other.id);
    }
  }

  const before = new Set(
    db.prepare('SELECT doc FROM story_members WHERE story = ?').pluck().all(story) as string[],
  );
  const ids = new Set([...before, ...matches.map((m) => m.doc)]);
  ids.delete(doc.id);
  const load = db.prepare(
    'SELECT id, published, ingested, source, text FROM documents WHERE id = ?',
  );
  const members: MemberInfo[] = [...ids]
    .map((id) => load.get(id) as MemberInfo | undefined)
    .filter((m): m is MemberInfo => !!m);
  const self: MemberInfo = {
    id: doc.id,
    published: doc.published,
    ingested: doc.ingested,
    source: doc.source,
    text: doc.text,
  };
  members.push(self);

  const original = chooseOriginal(members);
  const recomputeAll = original.id !== previousOriginal;
  const existing = db.prepare(
    `SELECT m.doc, m.similarity, m.link, m.substitutions, p.spin, p.copy_of AS copyOf
       FROM story_members m LEFT JOIN document_provenance p ON p.doc = m.doc WHERE m.story = ?`,
  );
  const previous = new Map(
    (existing.all(story) as Array<Relation & { doc: string }>).map((r) => [r.doc, r] as const),
  );
  const matchOf = new Map(matches.map((m) => [m.doc, m] as const));

  const upsertMember = db.prepare(
    'INSERT OR REPLACE INTO story_members (story, doc, similarity, link, substitutions) VALUES (?, ?, ?, ?, ?)',
  );
  const upsertProvenance = db.prepare(
    'INSERT OR REPLACE INTO document_provenance (doc, story, spin, copy_of) VALUES (?, ?, ?, ?)',
  );
  let copyOfNew: string | null = null;
  for (const member of members) {
    let relation: Relation;
    if (member.id === original.id) {
      relation = {
        similarity: 1,
        link: 'original',
        substitutions: 0,
        spin: residueOf(member),
        copyOf: null,
      };
    } else if (!recomputeAll && previous.has(member.id) && member.id !== doc.id) {
      continue; // same original as before: the stored relation still holds
    } else {
      const direct = relate(member, original);
      if (direct.isCopy) relation = direct.relation;
      else {
        // A copy of a copy that no longer overlaps enough with the original (a summary of an
        // edited version): keep the link to the document it was matched with.
        const via =
          member.id === doc.id
            ? [...matches].sort((x, y) => y.comparison.similarity - x.comparison.similarity)[0]!.doc
            : matchOf.has(member.id)
              ? doc.id
              : (previous.get(member.id)?.copyOf ?? original.id);
        const target = members.find((m) => m.id === via) ?? original;
        relation = relate(member, target).relation;
      }
    }
    upsertMember.run(story, member.id, relation.similarity, relation.link, relation.substitutions);
    upsertProvenance.run(member.id, story, relation.spin, relation.copyOf);
    if (member.id === doc.id) copyOfNew = relation.copyOf;
  }
  db.prepare('UPDATE stories SET original = ? WHERE id = ?').run(original.id, story);
  return { story, copyOf: copyOfNew };
}

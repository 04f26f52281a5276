// Stories: connected groups of documents linked as copies. Each story has one likely original
// (earliest published, then fewest spinner traces, then the one the others cite); every other
// member records how it relates to that original (verbatim, edited, spun, summary).
import type { DocumentRecord } from '../records.js';
import type {
  MemberRelation as Relation,
  ProvenanceIndex,
  StoryMemberInfo,
} from '../store/provenance-index.js';
import { compareDocuments, judge, type Comparison, type Verdict } from './compare.js';
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

interface MemberInfo extends StoryMemberInfo {
  sentences?: TextSentence[];
  residue?: number;
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

export async function attachToStory(
  index: ProvenanceIndex,
  doc: DocumentRecord,
  matches: Match[],
): Promise<{ story: string; copyOf: string | null }> {
  const storyIds = [
    ...new Set(
      (await Promise.all(matches.map((m) => index.storyOf(m.doc)))).filter((s): s is string => !!s),
    ),
  ];

  // Keep the oldest story when the new document bridges several.
  let story: string;
  let previousOriginal: string | null = null;
  const now = new Date().toISOString();
  if (storyIds.length === 0) {
    story = `s${[...matches.map((m) => m.doc)].sort()[0]!.slice(1)}`;
    await index.createStory({ id: story, original: matches[0]!.doc, created: now });
  } else {
    const rows = await index.storiesByIds(storyIds);
    story = rows[0]!.id;
    previousOriginal = rows.length === 1 ? rows[0]!.original : null;
    for (const other of rows.slice(1)) await index.absorbStory(story, other.id);
  }

  const before = new Set(await index.storyDocs(story));
  const ids = new Set([...before, ...matches.map((m) => m.doc)]);
  ids.delete(doc.id);
  const members: MemberInfo[] = await index.members([...ids]);
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
  const previous = await index.relations(story);
  const matchOf = new Map(matches.map((m) => [m.doc, m] as const));

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
    await index.saveMember(story, member.id, relation);
    if (member.id === doc.id) copyOfNew = relation.copyOf;
  }
  await index.setOriginal(story, original.id);
  return { story, copyOf: copyOfNew };
}

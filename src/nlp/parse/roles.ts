// Who did what to whom, read from a dependency parse: for one verb, its subjects, objects,
// obliques with their prepositions and its clausal complements, following the links that word
// distance misses:
//   - coordination: "Russia and Belarus held drills" gives both subjects; so do objects;
//   - a shared subject: "Troops crossed the border and shelled Kharkiv" gives "shelled" its
//     subject from "crossed", and a right-shared object ("attacked and occupied Crimea") too;
//   - control: "Iran agreed to resume talks" gives "resume" Iran; "urged Iran to resume talks"
//     gives it the object of "urged"; a participle clause (", killing 20") the main subject;
//   - relative clauses: "the troops that shelled the town" gives "shelled" the troops, not "that".
import type { Parse } from './parser.js';

export interface Argument {
  /** 0-based token index of the argument's head word. */
  index: number;
  /** The relation that linked it (`nsubj`, `obj`, ...), on the verb it was found on. */
  rel: string;
  /** How it reached this verb, when not as the verb's own dependent. */
  via?: 'conj' | 'shared' | 'control' | 'relative';
}

export interface Oblique extends Argument {
  /** The preposition(s), lowercased ("against", "because of"), or null for a bare oblique. */
  prep: string | null;
}

export interface Clause {
  /** Head (usually the verb) of the clause. */
  index: number;
  rel: 'ccomp' | 'xcomp' | 'advcl' | 'csubj' | 'parataxis';
  /** Its subordinator, lowercased ("that", "to", "if"), or null. */
  mark: string | null;
}

export interface VerbRoles {
  verb: number;
  /** Active subjects (the doers): nsubj, csubj. */
  subjects: Argument[];
  /** Subjects of a passive verb (the ones acted upon): nsubj:pass. */
  passiveSubjects: Argument[];
  /** The "by" phrase of a passive (obl:agent): the doers. */
  agents: Argument[];
  objects: Argument[];
  indirectObjects: Argument[];
  obliques: Oblique[];
  clauses: Clause[];
}

export interface RoleInput {
  words: readonly string[];
  tags: readonly string[];
}

/** English marks the doer of a passive with "by" (UD's obl:agent). */
const PASSIVE_AGENT_MARK = 'by';
const CLAUSE_RELS = new Set(['ccomp', 'xcomp', 'advcl', 'csubj', 'parataxis']);
/**
 * Subordinators of time and manner whose "-ing" clause is done by the main clause's subject:
 * "Macron welcomed the release while calling on Tehran to ...", "seized power two days after
 * declaring martial law", "responded by expelling". Not "of", "for" or "from", whose gerund is
 * the object's ("accused Kosovo of provoking", "thanked Turkey for hosting").
 */
const SUBJECT_CONTROL_MARKS: ReadonlySet<string> = new Set([
  'while',
  'whilst',
  'after',
  'before',
  'when',
  'upon',
  'by',
]);
/** A Universal Dependencies relation without its subtype ("nmod:poss" -> "nmod"). */
export const baseRelation = (rel: string): string => rel.split(':')[0]!;
const base = baseRelation;
/**
 * Case markers that open the members of a group named before them: "by several countries,
 * including Russia and Nicaragua", "by members such as France" (the parser hangs the members
 * from the group noun as an `nmod` marked so).
 */
const LIST_MARKS: ReadonlySet<string> = new Set(['including', 'such as', 'like']);
/** Words that open a relative clause and stand for its noun. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
/** Relations by which the parser hangs a list of members from its group noun. */
const MEMBER_RELS: ReadonlySet<string> = new Set(['nmod', 'appos']);

/** Dependents of every token, in sentence order. */
export function dependents(parse: Parse): number[][] {
  const out: number[][] = parse.head.map(() => []);
  parse.head.forEach((h, i) => {
    if (h >= 0) out[h]!.push(i);
  });
  return out;
}

/** A finder for one parsed sentence; build it once and ask about each verb. */
export class Roles {
  private readonly deps: number[][];

  constructor(
    private readonly sentence: RoleInput,
    private readonly parse: Parse,
  ) {
    if (parse.head.length !== sentence.words.length) {
      throw new RangeError(`roles: ${sentence.words.length} words but ${parse.head.length} heads`);
    }
    this.deps = dependents(parse);
  }

  of(verb: number): VerbRoles {
    return this.find(verb, 0);
  }

  private find(verb: number, depth: number): VerbRoles {
    const { deprel, head } = this.parse;
    const r: VerbRoles = {
      verb,
      subjects: [],
      passiveSubjects: [],
      agents: [],
      objects: [],
      indirectObjects: [],
      obliques: [],
      clauses: [],
    };
    for (const d of this.deps[verb] ?? []) {
      const rel = deprel[d]!;
      if (rel === 'nsubj' || rel === 'csubj' || rel === 'nsubj:outer') this.add(r.subjects, d, rel);
      else if (rel === 'nsubj:pass' || rel === 'csubj:pass') this.add(r.passiveSubjects, d, rel);
      else if (rel === 'obl:agent') this.add(r.agents, d, rel);
      else if (rel === 'obj') this.add(r.objects, d, rel);
      else if (rel === 'iobj') this.add(r.indirectObjects, d, rel);
      else if (base(rel) === 'obl') {
        const prep = this.caseOf(d);
        for (const a of this.withConjuncts(d, rel)) r.obliques.push({ ...a, prep });
      } else if (CLAUSE_RELS.has(base(rel))) {
        r.clauses.push({ index: d, rel: base(rel) as Clause['rel'], mark: this.markOf(d) });
      }
    }
    // The parser often labels a passive's "by" phrase plain `obl` (obl:agent is rare in its
    // training data); on a passive verb, that phrase is the doer all the same.
    const passive =
      r.passiveSubjects.length > 0 || (this.deps[verb] ?? []).some((d) => deprel[d] === 'aux:pass');
    if (passive) {
      for (const o of r.obliques.filter((x) => x.prep === PASSIVE_AGENT_MARK && x.rel === 'obl')) {
        r.agents.push({ index: o.index, rel: o.rel, ...(o.via ? { via: o.via } : {}) });
      }
      r.obliques = r.obliques.filter((x) => !(x.prep === PASSIVE_AGENT_MARK && x.rel === 'obl'));
    }
    const rel = deprel[verb] ?? '';
    const up = head[verb] ?? -1;
    // Missing arguments from the verb this one hangs from (bounded: chains are short in practice).
    if (up >= 0 && depth < 8 && !r.subjects.length && !r.passiveSubjects.length) {
      if (rel === 'conj') {
        const parent = this.find(up, depth + 1);
        r.subjects = parent.subjects.map((a) => ({ ...a, via: 'shared' as const }));
        r.passiveSubjects = parent.passiveSubjects.map((a) => ({ ...a, via: 'shared' as const }));
      } else if (rel === 'xcomp' || (rel === 'advcl' && this.controlledAdjunct(verb))) {
        // Object control ("urged Iran to stop") before subject control ("agreed to stop").
        const parent = this.find(up, depth + 1);
        const controller =
          rel === 'xcomp' && parent.objects.length
            ? parent.objects
            : parent.subjects.length
              ? parent.subjects
              : parent.agents;
        r.subjects = controller.map((a) => ({ ...a, via: 'control' as const }));
      } else if (rel === 'acl' && this.markOf(verb) && this.controlledAdjunct(verb)) {
        // "closed its airspace on Wednesday, a month after cutting ties": the clause hangs from
        // a noun of time; its doer is the subject of the verb that noun's phrase belongs to.
        const main = this.governingVerb(up);
        if (main >= 0)
          r.subjects = this.find(main, depth + 1).subjects.map((a) => ({
            ...a,
            via: 'control' as const,
          }));
      }
    }
    if (up >= 0 && rel === 'conj' && !r.objects.length && depth < 8) {
      // A right-shared object hangs from the first conjunct but follows this one.
      const parent = this.find(up, depth + 1);
      r.objects = parent.objects
        .filter((a) => a.index > verb)
        .map((a) => ({ ...a, via: 'shared' as const }));
    }
    if (rel === 'acl:relcl' && up >= 0) {
      // The relative word stands for the noun the clause modifies.
      for (const list of [r.subjects, r.passiveSubjects, r.objects]) {
        for (let i = 0; i < list.length; i++) {
          const a = list[i]!;
          if (this.isRelativiser(a.index, verb))
            list[i] = { index: up, rel: a.rel, via: 'relative' };
        }
      }
      const opener = this.subjectlessOpener(verb, passive);
      if (opener >= 0) {
        // "an Omani team that had mediated between the two sides": the tagger read "that" as a
        // conjunction (or "mediated" as an adjective) and the parser hung it as an object or a
        // marker; an active relative clause with no subject of its own is its noun's act.
        r.objects = r.objects.filter((a) => a.index !== opener);
        r.subjects = [{ index: up, rel: 'nsubj', via: 'relative' }];
      }
    }
    return r;
  }

  /**
   * The members a noun's group is named by ("several countries, including Russia and
   * Nicaragua" gives Russia and Nicaragua for "countries"), with their conjuncts; [] when the
   * noun has none.
   */
  listedMembers(noun: number): number[] {
    const out: number[] = [];
    for (const d of this.deps[noun] ?? []) {
      if (!MEMBER_RELS.has(base(this.parse.deprel[d]!))) continue;
      const mark = this.caseOf(d);
      if (mark === null || !LIST_MARKS.has(mark)) continue;
      for (const a of this.withConjuncts(d, 'nmod')) out.push(a.index);
    }
    return out;
  }

  /** `d` and every word coordinated with it ("Russia, Belarus and China"). */
  private withConjuncts(d: number, rel: string): Argument[] {
    const out: Argument[] = [{ index: d, rel }];
    const queue = [d];
    while (queue.length) {
      const x = queue.shift()!;
      for (const c of this.deps[x] ?? []) {
        if (this.parse.deprel[c] === 'conj') {
          out.push({ index: c, rel, via: 'conj' });
          queue.push(c);
        }
      }
    }
    return out;
  }

  private add(list: Argument[], d: number, rel: string): void {
    list.push(...this.withConjuncts(d, rel));
  }

  /** The case marker(s) of a nominal, with a fixed expression's other words ("because of"). */
  private caseOf(d: number): string | null {
    const words: number[] = [];
    for (const c of this.deps[d] ?? []) {
      if (this.parse.deprel[c] !== 'case') continue;
      words.push(c);
      for (const f of this.deps[c] ?? []) if (this.parse.deprel[f] === 'fixed') words.push(f);
    }
    if (!words.length) return null;
    return words
      .sort((a, b) => a - b)
      .map((i) => this.sentence.words[i]!.toLowerCase())
      .join(' ');
  }

  /**
   * An adverbial clause whose subject is the main clause's: one with no marker (", killing 20"),
   * or a gerund after a subordinator of time or manner ("while calling", "after seizing").
   */
  private controlledAdjunct(verb: number): boolean {
    const mark = this.markOf(verb);
    if (!mark) return true;
    return (
      SUBJECT_CONTROL_MARKS.has(mark) &&
      this.sentence.tags[verb] === 'VERB' &&
      /ing$/i.test(this.sentence.words[verb]!)
    );
  }

  /** The nearest verb at or above `i` (a few links up, as time phrases nest), or -1. */
  private governingVerb(i: number): number {
    for (let k = i, steps = 0; k >= 0 && steps < 4; k = this.parse.head[k] ?? -1, steps++)
      if (this.sentence.tags[k] === 'VERB') return k;
    return -1;
  }

  private markOf(d: number): string | null {
    for (const c of this.deps[d] ?? []) {
      const rel = this.parse.deprel[c];
      if (rel === 'mark') return this.sentence.words[c]!.toLowerCase();
    }
    return null;
  }

  /**
   * The relative word ("that", "which", "who") that opens the active relative clause at `verb`
   * when the clause has no subject, however it was tagged and attached; -1 otherwise (a clause
   * with a subject, "the deal that Iran signed", keeps its own).
   */
  private subjectlessOpener(verb: number, passive: boolean): number {
    if (passive) return -1;
    const own = this.deps[verb] ?? [];
    if (
      own.some(
        (d) => base(this.parse.deprel[d]!) === 'nsubj' || base(this.parse.deprel[d]!) === 'csubj',
      )
    )
      return -1;
    const first = own.find((d) => this.parse.deprel[d] !== 'punct');
    if (first === undefined || first > verb) return -1;
    return RELATIVE_WORDS.has(this.sentence.words[first]!.toLowerCase()) ? first : -1;
  }

  /** A pronoun opening a relative clause ("that", "which", "who") before its verb. */
  private isRelativiser(index: number, verb: number): boolean {
    if (this.sentence.tags[index] !== 'PRON' || index > verb) return false;
    for (const c of this.deps[verb] ?? [])
      if (c < index && this.parse.deprel[c] !== 'punct') return false;
    return true;
  }
}

/** Roles of one verb (token index) in a parsed sentence. */
export function verbRoles(sentence: RoleInput, parse: Parse, verb: number): VerbRoles {
  return new Roles(sentence, parse).of(verb);
}

// The actor matcher: finds actor phrases in a sentence and composes their parts into one code.
// "Russian Foreign Minister Sergei Lavrov" is one phrase: a state word gives the root, the title
// gives the sector, the person (resolved by the date) wins over both. Pure: no I/O after loading.
import type { Actor } from '../records.js';
import { expandPending, holdsPhrases, type ActorDictionary, type Atom } from './dictionary.js';
import type { BodyPeriod, PersonEntry, TitleEntry } from './schema.js';
import { concurrentOffice, officeOn, pickPerson } from './tenure.js';
import { caseMatches, foldText, tokenize, type Token } from './tokens.js';
import { actorRecord, withRoot, withText } from './actor-record.js';

export interface ActorSpan {
  start: number;
  end: number;
  text: string;
  actor: Actor;
  kind: 'state' | 'organisation' | 'person' | 'office' | 'sector';
  /** true when the span is a nationality/adjective modifier only ("Russian" in "Russian gas"). */
  adjectiveOnly?: boolean;
  /** The office or sector noun the phrase was built on ("foreign minister", "troops"), if any. */
  title?: string;
  /** A bare state or capital after "in", "at", "near"...: most likely a place, not an actor. */
  locative?: boolean;
  /** "the two Koreas": the phrase names two states, `actor` and this one. */
  pair?: Actor;
}

type RootAtom = Extract<Atom, { type: 'root' }>;
type TitleAtom = Extract<Atom, { type: 'title' }>;

interface RootUnit {
  kind: 'root';
  start: number;
  end: number;
  code: string;
  rootKind: 'state' | 'organisation';
  sector: string;
  /** Only adjective forms matched ("Russian", not "U.S." which is also a name). */
  adjectiveOnly: boolean;
  /** Only a region ("Donbas"): gives a root to a group noun but is never an actor alone. */
  weak: boolean;
  /** A body, capital or organisation: a role noun after it takes its sector ("Pentagon spokesman"). */
  institution: boolean;
  /** The body's other sectors by date ("the Taliban" governed from 2021-08-15). */
  periods?: BodyPeriod[];
}
interface TitleUnit {
  kind: 'title';
  start: number;
  end: number;
  title: TitleEntry;
  canonical: string;
  capitalised: boolean;
}
interface PersonUnit {
  kind: 'person';
  start: number;
  end: number;
  people: PersonEntry[];
}
interface OtherUnit {
  kind: 'modifier' | 'support';
  start: number;
  end: number;
  word: string;
}
type Unit = RootUnit | TitleUnit | PersonUnit | OtherUnit;

interface Match {
  len: number;
  atoms: Atom[];
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'into',
  'inside',
  'outside',
  'across',
  'throughout',
  'around',
  'within',
  'toward',
  'towards',
]);
// A location after one of these heads does not say whose they are ("troops in Ukraine").
const LOCATION_KEEPS_ROOT_EMPTY = new Set(['MIL', 'DIP']);
// Sectors of a state's own institutions: named after an armed movement ("Houthi government",
// "Tigrayan forces", "the RSF commander", "Abkhaz authorities") they are the movement's, REB.
const INSTITUTION_SECTORS = new Set(['', 'GOV', 'MIL', 'COP', 'LEG', 'DIP', 'SPY', 'JUD']);
// "Houthi-run", "Hamas-run", "Serbian-run": the hyphened word says who runs the noun after it,
// which is theirs (unlike "-backed" or "-made", `relations`, where the country is not the actor).
const OWNER_WORDS = new Set(['run']);
const NAME_TOKEN = /^[A-Z][a-z]+$/;
const NOT_NAMES = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
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
  'The',
  'On',
  'In',
  'At',
  'And',
  'But',
  'Said',
  'Says',
  'Told',
  'Has',
  'Had',
  'Was',
  'Is',
  'Will',
  'Would',
  'Who',
  'That',
  'This',
  'It',
]);

// Nouns that show a bare title is used as an adjective ("an official visit", "military drills"):
// without a root such a phrase is not an actor.
const ATTRIBUTIVE_NOUNS = new Set([
  'visit',
  'visits',
  'trip',
  'statement',
  'statements',
  'figures',
  'data',
  'results',
  'documents',
  'talks',
  'meeting',
  'position',
  'language',
  'website',
  'residence',
  'ceremony',
  'drills',
  'exercises',
  'exercise',
  'aid',
  'assistance',
  'equipment',
  'hardware',
  'spending',
  'budget',
  'operation',
  'operations',
  'buildup',
  'build',
  'activity',
  'activities',
  'infrastructure',
  'base',
  'bases',
  'presence',
  'intervention',
  'action',
  'vehicles',
  'vehicle',
  'convoy',
  'convoys',
  'helicopter',
  'helicopters',
  'aircraft',
  'plane',
  'planes',
  'cargo',
  'camp',
  'positions',
  'targets',
  'facilities',
  'facility',
  'site',
  'sites',
  'channels',
  'capabilities',
  'option',
  'options',
  'threat',
  'conflict',
  'escalation',
  'solution',
  'cooperation',
  'ties',
  'pressure',
  'campaign',
  'offensive',
  'doctrine',
  'experts',
  'analysts',
  'observers',
  'sources',
  'report',
  'reports',
  'coverage',
  'reform',
  'reforms',
  'control',
  'custody',
  'power',
  'crisis',
  'policy',
  'decision',
  'decisions',
  'order',
  'orders',
  'spokesperson',
]);

/** Longest dictionary phrase starting at token i whose words also pass the case rules. */
function matchAt(dict: ActorDictionary, tokens: Token[], i: number): Match | null {
  if (i >= tokens.length) return null;
  let node = dict.trie.next.get((tokens[i] as Token).lower);
  if (!node) return null;
  // Imported people wait for their first two words (dictionary.ts, `expandPending`).
  if (node.pending !== undefined && i + 1 < tokens.length)
    expandPending(dict, node, (tokens[i + 1] as Token).lower);
  let best: Match | null = null;
  for (let j = i; ;) {
    if (node.atoms.length > 0) {
      const atoms = casesMatching(node.atoms, tokens, i);
      if (atoms !== null) best = { len: j - i + 1, atoms };
    }
    j++;
    if (j >= tokens.length) break;
    const child = node.next.get((tokens[j] as Token).lower);
    if (!child) break;
    node = child;
  }
  return best;
}

/**
 * The atoms whose words the text's words at `i` match by the case rules, or null for none. A
 * loop, not filter and every with closures: it runs at every dictionary word of every sentence.
 */
function casesMatching(atoms: Atom[], tokens: Token[], i: number): Atom[] | null {
  let out: Atom[] | null = null;
  for (const atom of atoms) {
    const words = atom.tokens;
    let k = 0;
    while (k < words.length && caseMatches(words[k]!, (tokens[i + k] as Token).text)) k++;
    if (k === words.length) (out ??= []).push(atom);
  }
  return out;
}

/** What readUnits asks of a match's atoms, read in one pass over them. */
interface AtomKinds {
  nonActor: boolean;
  /** People named (a weak name only after a title). */
  people: PersonEntry[] | null;
  roots: RootAtom[] | null;
  title: TitleAtom | undefined;
  modifier: Extract<Atom, { type: 'modifier' }> | undefined;
}

function kindsOf(atoms: Atom[], afterTitle: boolean): AtomKinds {
  const kinds: AtomKinds = {
    nonActor: false,
    people: null,
    roots: null,
    title: undefined,
    modifier: undefined,
  };
  for (const a of atoms) {
    if (a.type === 'nonActor') kinds.nonActor = true;
    else if (a.type === 'person') {
      if (!a.weak || afterTitle) (kinds.people ??= []).push(a.person);
    } else if (a.type === 'root') (kinds.roots ??= []).push(a);
    else if (a.type === 'title') kinds.title ??= a;
    else if (a.type === 'modifier') kinds.modifier ??= a;
  }
  return kinds;
}

/**
 * A machine's model designation ("F-16", "Su-24", "MQ-9", "B-1B", "S-400", "Shahed-136"): a
 * capitalised word of up to seven letters, a hyphen and a number (a letter or two may end it).
 * The one test of that form, for the actor matcher's tokens and the coder's alike.
 */
export const isModelDesignation = (text: string): boolean =>
  /^[A-Z][A-Za-z]{0,6}-\d{1,4}[A-Z]{0,2}$/.test(text);

/**
 * Tokens of a model designation at `p`, which this tokenizer splits at the hyphen, written as
 * one word (`isModelDesignation`): 3, or 0 when none.
 */
function modelLength(tokens: Token[], p: number): number {
  const t = tokens[p];
  const n = tokens[p + 2];
  if (!t || !n || !hyphenAfter(tokens, p)) return 0;
  return isModelDesignation(`${t.text}-${n.text}`) ? 3 : 0;
}

/** A hyphen glued to the tokens on both sides ("Moscow-backed"), right after token i. */
function hyphenAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const h = tokens[i + 1];
  const n = tokens[i + 2];
  return !!t && !!h && !!n && h.text === '-' && h.start === t.end && n.start === h.end;
}

function hyphenBefore(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const h = tokens[i - 1];
  const p = tokens[i - 2];
  return !!t && !!h && !!p && h.text === '-' && h.end === t.start && p.end === h.start;
}

function rootUnit(atoms: RootAtom[], start: number, end: number): RootUnit {
  const code = (atoms[0] as RootAtom).code;
  const same = atoms.filter((a) => a.code === code);
  const sectorAtom = same.find((a) => a.sector !== '');
  const periods = same.find((a) => a.periods !== undefined)?.periods;
  return {
    kind: 'root',
    start,
    end,
    code,
    rootKind: (atoms[0] as RootAtom).rootKind,
    sector: sectorAtom?.sector ?? '',
    adjectiveOnly: same.every((a) => a.role === 'adjective'),
    weak: same.every((a) => a.role === 'place'),
    institution: same.some(
      (a) => a.role === 'body' || a.role === 'capital' || a.rootKind === 'organisation',
    ),
    ...(periods !== undefined ? { periods } : {}),
  };
}

/** A root's sector on `date`: a body's period holding the date, else its usual sector. */
function sectorOn(unit: RootUnit, date: string | null): string {
  if (unit.periods === undefined || date === null) return unit.sector;
  const day = date.slice(0, 10);
  const held = unit.periods.find((p) => p.start <= day && (p.end === null || day < p.end));
  return held ? held.sector : unit.sector;
}

/**
 * The sector of a title named after an armed movement: a movement fighting the state
 * (REB on the date) makes the state-like institutions it names its own ("Houthi government",
 * "Tigrayan forces": REB); a movement that has taken power (a REB body GOV on the date) has an
 * army, not rebels ("Taliban fighters" after August 2021: MIL). Other titles keep their sector
 * ("Houthi-run health ministry" HLH, "Tigrayan civilians" CVL).
 */
function movementSector(
  movement: RootUnit | undefined,
  title: string,
  date: string | null,
): string {
  if (movement === undefined) return title;
  const now = sectorOn(movement, date);
  if (now === 'REB' && INSTITUTION_SECTORS.has(title)) return 'REB';
  if (now === 'GOV' && movement.sector === 'REB' && title === 'REB') return 'MIL';
  return title;
}

function titleUnit(atom: TitleAtom, tokens: Token[], start: number, end: number): TitleUnit {
  const first = (tokens[start] as Token).text;
  return {
    kind: 'title',
    start,
    end,
    title: atom.title,
    canonical: atom.canonical,
    capitalised: first[0] !== undefined && first[0] >= 'A' && first[0] <= 'Z',
  };
}

const isStrongRoot = (u: Unit): u is RootUnit => u.kind === 'root' && !u.weak;

/** Reads the actor phrase units starting at token p (after any determiner). */
function readUnits(
  dict: ActorDictionary,
  tokens: Token[],
  p: number,
): { units: Unit[]; blockedUntil?: number } {
  const units: Unit[] = [];
  while (p < tokens.length) {
    const tok = tokens[p] as Token;
    // "pro-Russian": a sympathy, not an actor; "anti-government": a plain modifier.
    if ((tok.lower === 'pro' || tok.lower === 'anti') && hyphenAfter(tokens, p)) {
      const m = matchAt(dict, tokens, p + 2);
      const len = m ? m.len : 1;
      units.push({
        kind: tok.lower === 'pro' ? 'support' : 'modifier',
        start: p,
        end: p + 2 + len,
        word: tok.lower,
      });
      p += 2 + len;
      continue;
    }
    const model = units.length > 0 ? modelLength(tokens, p) : 0;
    if (model > 0) {
      // "Turkish F-16 fighters", "a Russian Su-27 fighter jet": a machine's model designation
      // between the nationality and the machine names no one; read on when the machine follows.
      const machineAt = (q: number): boolean => {
        const next = matchAt(dict, tokens, q);
        return next !== null && kindsOf(next.atoms, false).title !== undefined;
      };
      const name = tokens[p + model];
      const named =
        name !== undefined && /^[A-Z][a-z]+$/.test(name.text) && machineAt(p + model + 1);
      if (!named && !machineAt(p + model)) break;
      p += named ? model + 1 : model;
      continue;
    }
    const m = matchAt(dict, tokens, p);
    if (!m) break;
    const end = p + m.len;
    const last = units[units.length - 1];
    const { nonActor, people, roots, title, modifier } = kindsOf(m.atoms, last?.kind === 'title');
    if (nonActor) {
      if (units.length === 0) return { units, blockedUntil: end };
      break;
    }
    if (people !== null) {
      // "Foreign Minister Abbas Araqchi": a one-word form of a known person ("Abbas") that the
      // name goes on from is another person's first name; the phrase keeps its title and state.
      if (m.len === 1 && nameGoesOn(dict, tokens, end)) break;
      units.push({ kind: 'person', start: p, end, people });
      break; // a name ends the phrase
    }
    if (roots !== null && last?.kind === 'modifier' && last.word === 'ethnic') {
      // "ethnic Serbs", "ethnic Albanian mayors": a people, not the citizens of the state the
      // people is named after; where they live gives the root ("Kosovo's ethnic Serbs" XKX).
      const people = ethnicPeople(roots, tokens, p, end);
      if (people !== null) {
        units.push(people);
        p = end;
        continue;
      }
    }
    if (roots !== null) {
      // "Moscow-backed rebels": the country backs the actor, it is not the actor.
      if (hyphenAfter(tokens, end - 1)) {
        const rel = matchAt(dict, tokens, end + 1);
        if (rel && rel.atoms.some((a) => a.type === 'relation')) {
          units.push({ kind: 'support', start: p, end: end + 1 + rel.len, word: 'backed' });
          p = end + 1 + rel.len;
          continue;
        }
      }
      const unit = rootUnit(roots, p, end);
      const owner = hyphenAfter(tokens, end - 1) && OWNER_WORDS.has(tokens[end + 1]?.lower ?? '');
      const existing = units.find(isStrongRoot);
      const clashes =
        !unit.weak &&
        ((existing && existing.code !== unit.code) || units.some((u) => u.kind === 'title'));
      if (clashes) {
        // "the Russian Security Council": a generic body name after a state word is a title.
        if (title) {
          units.push(titleUnit(title, tokens, p, end));
          p = end;
          continue;
        }
        break;
      }
      units.push(unit);
      p = owner ? end + 2 : end;
      if (tokens[p]?.text === "'s") p++; // "Russia's Foreign Ministry"
      continue;
    }
    if (title) {
      units.push(titleUnit(title, tokens, p, end));
      p = end;
      continue;
    }
    if (modifier) {
      units.push({ kind: 'modifier', start: p, end, word: modifier.word });
      p = end;
      continue;
    }
    break;
  }
  return { units };
}

/** The civilians a people's name stands for ("ethnic Serbs"): a group title of their own. */
const PEOPLE_ATOM: TitleAtom = {
  type: 'title',
  tokens: [],
  title: { forms: ['people'], sector: 'CVL', type: 'group' },
  canonical: 'people',
};

/**
 * After "ethnic", a state's demonym is a people (a group noun, CVL) and its adjective a plain
 * modifier ("ethnic Albanian mayors"); null when the word is the state's name or one of its bodies.
 */
function ethnicPeople(roots: RootAtom[], tokens: Token[], start: number, end: number): Unit | null {
  if (!roots.every((a) => a.role === 'adjective' || a.role === 'demonym')) return null;
  if (roots.some((a) => a.role === 'demonym')) return titleUnit(PEOPLE_ATOM, tokens, start, end);
  return { kind: 'modifier', start, end, word: 'ethnic' };
}

/**
 * Whether a capitalised word at `i` carries a name on: a name-shaped word (`NAME_TOKEN`, not one
 * of `NOT_NAMES`: weekdays, months, sentence words) the dictionary does not know, and not a
 * Title Case run (a headline's "Abbas Meets Blinken", where the word after it is capitalised too).
 * The same test as the unknown names read after a capitalised office, in `parseAt`.
 */
function nameGoesOn(dict: ActorDictionary, tokens: Token[], i: number): boolean {
  const next = tokens[i];
  if (next === undefined || next.start === tokens[i - 1]?.end) return false;
  if (!NAME_TOKEN.test(next.text) || NOT_NAMES.has(next.text)) return false;
  if (dict.trie.next.has(next.lower)) return false;
  const after = tokens[i + 1];
  return after === undefined || !/^\p{Lu}/u.test(after.text);
}

/**
 * "Putin's spokesman": a possessive person gives the root to the title after it. So does a
 * person named as the modifier of a body after "the" ("the Biden administration", "the Macron
 * government"): wire news names a government by its leader that way, and the leader's office on
 * the sentence's date says whose it is.
 */
function possessivePerson(
  dict: ActorDictionary,
  tokens: Token[],
  units: Unit[],
  date: string | null,
): Unit[] {
  const last = units[units.length - 1];
  if (last?.kind !== 'person') return units;
  const possessive = tokens[last.end]?.text === "'s";
  if (!possessive && !leaderModifier(tokens, units, last)) return units;
  const person = pickPerson(last.people, date);
  if (!person) return units;
  const rest = readUnits(dict, tokens, possessive ? last.end + 1 : last.end).units;
  if (possessive && !rest.some((u) => u.kind === 'title' || u.kind === 'person')) return units;
  if (!possessive && !(rest[0]?.kind === 'title' && rest[0].title.type === 'body')) return units;
  const { office } = officeOn(person, date);
  const asRoot: RootUnit = {
    kind: 'root',
    start: last.start,
    end: last.end,
    code: office.root,
    rootKind: dict.organisations.has(office.root) ? 'organisation' : 'state',
    sector: '',
    adjectiveOnly: false,
    weak: false,
    institution: false,
  };
  return [...units.slice(0, -1), asRoot, ...rest];
}

/** "the Biden administration": the person is the phrase's only unit, right after "the". */
function leaderModifier(tokens: Token[], units: Unit[], person: PersonUnit): boolean {
  return units.length === 1 && tokens[person.start - 1]?.lower === 'the';
}

interface Location {
  end: number;
  root: RootUnit;
  /** Sector of an institution named after "of" ("the spokesman of the Ukrainian army": MIL). */
  sector?: string;
}

/** "in eastern Ukraine", "of Russia", "to the United States" after a title. */
function readLocation(
  dict: ActorDictionary,
  tokens: Token[],
  p: number,
  head: TitleUnit,
): Location | null {
  const prep = tokens[p]?.lower;
  if (prep === undefined) return null;
  const diplomatic = head.title.sector === 'DIP' || head.title.topSector !== undefined;
  if (!(
    prep === 'of' ||
    prep === 'in' ||
    prep === 'at' ||
    ((prep === 'to' || prep === 'for') && diplomatic)
  ))
    return null;
  let q = p + 1;
  if (DETERMINERS.has(tokens[q]?.lower ?? '')) q++;
  for (;;) {
    const m = matchAt(dict, tokens, q);
    if (!m) return null;
    const roots = m.atoms.filter((a): a is RootAtom => a.type === 'root');
    if (roots.length > 0) {
      const root = rootUnit(roots, q, q + m.len);
      if (prep === 'of') {
        // "the General Staff of the Ukrainian Armed Forces": the institution gives root and sector.
        const inner = readUnits(dict, tokens, q).units;
        const lastInner = inner[inner.length - 1];
        if (lastInner?.kind === 'title' && inner.some(isStrongRoot)) {
          return { end: lastInner.end, root, sector: lastInner.title.sector };
        }
      }
      if (root.adjectiveOnly) return null; // "Ukrainian" alone after "of" is not a place
      return { end: q + m.len, root };
    }
    if (!m.atoms.some((a) => a.type === 'modifier')) return null;
    q += m.len; // "in eastern Ukraine"
  }
}

/** The last unit that can head the phrase; needs-root titles only count when a root is present. */
function headIndex(units: Unit[], hasRoot: boolean): number {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.kind === 'person') return k;
    if (u.kind === 'title' && (!u.title.needsRoot || hasRoot)) return k;
    if (u.kind === 'root' && !u.weak) return k;
  }
  return -1;
}

interface Parsed {
  span: ActorSpan | null;
  /** Token index to continue from. */
  next: number;
}

function parseAt(
  dict: ActorDictionary,
  text: string,
  tokens: Token[],
  i: number,
  date: string | null,
): Parsed {
  let p = i;
  if (DETERMINERS.has((tokens[p] as Token).lower)) p++;
  if (p >= tokens.length) return { span: null, next: i + 1 };
  const read = readUnits(dict, tokens, p);
  if (read.blockedUntil !== undefined) return { span: null, next: read.blockedUntil };
  let units = possessivePerson(dict, tokens, read.units, date);

  // Cut the phrase after its head; a needs-root title may still get its root from "of X".
  let location: Location | null = null;
  const strongRoot = units.some(isStrongRoot);
  let h = headIndex(units, true);
  if (h < 0) return { span: null, next: i + 1 };
  units = units.slice(0, h + 1);
  const head = units[h] as Unit;
  if (head.kind === 'title') location = readLocation(dict, tokens, head.end, head);
  if (
    head.kind === 'title' &&
    head.title.needsRoot &&
    !strongRoot &&
    !(location && !location.root.weak)
  ) {
    location = null;
    units = units.slice(0, h);
    h = headIndex(units, false);
    if (h < 0) return { span: null, next: i + 1 };
    units = units.slice(0, h + 1);
  }

  const last = units[units.length - 1] as Unit;
  const after = tokens[location ? location.end : last.end];
  if (
    last.kind === 'title' &&
    !strongRoot &&
    !location &&
    after &&
    ATTRIBUTIVE_NOUNS.has(after.text)
  ) {
    return { span: null, next: last.end };
  }

  const span = resolve(dict, text, tokens, units, location, date);
  if (!span) return { span: null, next: i + 1 };
  const lastTok = span.endTok;
  return { span: span.span, next: Math.max(lastTok, i + 1) };
}

function resolve(
  dict: ActorDictionary,
  text: string,
  tokens: Token[],
  units: Unit[],
  location: Location | null,
  date: string | null,
): { span: ActorSpan; endTok: number } | null {
  const head = units[units.length - 1] as Unit;
  const titles = units.filter((u): u is TitleUnit => u.kind === 'title');
  const roots = units.filter((u): u is RootUnit => u.kind === 'root');
  const strong = roots.find((u) => !u.weak);
  const modifiers = new Set(units.flatMap((u) => (u.kind === 'modifier' ? [u.word] : [])));
  const personUnit = head.kind === 'person' ? head : undefined;
  let endTok = location ? location.end : head.end;

  // Unknown names after a capitalised office ("Foreign Minister Gabrielius Landsbergis").
  if (head.kind === 'title' && head.title.type === 'person' && head.capitalised && !location) {
    let q = endTok;
    while (
      q < endTok + 3 &&
      NAME_TOKEN.test(tokens[q]?.text ?? '') &&
      !NOT_NAMES.has((tokens[q] as Token).text)
    ) {
      if (matchAt(dict, tokens, q)) break;
      q++;
    }
    endTok = q;
  }

  const bareRoots = titles.length === 0 && !personUnit;
  const first = bareRoots ? (roots[0] as Unit) : (units[0] as Unit);
  const startTok = first.start;
  const start = (tokens[startTok] as Token).start;
  const end = (tokens[endTok - 1] as Token).end;
  const surface = text.slice(start, end);

  let root = strong?.code ?? '';
  let rootKind: 'state' | 'organisation' = strong?.rootKind ?? 'state';
  let entry: string | undefined = strong?.code;
  let sector = '';
  let kind: ActorSpan['kind'];
  let titleWord: string | undefined;

  const headTitle = titles[titles.length - 1];
  if (headTitle) {
    titleWord = headTitle.canonical;
    sector = headTitle.title.sector;
    if (modifiers.has('top') && headTitle.title.topSector !== undefined)
      sector = headTitle.title.topSector;
    else if (headTitle.title.role || sector === '') {
      // "Kremlin spokesman", "Foreign Ministry spokeswoman", "OSCE monitors": the institution's sector.
      const before = units.slice(0, units.indexOf(headTitle)).reverse();
      const institution = before.find(
        (u) => (u.kind === 'title' && !u.title.role) || (u.kind === 'root' && u.institution),
      );
      if (institution?.kind === 'title') sector = institution.title.sector;
      else if (institution?.kind === 'root') sector = sectorOn(institution, date);
      else if (location?.sector) sector = location.sector;
    }
    if (!root && location) {
      // "the president of Ukraine", "rebels in eastern Ukraine"; but "troops in Ukraine" stay rootless.
      const viaOf = tokens[headTitle.end]?.lower === 'of';
      if (viaOf || headTitle.title.local || !LOCATION_KEEPS_ROOT_EMPTY.has(sector)) {
        root = location.root.code;
        rootKind = location.root.rootKind;
        entry = root;
      }
    }
    if (!root) {
      // "Donbas separatists", "Jubaland regional forces": a region gives the root to a group
      // noun; its forces are the state's (a region has no diplomats of its own).
      const region = roots.find((u) => u.weak);
      if (region && sector !== 'DIP') {
        root = region.code;
        entry = root;
      }
    }
    // "the Houthi government", "the commander of the RSF": an armed movement's institutions.
    const viaOfMovement = tokens[headTitle.end]?.lower === 'of' ? location?.root : undefined;
    const movement = [...roots, ...(viaOfMovement ? [viaOfMovement] : [])].find(
      (u) => u.sector === 'REB' && u.rootKind === 'state',
    );
    sector = movementSector(movement, sector, date);
    if (!root && headTitle.title.defaultRoot) {
      root = headTitle.title.defaultRoot;
      rootKind = dict.organisations.has(root) ? 'organisation' : 'state';
      entry = root;
    }
  } else if (strong) {
    const named = [...roots].reverse().find((u) => !u.weak && u.sector !== '');
    sector = named ? sectorOn(named, date) : '';
  }

  if (personUnit) {
    const person = pickPerson(personUnit.people, date) as PersonEntry;
    const tenure = officeOn(person, date);
    const { inOffice } = tenure;
    // "Sudan's army chief Abdel Fattah al-Burhan": the text's title picks among offices held at once.
    const told =
      inOffice && headTitle ? concurrentOffice(person, date, headTitle.title.sector) : undefined;
    const office = told ?? tenure.office;
    entry = person.id;
    kind = 'person';
    if (inOffice) {
      root = office.root;
      sector = office.sector;
      titleWord = office.title;
    } else {
      // Out of office on that date: the root of their nearest office; a title in the text
      // ("Foreign Minister Kuleba") still gives the sector unless it says "former".
      const former = modifiers.has('former') || modifiers.has('ex');
      root = root || office.root;
      sector = headTitle && !former ? sector : '';
      titleWord = headTitle?.canonical ?? office.title;
    }
  } else if (!root) {
    kind = headTitle?.title.type === 'person' ? 'office' : 'sector';
  } else if (rootKind === 'organisation') {
    kind = 'organisation';
  } else {
    kind = headTitle ? 'office' : 'state';
  }

  const actor = actorRecord(root, sector, surface, entry);
  const span: ActorSpan = { start, end, text: surface, actor, kind };
  if (titleWord !== undefined) span.title = titleWord;
  if (bareRoots) {
    // "Russian gas", and both halves of "U.S.-Russian" or "Russia-Ukraine": modifiers only.
    const compound = hyphenAfter(tokens, endTok - 1) || hyphenBefore(tokens, startTok);
    if (roots.every((u) => u.adjectiveOnly) || compound) span.adjectiveOnly = true;
    const before = tokens[startTok - 1];
    const beforeDet = before && DETERMINERS.has(before.lower) ? tokens[startTok - 2] : before;
    if (beforeDet && LOCATIVE.has(beforeDet.lower)) span.locative = true;
  }
  return { span, endTok };
}

/**
 * Actor phrases in `text`, left to right, longest first, never overlapping. `date` (YYYY-MM-DD,
 * usually the publication date) picks the office a named person held; null uses their best-known one.
 */
export function findActors(dict: ActorDictionary, text: string, date: string | null): ActorSpan[] {
  const spans = scan(dict, text, date);
  return withReadings(
    dict,
    text,
    date,
    withResidentPeoples(dict, text, withElided(dict, text, date, withPairs(dict, text, spans))),
  );
}

/**
 * "The two Koreas", "both Sudans": the plural of a name that two states' names end with (or are)
 * names both: one span, with the second state as its `pair` (the coder's pair of actors, as for
 * "the two ministers").
 */
function withPairs(dict: ActorDictionary, text: string, spans: ActorSpan[]): ActorSpan[] {
  if (!text.includes('two ') && !text.includes('both ')) return spans;
  const out = spans.slice();
  for (const hit of text.matchAll(/\b(two|both)\s+(\p{Lu}\p{L}+)s\b/gu)) {
    const codes = statesNamed(dict, hit[2]!);
    if (codes.length !== 2) continue;
    const start = hit.index;
    const end = start + hit[0].length;
    if (out.some((o) => o.start < end && o.end > start)) continue;
    const words = text.slice(start, end);
    const actor = (root: string): Actor => actorRecord(root, '', words, root);
    out.push({
      start,
      end,
      text: words,
      actor: actor(codes[0]!),
      pair: actor(codes[1]!),
      kind: 'state',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The codes of the states one of whose names is `stem` or ends with it as a word ("South Korea"). */
function statesNamed(dict: ActorDictionary, stem: string): string[] {
  const codes: string[] = [];
  for (const [code, st] of dict.states) {
    if ([st.name, ...st.aliases].some((n) => n === stem || n.endsWith(` ${stem}`)))
      codes.push(code);
  }
  return codes;
}

/**
 * "North and South Korea", "East and West Germany": the first of two names sharing their last
 * words is written without them. A capitalised word right before "and" that, with the second
 * name's other words, names a state is that state.
 */
function withElided(
  dict: ActorDictionary,
  text: string,
  date: string | null,
  spans: ActorSpan[],
): ActorSpan[] {
  // Most sentences have no "X and " before a name of two or more words: cheap test first.
  if (!text.includes(' and ')) return spans;
  const out: ActorSpan[] = [];
  for (const span of spans) {
    const space = span.text.indexOf(' ');
    const before = /(\p{Lu}[\p{L}]+)\s+and\s+$/u.exec(
      text.slice(Math.max(0, span.start - 40), span.start),
    );
    if (span.kind === 'state' && space > 0 && before) {
      const word = before[1]!;
      const start = span.start - before[0].length;
      const named = scan(dict, word + span.text.slice(space), date);
      const whole = named.length === 1 && named[0]!.start === 0 ? named[0]! : null;
      if (
        whole &&
        whole.kind === 'state' &&
        whole.end === word.length + span.text.length - space &&
        whole.actor.root !== span.actor.root &&
        !out.some((o) => o.end > start)
      )
        out.push({
          start,
          end: start + word.length,
          text: word,
          actor: withText(whole.actor, word),
          kind: 'state',
        });
    }
    out.push(span);
  }
  return out;
}

/** The actor phrases of `text` as the dictionary has them, before the readings above. */
function scan(dict: ActorDictionary, text: string, date: string | null): ActorSpan[] {
  const tokens = tokenize(text);
  const spans: ActorSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = dict.trie.next.get((tokens[i] as Token).lower);
    // Imported people wait for their first two words (dictionary.ts, `expandPending`).
    if (first?.pending !== undefined && i + 1 < tokens.length)
      expandPending(dict, first, (tokens[i + 1] as Token).lower);
    const det = DETERMINERS.has((tokens[i] as Token).lower);
    const pro = (tokens[i] as Token).lower === 'pro' || (tokens[i] as Token).lower === 'anti';
    // A node made for waiting people alone names nothing yet.
    if (!(first && holdsPhrases(first)) && !det && !pro) {
      i++;
      continue;
    }
    const parsed = parseAt(dict, text, tokens, i, date);
    if (parsed.span) spans.push(parsed.span);
    i = parsed.next;
  }
  return spans;
}

/**
 * A name two actors share takes its other reading when the sentence has one of that reading's
 * cue words ("Atlanta, Georgia"; "Congo's president Sassou Nguesso") or the date is before the
 * reading's `before` ("Congo" before Zaire took the name in 1997). Only the bare name: a longer
 * name that contains it ("DR Congo", "Republic of Congo") is no longer ambiguous.
 */
function withReadings(
  dict: ActorDictionary,
  text: string,
  date: string | null,
  spans: ActorSpan[],
): ActorSpan[] {
  if (dict.readings.length === 0) return spans;
  // Most sentences name none of the shared names: one search of the text says so.
  const lower = text.toLowerCase();
  if (!dict.readings.some((r) => lower.includes(r.form.toLowerCase()))) return spans;
  let words: Set<string> | null = null;
  return spans.map((span) => {
    const written = tokenize(span.text).map((t) => t.lower);
    for (const r of dict.readings) {
      const form = r.form.toLowerCase();
      if (!written.includes(form)) continue;
      const longer = longerNameWords(dict, form);
      if (written.some((w) => longer.has(w))) continue;
      words ??= new Set(tokenize(text).map((t) => t.lower));
      const folded = foldText(text).toLowerCase();
      const cued = r.cues.some((c) =>
        c.includes(' ') ? folded.includes(c.toLowerCase()) : words!.has(c.toLowerCase()),
      );
      if (cued || (date !== null && r.before !== undefined && date < r.before))
        return { ...span, actor: withRoot(span.actor, r.root) };
    }
    return span;
  });
}

const LONGER = new WeakMap<ActorDictionary, Map<string, Set<string>>>();
const NAME_GLUE = new Set(['of', 'the', 'and', '-']);

/** The other words of every state's name that contains `form` ("dr", "republic" for "congo"). */
function longerNameWords(dict: ActorDictionary, form: string): Set<string> {
  let byForm = LONGER.get(dict);
  if (!byForm) LONGER.set(dict, (byForm = new Map()));
  let found = byForm.get(form);
  if (!found) {
    found = new Set();
    for (const st of dict.states.values()) {
      for (const name of [st.name, ...st.aliases]) {
        const ws = tokenize(name).map((t) => t.lower);
        if (ws.length > 1 && ws.includes(form))
          for (const w of ws) if (w !== form && !NAME_GLUE.has(w)) found.add(w);
      }
    }
    byForm.set(form, found);
  }
  return found;
}

/** Is `span` a state's demonym ("Serbs", "Albanians")? */
function isDemonym(dict: ActorDictionary, span: ActorSpan): boolean {
  const forms = dict.states.get(span.actor.root)?.demonyms ?? [];
  const written = foldText(span.text).toLowerCase();
  return forms.some((form) => form.toLowerCase() === written);
}

/**
 * "Bosnian Serbs", "Kosovo Albanians": a people named after one state, living in another, are
 * that other state's civilians, as PLOVER codes them; without this the demonym would make them
 * citizens of the first ("Serbs" alone is Serbia).
 */
function withResidentPeoples(dict: ActorDictionary, text: string, spans: ActorSpan[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const home = spans[k]!;
    const people = spans[k + 1];
    if (
      people &&
      home.kind === 'state' &&
      !home.locative &&
      home.actor.sector === '' &&
      people.kind === 'state' &&
      people.actor.root !== home.actor.root &&
      /^\s+$/.test(text.slice(home.end, people.start)) &&
      isDemonym(dict, people)
    ) {
      const merged = text.slice(home.start, people.end);
      out.push({
        start: home.start,
        end: people.end,
        text: merged,
        actor: actorRecord(home.actor.root, 'CVL', merged, home.actor.entry),
        kind: 'sector',
        title: people.text,
      });
      k++;
      continue;
    }
    out.push(home);
  }
  return out;
}

/**
 * The actor a definite description names ("the Russian diplomat", "the minister", "Kyiv"), for
 * coreference. Bare titles come back with root '' and kind 'office' for the coder to link.
 */
export function resolveDescriptor(
  dict: ActorDictionary,
  text: string,
  date: string | null,
): ActorSpan | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const parsed = parseAt(dict, text, tokens, 0, date);
  if (parsed.span) return parsed.span;
  return findActors(dict, text, date).find((s) => !s.adjectiveOnly) ?? null;
}

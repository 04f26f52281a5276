// Converting the Phoenix actor dictionaries (Open Event Data Alliance, MIT) into Spiral's actor
// file format (data/actors/README.md). Pure: texts in, an actor file out; scripts/import-petrarch.mjs
// does the reading and writing.
//
// The source format (petrarch2 dictionaries.rst, "Actor Dictionary"): a record is a primary
// phrase (`HAMID_KARZAI_  [AFGMIL]`), synonyms on `+` lines and dated codes on tab-indented lines
// (`[AFGGOV 791227-861124]`, `[USAGOV >20070101]`, `[AFGELI]`); dates are YYMMDD or YYYYMMDD.
// A code is a root (a state's three letters, or IGO + an organisation's letters) followed by
// sectors (`GOV`, `MIL`, `ELI` for a member of the elite out of office...).
//
// What is kept, and why:
// - People with dated offices, as Spiral people: the field's list of heads of state, ministers
//   and officials of other countries and decades, which the hand-kept file lacks. Offices end at
//   2019-01-01 at the latest: the hand-kept file is the only source for office holders from 2019.
// - Armed groups (MilNonState) whose code names a known state, as that state's bodies.
// - Bodies of known organisations named without dates (International: agencies, commissions).
// - Not the countries' own synonyms: they mix cities with names ("ORAN" for Algeria), and a city
//   is a place in Spiral, not an actor. Hand-kept people and forms always win: an imported person
//   sharing a name with a hand-kept one, or a body form already known, is dropped.
import type { ActorFile, OfficeEntry, PersonEntry, StateEntry } from './schema.js';

/** Control characters (tab and newline aside) that crept into a few entries of the source files. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f]/g;

export class PhoenixFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'PhoenixFormatError';
  }
}

/** Offices of imported people end here: later office holders come from the hand-kept file only. */
export const IMPORT_CUTOFF = '2019-01-01';

/** Phoenix roots that are not ISO 3166-1 alpha-3. */
const ROOT_ALIASES: Record<string, string> = { ROM: 'ROU', ZAR: 'COD', KSV: 'XKX', TMP: 'TLS' };

/** Phoenix organisation codes (IGO + letters, longest first) and Spiral's codes for them. */
const IGO_CODES: [string, string][] = [
  ['IGOUNOHLHWHO', 'WHO'],
  ['IGOUNOLABILO', 'ILO'],
  ['IGOUNODEVWBK', 'WB'],
  ['IGOUNOIAE', 'IAEA'],
  ['IGOEUREEC', 'EU'],
  ['IGOWSTNAT', 'NATO'],
  ['IGOSEAASN', 'ASEAN'],
  ['IGOAFRAFU', 'AU'],
  ['IGOMEAARL', 'LAS'],
  ['IGOBUSOPC', 'OPEC'],
  ['IGOBUSIMF', 'IMF'],
  ['IGOJUDICC', 'ICC'],
  ['IGOWAFWAS', 'ECOWAS'],
  ['IGOOAS', 'OAS'],
  ['IGOUNO', 'UN'],
];

/** Phoenix sector letters that are Spiral sectors; others (`ELI`, subsectors) give "". */
const SECTORS = new Set([
  'GOV',
  'MIL',
  'REB',
  'OPP',
  'COP',
  'JUD',
  'LEG',
  'MED',
  'BUS',
  'SPY',
  'EDU',
  'HLH',
  'REF',
  'CVL',
]);

const TITLES: Record<string, string> = {
  GOV: 'official',
  MIL: 'military officer',
  REB: 'rebel leader',
  OPP: 'opposition figure',
  COP: 'police officer',
  JUD: 'judge',
  LEG: 'legislator',
  '': 'public figure',
};

interface Restriction {
  code: string;
  start: string | null;
  end: string | null;
}

interface PhoenixRecord {
  names: string[];
  restrictions: Restriction[];
  line: number;
}

/** YYMMDD or YYYYMMDD to YYYY-MM-DD (two-digit years: 00-29 are 20xx, as the files are of 2014). */
function isoDate(d: string, file: string, line: number): string {
  let y: string, rest: string;
  if (/^\d{8}$/.test(d)) [y, rest] = [d.slice(0, 4), d.slice(4)];
  else if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    [y, rest] = [String(yy < 30 ? 2000 + yy : 1900 + yy), d.slice(2)];
  } else throw new PhoenixFormatError(file, line, `date "${d}" is not YYMMDD or YYYYMMDD`);
  const mm = rest.slice(0, 2);
  // "000101"-style placeholders and day 00 mean "some time that month/year".
  const dd = rest.slice(2) === '00' ? '01' : rest.slice(2);
  return `${y}-${mm === '00' ? '01' : mm}-${dd}`;
}

/** `[AFGGOV 791227-861124]`, `[USAGOV >20070101]`, `[ELI]` on one line (several allowed). */
function restrictionsOf(text: string, file: string, line: number): Restriction[] {
  const out: Restriction[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    // "[EGYGOV > 140608]": a space may follow the comparison sign.
    const [code = '', ...rest] = m[1]!.trim().split(/\s+/);
    const when = rest.join('');
    if (!code || code.startsWith('-')) continue;
    let start: string | null = null;
    let end: string | null = null;
    // A few dates in the files are malformed ("2004017", "201005011"): such a restriction is
    // left out rather than guessed.
    try {
      if (when.startsWith('>')) start = isoDate(when.slice(1), file, line);
      else if (when.startsWith('<')) end = isoDate(when.slice(1), file, line);
      else if (when.includes('-')) {
        const [a, b] = when.split('-');
        [start, end] = [isoDate(a!, file, line), isoDate(b!, file, line)];
      }
    } catch {
      continue;
    }
    out.push({ code: code.toUpperCase(), start, end });
  }
  return out;
}

/** Splits an actor file into records: a primary phrase with its synonyms and dated codes. */
export function parsePhoenixActors(text: string, file: string): PhoenixRecord[] {
  const records: PhoenixRecord[] = [];
  let current: PhoenixRecord | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(CONTROL_CHARACTERS, '').replace(/#.*/, '');
    if (!line.trim() || line.trim().startsWith('<!--') || line.trim().startsWith('!')) return;
    const phrase = (s: string): string =>
      s
        .trim()
        .split(/\s*[[;]/)[0]!
        .trim();
    if (/^\s/.test(line) && line.trim().startsWith('[')) {
      if (!current) throw new PhoenixFormatError(file, i + 1, 'a dated code before any actor');
      current.restrictions.push(...restrictionsOf(line, file, i + 1));
    } else if (line.startsWith('+')) {
      if (!current) throw new PhoenixFormatError(file, i + 1, 'a synonym before any actor');
      const name = phrase(line.slice(1));
      if (name) current.names.push(name);
      current.restrictions.push(...restrictionsOf(line.slice(1), file, i + 1));
    } else {
      current = { names: [phrase(line)], restrictions: [], line: i + 1 };
      current.restrictions.push(...restrictionsOf(line, file, i + 1));
      records.push(current);
    }
  });
  return records.filter((r) => r.names[0]);
}

const PARTICLES = new Set(
  'al el ad ar as ash at az bin ibn bint da das de del della der di do dos du la le van von y'.split(
    ' ',
  ),
);

/** `JOSE_EDUARDO_DOS_SANTOS_` → "Jose Eduardo dos Santos" (particles lower-case match any case). */
export function displayName(phrase: string): string {
  return phrase
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w, k) => {
      const lower = w.toLowerCase();
      if (k > 0 && PARTICLES.has(lower)) return lower;
      return lower.replace(/(^|[-'.])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

interface Known {
  states: Set<string>;
  organisations: Set<string>;
}

/** Spiral root and sector of a Phoenix code, or null for a root Spiral does not know. */
export function rootOf(code: string, known: Known): { root: string; sector: string } | null {
  if (code.startsWith('IGO')) {
    const hit = IGO_CODES.find(([prefix]) => code.startsWith(prefix));
    if (!hit || !known.organisations.has(hit[1])) return null;
    const rest = code.slice(hit[0].length, hit[0].length + 3);
    return { root: hit[1], sector: SECTORS.has(rest) ? rest : '' };
  }
  const head = code.slice(0, 3);
  const root = ROOT_ALIASES[head] ?? head;
  if (!known.states.has(root)) return null;
  const sector = code.slice(3, 6);
  return { root, sector: SECTORS.has(sector) ? sector : '' };
}

const slugOf = (name: string): string =>
  name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Offices of one record: dated codes become tenures, cut at the import cut-off. */
function officesOf(record: PhoenixRecord, known: Known): OfficeEntry[] {
  const dated = record.restrictions.filter((r) => r.start !== null || r.end !== null);
  // A record of undated codes only ("[IGOUNO]") is a body or a person of no known tenure.
  if (dated.length === 0) return [];
  // Bare codes such as `[ELI]` take the root of the record's other codes.
  const defaultRoot = record.restrictions
    .map((r) => rootOf(r.code, known))
    .find((r) => r !== null)?.root;
  const offices: OfficeEntry[] = [];
  for (const r of dated) {
    const resolved =
      rootOf(r.code, known) ??
      (defaultRoot && r.code.length === 3 ? { root: defaultRoot, sector: '' } : null);
    if (!resolved) continue;
    const start = r.start ?? '1900-01-01';
    let end = r.end;
    if (start >= IMPORT_CUTOFF) continue;
    if (end === null || end > IMPORT_CUTOFF) end = IMPORT_CUTOFF;
    if (end <= start) continue;
    // "Elite" spans (a birth-year placeholder to the first office) say only the root, which the
    // nearest real office gives as well; leaving them out halves the file. (An organisation's
    // officials have no sector letters: "[IGOUNO 970101-061231]" is an office.)
    if (/ELI/.test(r.code.slice(3)) || r.code.length === 3) continue;
    offices.push({
      root: resolved.root,
      sector: resolved.sector,
      title: TITLES[resolved.sector] ?? 'official',
      start,
      end,
    });
  }
  offices.sort((a, b) => a.start.localeCompare(b.start));
  // Monthly rows of one post ("2003-01-01 to 2003-01-31", "2003-02-01 ...") are one tenure.
  const merged: OfficeEntry[] = [];
  for (const o of offices) {
    const prev = merged[merged.length - 1];
    const gap = prev?.end ? Date.parse(o.start) - Date.parse(prev.end) : Infinity;
    if (prev && prev.root === o.root && prev.sector === o.sector && gap <= 2 * 86_400_000) {
      if (o.end === null || (prev.end !== null && o.end > prev.end)) prev.end = o.end;
    } else merged.push({ ...o });
  }
  return merged;
}

/** The office a document without a date means: the longest one. */
function primaryOf(offices: OfficeEntry[]): number {
  let best = -1;
  let bestDays = -1;
  offices.forEach((o, k) => {
    const days = Date.parse(o.end ?? IMPORT_CUTOFF) - Date.parse(o.start);
    if (days > bestDays) [best, bestDays] = [k, days];
  });
  return best < 0 ? 0 : best;
}

/** Forms already in the hand-kept files, lower-cased: imported entries never shadow them. */
function handKeptForms(files: ActorFile[]): Set<string> {
  const forms = new Set<string>();
  const add = (f: string): void => void forms.add(f.toLowerCase().replace(/^the /, ''));
  for (const f of files) {
    for (const s of f.states ?? []) {
      [s.name, ...s.aliases, ...s.adjectives, ...s.demonyms, ...s.capitals].forEach(add);
      s.bodies.forEach((b) => b.forms.forEach(add));
    }
    for (const o of f.organisations ?? []) {
      [o.name, ...o.aliases].forEach(add);
      o.bodies.forEach((b) => b.forms.forEach(add));
    }
    for (const p of f.people ?? []) [p.name, ...p.match, ...p.weak].forEach(add);
  }
  return forms;
}

export interface PhoenixInput {
  file: string;
  text: string;
}

/**
 * The actor file to write: people with dated offices; states and organisations carrying imported
 * bodies (armed groups, agencies). `handKept` are the parsed hand-kept files.
 */
export function convertPhoenixActors(
  inputs: PhoenixInput[],
  handKept: ActorFile[],
): Required<Pick<ActorFile, 'states' | 'organisations' | 'people'>> {
  const known: Known = {
    states: new Set(handKept.flatMap((f) => (f.states ?? []).map((s) => s.code))),
    organisations: new Set(handKept.flatMap((f) => (f.organisations ?? []).map((o) => o.code))),
  };
  const taken = handKeptForms(handKept);
  const people: PersonEntry[] = [];
  const ids = new Set<string>();
  const bodies = new Map<string, Map<string, string[]>>(); // root → sector → forms

  for (const { file, text } of inputs) {
    for (const record of parsePhoenixActors(text, file)) {
      const forms = [...new Set(record.names.map(displayName))].filter(
        (f) => f.includes(' ') && !taken.has(f.toLowerCase()),
      );
      // One-word names ("HAMMARSKJOLD") are too often ordinary words or other people's names.
      if (forms.length === 0) continue;
      const offices = officesOf(record, known);
      if (offices.length > 0) {
        if (record.names.map(displayName).some((f) => taken.has(f.toLowerCase()))) continue;
        const base = `phoenix-${slugOf(forms[0]!) || 'person'}`;
        let id = base;
        for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
        ids.add(id);
        const primary = primaryOf(offices);
        people.push({
          id,
          name: forms[0]!,
          match: forms.slice(1),
          weak: [],
          ...(primary ? { primary } : {}),
          offices,
        });
        // Written without empty lists: the schema fills them in.
        const last = people[people.length - 1]! as Partial<PersonEntry>;
        if (last.match!.length === 0) delete last.match;
        delete last.weak;
        forms.forEach((f) => taken.add(f.toLowerCase()));
        continue;
      }
      // Undated: a group or agency of one root (people without tenure are left out: a name with
      // no office would code as the whole state).
      const codes = record.restrictions.map((r) => rootOf(r.code, known));
      const resolved = codes[0];
      if (!resolved || codes.some((c) => c?.root !== resolved.root)) continue;
      if (/ELI$/.test(record.restrictions[0]!.code) || !looksLikeGroup(record.names[0]!)) continue;
      const bySector = bodies.get(resolved.root) ?? new Map<string, string[]>();
      bySector.set(resolved.sector, [...(bySector.get(resolved.sector) ?? []), ...forms]);
      bodies.set(resolved.root, bySector);
      forms.forEach((f) => taken.add(f.toLowerCase()));
    }
  }

  const bodyList = (root: string): StateEntry['bodies'] =>
    [...(bodies.get(root) ?? new Map<string, string[]>())].map(([sector, forms]) => ({
      forms,
      sector,
    }));
  return {
    states: [...bodies.keys()]
      .filter((r) => known.states.has(r))
      .sort()
      .map((code) => ({
        code,
        name: code,
        aliases: [],
        adjectives: [],
        demonyms: [],
        capitals: [],
        places: [],
        bodies: bodyList(code),
      })),
    organisations: [...bodies.keys()]
      .filter((r) => known.organisations.has(r))
      .sort()
      .map((code) => ({ code, name: code, aliases: [], sector: '', bodies: bodyList(code) })),
    people,
  };
}

/** Group and agency names have a group word; people's names do not. */
const GROUP_WORDS =
  /(?:^|_)(ARMY|FRONT|BRIGADES?|MOVEMENT|ORGANI[SZ]ATION|PARTY|FORCES?|GROUP|COUNCIL|COMMITTEE|COMMISSION|AGENCY|PROGRAMME|PROGRAM|FUND|UNION|LEAGUE|ALLIANCE|CELLS?|FACTION|NUCLEI|MILITIA|COURT|BANK|OFFICE|MISSION|INSTITUTE|AUTHORITY|CORPS|JIHAD|ISLAMIC|LIBERATION|REVOLUTIONARY|RESISTANCE|COMMANDOS?|GUERRILLAS?|TIGERS|BATTALIONS?|SQUADS?|LEGION|NETWORK|ASSOCIATION|PANEL|CENTRE|CENTER)(?:_|$)/;

function looksLikeGroup(phrase: string): boolean {
  return GROUP_WORDS.test(phrase.toUpperCase());
}

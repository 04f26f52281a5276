// Converting the PETRARCH2 CAMEO verb dictionary (Open Event Data Alliance, MIT) into Spiral's
// pattern lines (docs/coding.md, "The pattern dictionary"). Pure: text in, pattern definitions
// out; scripts/import-petrarch.mjs reads the files and writes data/patterns/*.imported.jsonl.
//
// The source format (petrarch2 dictionaries.rst): `&NAME` synonym sets of `+word` lines; verb
// blocks opened by `--- NAME [code] ---`, listing synonymous verbs (`HURRY {HURRIES ...}`,
// `+ASK_FOR {...} [020]`) and then patterns `- [before] * [after] [code]`, where the part after
// `*` names the heads of the object and prepositional phrases: `* (FOR {HUMANITARIAN AID})`.
// Spiral matches words in order with gaps, which is what a pattern's "after" part says; a
// pattern with a "before" part constrains the subject, which word order cannot check, so it is
// left out. Transformations (`~`) need a parse tree and are left out too.

/** One PLOVER type (and mode) per CAMEO code, read from CAMEO2PLOVER. */
export type CameoMap = Map<string, { type: string; mode: string }>;

export interface ImportedPattern {
  id: string;
  type: string;
  cameo: string;
  mode?: string;
  match: string;
}

/** Control characters (tab and newline aside) that crept into a few entries of the source files. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f]/g;

export class PetrarchFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'PetrarchFormatError';
  }
}

/** Reads CAMEO2PLOVER-2021.txt: `030: AGREE,  , diplomatic # comment`. */
export function parseCameoToPlover(text: string, file: string): CameoMap {
  const map: CameoMap = new Map();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line || line.startsWith('~')) return;
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,]*))?/.exec(line);
    if (!m) throw new PetrarchFormatError(file, i + 1, `not "CODE: TYPE, mode, context"`);
    // Two-digit lines are headings ("08: CONCEDE" and "08: RETREAT" both exist): codes decide.
    if (m[1]!.length === 2) return;
    map.set(m[1]!, { type: m[2]!, mode: (m[3] ?? '').trim() });
  });
  return map;
}

/** The PLOVER type of a CAMEO code: the code itself, else its three-digit parent. */
export function ploverOf(
  code: string,
  map: CameoMap,
  overrides: Record<string, string> = {},
): { type: string; mode: string } | null {
  for (const c of [code, code.slice(0, 3)]) {
    if (overrides[c]) return { type: overrides[c]!, mode: map.get(c)?.mode ?? '' };
    const hit = map.get(c);
    if (hit) return hit;
  }
  return null;
}

interface Verb {
  /** Every written form, each a list of lower-case words ("ask for", "asked for"). */
  forms: string[][];
  /** The verb's own code, if it codes an event on its own. */
  code: string | null;
  /** The word that names the verb (for ids). */
  name: string;
}

const word = (w: string): string => w.toLowerCase().replace(/^\+/, '').replace(/_+$/, '');

/** `ASK_FOR`, `+CORDON_OFF` → ["ask", "for"]; null when the verb is not the first word. */
function phraseWords(phrase: string): string[] | null {
  const parts = phrase.replace(/_+$/, '').split('_').filter(Boolean);
  if (parts.length > 1 && !parts[0]!.startsWith('+')) return null; // WIRE_+TAP: verb not first
  return parts.map(word);
}

/** The first code of `[042:043]`, `[020]`, `[---]`: null for no event or a reverse-only code. */
function codeOf(bracket: string | undefined): string | null {
  if (!bracket) return null;
  const first = bracket.split(':')[0]!.trim();
  return /^\d{2,4}$/.test(first) ? first : null;
}

/** Words that only complete a verb ("set out", "look forward"), not an object naming the act. */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'forward', 'back', 'away', 'aside', 'over']);

interface Steps {
  steps: string[];
  /** Whether a noun (or a synonym set) is named, not only prepositions and particles. */
  content: boolean;
}

/** The elements after `*`, as Spiral match steps. */
function stepsOf(part: string, synsets: Map<string, string[]>, inGroup = false): Steps | null {
  const out: string[] = [];
  let content = false;
  // Tokens: (...) groups, {...} phrases, single words; markers $ + % ^ name actors' places.
  const tokens = part.match(/\([^)]*\)|\{[^}]*\}|[^\s(){}]+/g) ?? [];
  tokens.forEach((tok, k) => {
    if (tok.startsWith('(')) {
      const inner = stepsOf(tok.slice(1, -1), synsets, true);
      if (inner === null) throw new UndefinedSynset();
      out.push(...inner.steps);
      content ||= inner.content;
    } else if (tok.startsWith('{')) {
      const words = tok
        .slice(1, -1)
        .split(/\s+/)
        .filter((w) => w && !/^[$+%^]$/.test(w));
      const alts = words.map((w) => alternativesOf(w, synsets));
      if (alts.some((a) => a === null)) throw new UndefinedSynset();
      // A braced phrase is consecutive: its first word after a gap, the rest right after it.
      alts.forEach((a, j) => out.push(j === 0 ? `* ${a}` : a!));
      content = true;
    } else if (/^[$+%^]$/.test(tok)) {
      return;
    } else {
      const alt = alternativesOf(tok, synsets);
      if (alt === null) throw new UndefinedSynset();
      out.push(`* ${alt}`);
      // In "(FOR AID)" the first word is the preposition.
      const isPreposition = inGroup && k === 0;
      if (!isPreposition && (tok.startsWith('&') || !PARTICLES.has(alt))) content = true;
    }
  });
  return { steps: out, content };
}

/** A pattern naming a synonym set not defined before it is ignored, as PETRARCH does. */
class UndefinedSynset extends Error {}

/** A word or `&SYNSET` as `a|b_c` alternatives; null for an undefined synset. */
function alternativesOf(tok: string, synsets: Map<string, string[]>): string | null {
  if (tok.startsWith('&')) {
    const members = synsets.get(tok.toUpperCase().replace(/_+$/, ''));
    if (!members) return null;
    return members.join('|');
  }
  const w = word(tok).replace(/\|/g, '');
  return w ? w : null;
}

/** `["* arms", "shipment", "* to"]` → `arms_shipment*to`: the first alternative of each word. */
const slug = (steps: string[]): string =>
  steps
    .map((st) => {
      const w = st.replace(/^\* /, '').split('|')[0]!;
      return (st.startsWith('* ') ? '*' : '_') + w;
    })
    .join('');

/**
 * Converts the verb dictionary. Patterns whose code has no PLOVER type (CAMEO 01 statements and
 * 02 appeals, which PLOVER drops) or no event (`---`) are left out; so are duplicates (the first
 * wins, as in PETRARCH's own reading).
 */
export interface VerbImportOptions {
  /** CAMEO codes given another PLOVER type than the table's. */
  overrides?: Record<string, string>;
  /**
   * Which verbs become patterns on their own: `none`; `explicit`, those with a code of their own
   * (`GRILL [110]`); `all`, also those taking their block's code. A verb alone is the weakest
   * evidence: PETRARCH codes it only with a source and target in the right places of a parse.
   */
  isolated?: 'none' | 'explicit' | 'all';
  /** Leave out patterns that name no object, only prepositions or particles ("rush * to"). */
  requireObject?: boolean;
  /**
   * Keep a pattern naming only a particle (`- * DOWN [0831] # STEP`) as a phrasal verb, the
   * particle right after the verb, even when `requireObject` leaves out other bare patterns.
   */
  phrasalVerbs?: boolean;
  /** Apply a pattern to the verb its comment names, not to every verb of its block. */
  namedVerbOnly?: boolean;
}

export function convertVerbDictionary(
  text: string,
  file: string,
  cameo: CameoMap,
  options: VerbImportOptions = {},
): ImportedPattern[] {
  const overrides = options.overrides ?? {};
  const synsets = new Map<string, string[]>();
  const out: ImportedPattern[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  let synset: string | null = null;
  let block: { name: string; code: string | null; verbs: Verb[] } | null = null;

  const emit = (code: string | null, match: string, what: string): void => {
    if (!code) return;
    const plover = ploverOf(code, cameo, overrides);
    if (!plover) return;
    const key = match;
    if (seen.has(key)) return;
    seen.add(key);
    let id = `petrarch2:verb:${code}:${what}`;
    for (let n = 2; ids.has(id); n++) id = `petrarch2:verb:${code}:${what}:${n}`;
    ids.add(id);
    out.push({
      id,
      type: plover.type,
      cameo: code,
      ...(plover.mode ? { mode: plover.mode } : {}),
      match,
    });
  };
  const verbStep = (verbs: Verb[]): string =>
    [...new Set(verbs.flatMap((v) => v.forms.map((f) => f.join('_'))))].join('|');

  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    if (raw.trim().startsWith('#')) return; // a comment line inside a synset does not end it
    // Control characters have crept into a few names; comments run to the end of the line.
    const line = raw.replace(CONTROL_CHARACTERS, '').replace(/#.*/, '').trimEnd();
    if (!line.trim()) {
      synset = null;
      return;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith('&')) {
      synset = trimmed.split(/\s+/)[0]!.toUpperCase().replace(/_+$/, '');
      synsets.set(synset, []);
      return;
    }
    if (synset && trimmed.startsWith('+')) {
      const member = trimmed.slice(1).split(/\s+/)[0]!.replace(/_+$/, '').toLowerCase();
      if (member) synsets.get(synset)!.push(member.replace(/\|/g, ''));
      return;
    }
    synset = null;
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(trimmed);
    if (header) {
      block = { name: header[1]!.toLowerCase(), code: codeOf(header[2]), verbs: [] };
      return;
    }
    if (trimmed.startsWith('~')) return;
    if (!block) {
      if (trimmed.startsWith('---')) return;
      throw new PetrarchFormatError(file, i + 1, 'a verb or pattern outside any `---` block');
    }
    const b: { name: string; code: string | null; verbs: Verb[] } = block;
    if (trimmed.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(trimmed);
      if (!m) throw new PetrarchFormatError(file, i + 1, 'a pattern without a [code]');
      const body = m[1]!;
      const star = body.indexOf('*');
      if (star < 0) throw new PetrarchFormatError(file, i + 1, 'a pattern without `*`');
      if (body.slice(0, star).trim()) return; // a constraint on the subject
      let parsed: Steps | null;
      try {
        parsed = stepsOf(body.slice(star + 1), synsets);
      } catch (err) {
        if (err instanceof UndefinedSynset) return;
        throw err;
      }
      if (!parsed || parsed.steps.length === 0 || b.verbs.length === 0) return;
      // "step * down", "give * up": a verb and its particle alone are another verb (a phrasal
      // one), read only with the particle right after the verb ("stepped down", not "stepped
      // ... down" reaching into the next phrase).
      const particle = parsed.steps.length === 1 ? parsed.steps[0]!.replace(/^\* /, '') : '';
      const phrasal = options.phrasalVerbs === true && PARTICLES.has(particle);
      if (phrasal) parsed.steps[0] = particle;
      // "rush * to": a verb and a preposition say too little to name an act.
      else if (!parsed.content && options.requireObject) return;
      // The comment names the verb the pattern was written for ("# RUSH"). PETRARCH applies it
      // to every verb of the block, but blocks are loose ("dominate" sits with "destroy"):
      // word order without a parse needs the narrower reading.
      const named = /#\s*([A-Z][A-Z_-]*)/.exec(raw)?.[1]?.toLowerCase();
      // The comment may name the verb by one of its forms ("# THREW" for THROW).
      const own =
        options.namedVerbOnly || phrasal
          ? b.verbs.filter((v) => v.name === named || v.forms.some((f) => f.join('_') === named))
          : [];
      // A particle makes one verb another ("back down"), not a whole block of synonyms.
      if (phrasal && own.length === 0) return;
      const verbs = own.length > 0 ? own : b.verbs;
      const match = `${verbStep(verbs)} ${parsed.steps.join(' ')}`;
      emit(
        codeOf(m[2]),
        match,
        `${verbs.length === 1 ? verbs[0]!.name : b.name}${slug(parsed.steps)}`,
      );
      return;
    }
    // A verb line: PRIMARY {irregular forms} [code]
    const m = /^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(trimmed);
    if (!m) throw new PetrarchFormatError(file, i + 1, 'not a verb line');
    const primary = phraseWords(m[1]!);
    if (!primary) return;
    const forms = [primary];
    for (const f of (m[2] ?? '').split(/\s+/).filter(Boolean)) {
      const words = phraseWords(f);
      if (words) forms.push(words);
    }
    const own = m[3] !== undefined ? codeOf(m[3]) : b.code;
    const verb: Verb = { forms, code: own, name: primary.join('_') };
    b.verbs.push(verb);
    if (options.isolated === 'all' || (options.isolated === 'explicit' && m[3] !== undefined))
      emit(verb.code, verbStep([verb]), verb.name);
  });
  return out;
}

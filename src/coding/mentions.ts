// Actor mentions in a sentence, mapped onto its tokens, with pronouns and bare titles resolved
// against what the document said before (within-document coreference).
import type { Actor } from '../records.js';
import type { AnalysedSentence, Token } from '../nlp/analyse.js';
import { isModelDesignation } from '../actors/index.js';
import { withRoot, withRootOf, withSector, withText } from '../actors/actor-record.js';
import { mentionRecord, mentionWith } from './mention-record.js';
import { classWords } from './word-classes.js';
import { ARMED_SECTOR, definiteArmedSector, groupReferenceStart } from './group-references.js';

/** What the actor matcher reports for a span of text (see src/actors). */
export interface ActorSpanLike {
  start: number;
  end: number;
  text: string;
  actor: Actor;
  kind: string;
  adjectiveOnly?: boolean;
  /** A bare state or capital after "in"/"at"/"near": a place more than an actor. */
  locative?: boolean;
  /** "the two Koreas": a second state the phrase names. */
  pair?: Actor;
  /** The office noun an office's span was built on ("foreign minister"). */
  title?: string;
}

export interface ActorMention {
  /** Token range in the sentence. */
  first: number;
  last: number;
  actor: Actor;
  kind: string;
  pronoun: boolean;
  adjectiveOnly: boolean;
  plural: boolean;
  locative: boolean;
  /** A state name used before a noun ("a U.S. ally"): no pronoun points to it. */
  modifier?: boolean;
  /** "the two ministers": the second of the pair the phrase stands for. */
  partner?: ActorMention;
  /** A resolved pronoun: the words of the mention it stands for ("Antony Blinken" for "he"). */
  antecedent?: string;
}

const PERSONAL = new Set(['he', 'she', 'him', 'her']);
/**
 * Time words the tagger reads as nouns: "Nigeria today announced" names Nigeria, not a noun it
 * modifies ("a U.S. ally"), so a later "it" may stand for it.
 */
const DEICTIC_TIME = new Set(['today', 'yesterday', 'tonight', 'now']);
const DEFINITE = new Set(['the', 'this', 'that']);
/** State names that are plural in form; any other one-word state mention ending in -s is a people. */
const PLURAL_STATE_NAMES =
  /^(?:states|netherlands|philippines|bahamas|maldives|seychelles|comoros|emirates|islands|us|laos|belarus|cyprus|mauritius|honduras|barbados|kiribati|tuvalu|marshall)$/;
const NEUTER = new Set(['it']);
const PLURAL = new Set(['they', 'them']);

/**
 * A remembered mention and the sentence it was read in. The mention is kept as it is, not
 * copied with the number added: mentions come in several shapes, and copying them was a slow
 * generic clone on every actor of every sentence. Nothing changes a mention once made.
 */
class Recent {
  constructor(
    readonly mention: ActorMention,
    readonly sentence: number,
  ) {}
}

/** Recent actors of a document, most recent last: the candidates a pronoun can point to. */
export class Salience {
  private recent: Recent[] = [];
  private sentence = 0;

  /** The last two people (or offices) of different countries: what "the two ministers" means. */
  pair(): [ActorMention, ActorMention] | null {
    const people: ActorMention[] = [];
    for (const r of this.recent) {
      if (r.mention.kind === 'person' || r.mention.kind === 'office') people.push(r.mention);
    }
    for (let i = people.length - 1; i > 0; i--) {
      const b = people[i]!;
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        const a = people[j]!;
        if (a.actor.root !== b.actor.root) return [a, b];
      }
    }
    return null;
  }

  nextSentence(): void {
    this.sentence++;
  }

  /** The armed group (sector REB) named last: what "the group" or "the militants" stand for. */
  armedGroup(): ActorMention | null {
    return this.lastRecent((m) => m.actor.root !== '' && m.actor.sector === ARMED_SECTOR);
  }

  /** The last state named "North ..." or "South ..." (`word`): what "the North" stands for. */
  compass(word: string): ActorMention | null {
    return this.lastRecent(
      (m) => m.kind === 'state' && !m.pronoun && m.actor.text.startsWith(`${word} `),
    );
  }

  /** The mention remembered last that `fits`, or null. */
  private lastRecent(fits: (m: ActorMention) => boolean): ActorMention | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const m = this.recent[i]!.mention;
      if (fits(m)) return m;
    }
    return null;
  }

  remember(m: ActorMention): void {
    // A titled person of no known country ("President Laurent Gbagbo") is still the one "he"
    // means; the coder may place him later. Other actors without a root are no referents.
    if (!m.actor.root && m.kind !== 'office' && m.kind !== 'person') return;
    // "dug in across Khartoum ... to dislodge them": a place under a preposition is where
    // something happens, not whom a later pronoun means.
    if (m.locative) return;
    this.recent.push(new Recent(m, this.sentence));
    if (this.recent.length > 60) this.recent = this.recent.slice(-30);
  }

  /**
   * The referent of a pronoun or bare title: among the candidates of the most recent sentence that
   * has any, the first mentioned (subjects come first in English news prose). `notInSentence`: an
   * object pronoun ("him") never means a person of its own clause. `before`: a mention of the
   * sentence being read counts only when it starts before that token (a possessive read after
   * the whole sentence was remembered: "its" never stands for a state named after it).
   */
  resolve(
    kind: 'person' | 'neuter' | 'plural' | 'title',
    sector: string,
    notInSentence = false,
    mainSubject = false,
    before = Infinity,
  ): ActorMention | null {
    const fits = (m: ActorMention): boolean => {
      if (kind === 'person') return m.kind === 'person' || m.kind === 'office';
      // "Iraq's government announced that it ...": an office of a state named by its
      // institution is "it" (of a person's office, "it" still gives the right country).
      if (kind === 'neuter')
        return (
          m.kind === 'state' ||
          m.kind === 'organisation' ||
          (m.kind === 'office' && !m.plural && m.actor.root !== '')
        );
      if (kind === 'plural') return m.plural || m.kind === 'organisation' || m.kind === 'state';
      return (
        (m.kind === 'person' || m.kind === 'office') &&
        (!sector || m.actor.sector === sector || m.kind === 'person')
      );
    };
    let sentence = -1;
    let best: ActorMention | null = null;
    let skippedSubject = false;
    // "Two gunmen killed four people when they opened fire": the subject of a clause of time
    // or cause is the main clause's subject, the sentence's first fitting actor, not its object
    // ("he" never stands for "border guards").
    if (mainSubject) {
      const first = this.recent.find(
        ({ mention: m, sentence: read }) =>
          read === this.sentence && !m.modifier && fits(m) && !(kind === 'person' && m.plural),
      );
      if (first) return first.mention;
    }
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const { mention: m, sentence: read } = this.recent[i]!;
      if (!fits(m)) continue;
      if (read === this.sentence && m.first >= before) continue;
      if (read === this.sentence) {
        if (m.modifier) continue;
        // An object pronoun is not the subject of its own clause ("Lukashenko promised him"):
        // skip the nearest candidate, take the one before it.
        if (notInSentence && !skippedSubject) {
          skippedSubject = true;
          continue;
        }
        // Otherwise the nearest fitting actor of the same sentence ("Iraq said it would ...").
        return m;
      }
      if (sentence >= 0 && read !== sentence) break;
      // Earlier sentences: a subject pronoun takes the first actor (the subject), an object
      // pronoun the last one seen (the object) of the most recent sentence with any.
      if (notInSentence && sentence >= 0) continue;
      sentence = read;
      best = m;
      if (notInSentence) break;
    }
    return best;
  }
}

function tokenRange(
  sentence: AnalysedSentence,
  start: number,
  end: number,
): [number, number] | null {
  const tokens = sentence.tokens;
  // Binary search for the first token starting at or after `start`, then walk to `end`.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let last = -1;
  for (let i = lo; i < tokens.length && tokens[i]!.end <= end; i++) last = i;
  return last < 0 ? null : [lo, last];
}

/**
 * Mentions of the sentence, left to right. `spans` carry document offsets. Pronouns and titles
 * without a country ("the minister") take the actor of what they refer to.
 */
export function mentionsOf(
  sentence: AnalysedSentence,
  spans: ActorSpanLike[],
  salience: Salience,
): ActorMention[] {
  salience.nextSentence();
  const out: ActorMention[] = [];
  // Tokens inside an actor span (a flag per token: no Set per sentence).
  const covered = new Uint8Array(sentence.tokens.length);
  for (const span of spans) {
    const range = tokenRange(sentence, span.start, span.end);
    if (!range) continue;
    let actor = span.actor;
    let kind = span.kind;
    let partner: ActorMention | undefined;
    if (
      !actor.root &&
      classWords('paired-people').has(sentence.tokens[range[1]]!.lower) &&
      sentence.tokens[range[0] - 1]?.lower !== 'other'
    ) {
      // "The ministers discussed ...", "the two men agreed ...": both people of the last exchange.
      const pair = salience.pair();
      if (pair) {
        actor = withText(pair[0].actor, span.text);
        kind = pair[0].kind;
        partner = mentionWith(pair[1], { actor: withText(pair[1].actor, span.text) });
      }
    } else if (
      !actor.root &&
      span.kind === 'office' &&
      DEFINITE.has(sentence.tokens[range[0] - 1]?.lower ?? '')
    ) {
      // "the minister", "the spokesman": a definite title points back to someone already named.
      // A title with a name we do not know ("Defence Ministry spokesman Igor Konashenkov") is a
      // new person, not a reference.
      const ref = salience.resolve('title', actor.sector);
      if (ref) {
        actor = withText(ref.actor, span.text);
        kind = ref.kind;
      }
    }
    if (span.pair) {
      // "the two Koreas agreed": both states, as the coder takes "the two ministers".
      partner = mentionRecord({
        first: range[0],
        last: range[1],
        actor: span.pair,
        kind,
        pronoun: false,
        adjectiveOnly: false,
        plural: false,
        locative: false,
      });
    }
    const lastToken = sentence.tokens[range[1]]!;
    const lastWord = lastToken.lower;
    // "Americans", "Ukrainians": a people in the plural is its civilians, not its state.
    if (
      kind === 'state' &&
      !actor.sector &&
      range[0] === range[1] &&
      /[a-z]s$/.test(lastWord) &&
      !PLURAL_STATE_NAMES.test(lastWord) &&
      !span.adjectiveOnly
    ) {
      actor = withSector(actor, 'CVL');
    }
    const made = mentionRecord({
      first: range[0],
      last: range[1],
      actor,
      kind,
      partner,
      pronoun: false,
      adjectiveOnly: span.adjectiveOnly ?? false,
      // "gunmen", "militiamen": a common noun in "-men" is plural too (not "Yemen").
      plural: (/s$/.test(lastWord) && !/ss$/.test(lastWord)) || /^[a-z]+men$/.test(lastToken.text),
      locative: span.locative ?? false,
      modifier:
        kind === 'state' &&
        sentence.tokens[range[1] + 1]?.pos === 'NOUN' &&
        !DEICTIC_TIME.has(sentence.tokens[range[1] + 1]!.lower),
    });
    out.push(made);
    covered.fill(1, range[0], range[1] + 1);
  }
  // Pronouns are resolved in reading order, so "it" after "Russia" in the same sentence works.
  const merged: ActorMention[] = [];
  const byFirst = [...out].sort((a, b) => a.first - b.first);
  let next = 0;
  sentence.tokens.forEach((t, i) => {
    while (next < byFirst.length && byFirst[next]!.first <= i) {
      let m = byFirst[next]!;
      // "the militants pulled out", "recaptured the town from the insurgents": the armed group
      // named last, in this sentence or before (group-references.ts).
      const group =
        !m.actor.root &&
        m.kind === 'sector' &&
        definiteArmedSector(sentence.tokens, m.first, m.actor.sector)
          ? salience.armedGroup()
          : null;
      if (group) m = mentionWith(m, { actor: withRoot(m.actor, group.actor.root) });
      merged.push(m);
      salience.remember(m);
      next++;
    }
    if (
      covered[i] === 0 &&
      classWords('paired-people').has(t.lower) &&
      ['two', 'both'].includes(sentence.tokens[i - 1]?.lower ?? '')
    ) {
      // "the two men", "both sides": the pair of the last exchange, even where no title matched.
      const pair = salience.pair();
      if (pair) {
        const both = mentionRecord({
          first: i - 1,
          last: i,
          actor: withText(pair[0].actor, t.text),
          kind: pair[0].kind,
          partner: mentionWith(pair[1], { actor: withText(pair[1].actor, t.text) }),
          pronoun: false,
          adjectiveOnly: false,
          plural: true,
          locative: false,
        });
        merged.push(both);
      }
      return;
    }
    const groupStart = covered[i] === 0 ? groupReferenceStart(sentence.tokens, i) : -1;
    if (groupStart >= 0 && covered.subarray(groupStart, i).every((c) => c === 0)) {
      // "the group said it would free the crew": the armed group named last.
      const ref = salience.armedGroup();
      if (ref) {
        const text = sentence.tokens
          .slice(groupStart, i + 1)
          .map((x) => x.text)
          .join(' ');
        const named = namedAgain(groupStart, i, ref, text, ref.kind);
        merged.push(named);
        salience.remember(named);
      }
      return;
    }
    if (
      covered[i] === 0 &&
      (t.text === 'North' || t.text === 'South') &&
      sentence.tokens[i - 1]?.lower === 'the' &&
      sentence.tokens[i + 1]?.pos !== 'PROPN'
    ) {
      // "the North", "the South": the North or South Korea (or Sudan) the text has named.
      const ref = salience.compass(t.text);
      if (ref) {
        const named = namedAgain(i, i, ref, t.text, 'state');
        merged.push(named);
        salience.remember(named);
      }
      return;
    }
    if (covered[i] === 1 || t.pos !== 'PRON') return;
    const kind = PERSONAL.has(t.lower)
      ? 'person'
      : NEUTER.has(t.lower)
        ? 'neuter'
        : PLURAL.has(t.lower)
          ? 'plural'
          : null;
    if (!kind) return;
    // "it is expected that ..." and "it said" about an unnamed source are not worth a guess
    // beyond what salience gives; an unresolved pronoun is simply not an actor.
    const objectForm = t.lower === 'him' || t.lower === 'her' || t.lower === 'them';
    const ref = salience.resolve(
      kind,
      '',
      objectForm,
      !objectForm && classWords('pronoun-clause-openers').has(sentence.tokens[i - 1]?.lower ?? ''),
    );
    if (!ref) return;
    const resolved: ActorMention = mentionRecord({
      first: i,
      last: i,
      actor: withText(ref.actor, t.text),
      antecedent: ref.antecedent ?? ref.actor.text,
      kind: ref.kind,
      pronoun: true,
      adjectiveOnly: false,
      plural: kind === 'plural',
      locative: false,
    });
    merged.push(resolved);
    // A resolved pronoun is itself a referent: "She urged him ..., and he rejected" finds him.
    salience.remember(resolved);
  });
  while (next < byFirst.length) {
    merged.push(byFirst[next]!);
    salience.remember(byFirst[next]!);
    next++;
  }
  return refine(
    sentence,
    merged.sort((a, b) => a.first - b.first),
    salience,
  );
}

const POSSESSIVES: Record<string, 'person' | 'neuter' | 'plural'> = {
  its: 'neuter',
  their: 'plural',
  his: 'person',
  her: 'person',
};
const LINKS = new Set(['in', 'from', 'of', 'throughout', 'across']);

/**
 * "Gunmen abducted dozens", "rebels looted shops": the tagger reads some past forms after a
 * plural subject as nouns; a plural (or collective: "police", "militia") sector word before a past
 * form that an object follows is the subject of that verb, not a modifier of a noun.
 */
function pastFormMisread(
  word: string,
  after: { lower: string },
  next: { pos: string } | undefined,
): boolean {
  return (
    /(?:[^s]s|men|police|militia)$/.test(word) &&
    after.lower.endsWith('ed') &&
    next !== undefined &&
    ['NOUN', 'PROPN', 'DET', 'NUM', 'PRON'].includes(next.pos)
  );
}

/**
 * A machine's model designation at `at` ("F-16", "Su-24", "MQ-9", "B-1B", "S-400"), one token of
 * the tagger's (`isModelDesignation`, which the actor matcher reads too), and a capitalised type
 * name after it ("MQ-9 Reaper"): how many tokens it takes (0 when none).
 */
function modelAfter(tokens: AnalysedSentence['tokens'], at: number): number {
  if (!isModelDesignation(tokens[at]?.text ?? '')) return 0;
  const name = tokens[at + 1];
  const after = tokens[at + 2];
  const named = name?.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(name.text) && after?.pos === 'NOUN';
  return named ? 2 : 1;
}

/**
 * "Russian strategic bombers", "Chinese naval vessels": one describing adjective may stand
 * between the nationality and a plural noun that ends the phrase. Not before a compound ("an
 * American ballistic missile submarine" stays a modifier of the vessel it names).
 */
function describedPlural(
  tokens: AnalysedSentence['tokens'],
  adjective: number,
  model: number,
): boolean {
  const noun = tokens[adjective + 1];
  return (
    model === 0 &&
    tokens[adjective]?.pos === 'ADJ' &&
    noun?.pos === 'NOUN' &&
    /[^s]s$/.test(noun.lower) &&
    tokens[adjective + 2]?.pos !== 'NOUN'
  );
}

/**
 * The state named by its adjective right before `m`, joined to it by a hyphen written without
 * spaces ("US-British", "Saudi-UAE"), when it is another state.
 */
function hyphenedAlly(
  tokens: Token[],
  mentions: ActorMention[],
  m: ActorMention,
): ActorMention | undefined {
  const hyphen = tokens[m.first - 1];
  const before = tokens[m.first - 2];
  if (hyphen?.text !== '-' || !before) return undefined;
  if (hyphen.start !== before.end || tokens[m.first]!.start !== hyphen.end) return undefined;
  return mentions.find(
    (x) =>
      x.last === m.first - 2 && x.adjectiveOnly && x.actor.root && x.actor.root !== m.actor.root,
  );
}

/**
 * Sector words without a country ("troops", "the rebels") get one from context: a possessive
 * ("its troops" after "Syria"), or a country right after them ("refugees in Liberia"). Sector
 * words used as modifiers ("joint military exercises", "military occupation") are not actors.
 */
function refine(
  sentence: AnalysedSentence,
  mentions: ActorMention[],
  salience: Salience,
): ActorMention[] {
  const tokens = sentence.tokens;
  const out: ActorMention[] = [];
  const consumed = new Set<ActorMention>();
  for (const m of mentions) {
    if (consumed.has(m)) continue;
    if (m.adjectiveOnly && m.actor.root) {
      // "Iraqi Kurds", "Palestinian suicide bombers": a nationality before a plural people noun
      // (one noun may come between) is a group; before military hardware ("British aircraft")
      // it is that state's military.
      // "a Russian Su-27 fighter jet", "an American MQ-9 Reaper drone": a model designation
      // (and its type name) may stand between the nationality and the machine.
      const model = modelAfter(tokens, m.last + 1);
      let head = m.last + 1 + model;
      if (describedPlural(tokens, head, model)) head++;
      else if (tokens[head]?.pos === 'NOUN' && tokens[head + 1]?.pos === 'NOUN') head++;
      const noun = tokens[head];
      const taken = mentions.some((x) => x.first > m.last && x.first <= head);
      const hardware =
        noun !== undefined &&
        (classWords('military-hardware').has(noun.lower) ||
          classWords('military-acts').has(noun.lower));
      if (
        noun &&
        !taken &&
        (noun.pos === 'NOUN' || noun.pos === 'PROPN') &&
        (hardware ||
          (model === 0 &&
            /[^s]s$/.test(noun.lower) &&
            !classWords('non-person-plurals').has(noun.lower)))
      ) {
        const sector = m.actor.sector || (hardware ? 'MIL' : 'CVL');
        // "US-British strikes", "a Saudi-UAE air raid": a state joined by a hyphen before it
        // acts with it (the pair's joint act, as with "the two Koreas").
        const ally = hardware ? hyphenedAlly(tokens, mentions, m) : undefined;
        const named = mentionWith(m, {
          last: head,
          adjectiveOnly: false,
          plural: true,
          actor: withSector(m.actor, sector),
          ...(ally && {
            partner: mentionWith(ally, {
              adjectiveOnly: false,
              actor: withSector(ally.actor, sector),
            }),
          }),
        });
        out.push(named);
        continue;
      }
    }
    if (m.actor.root || m.pronoun) {
      out.push(m);
      continue;
    }
    const last = tokens[m.last]!;
    const after = tokens[m.last + 1];
    // A phrase ending in an adjective modifies the noun after it ("military action"); with no
    // noun after it the tagger misread a noun ("quoted the army chief as saying").
    if (
      (last.pos === 'ADJ' && (after?.pos === 'NOUN' || after?.pos === 'PROPN')) ||
      (after &&
        (after.pos === 'NOUN' || after.pos === 'PROPN') &&
        m.first === m.last &&
        !pastFormMisread(last.lower, after, tokens[m.last + 2]))
    )
      continue;
    const before = tokens[m.first - 1]?.lower ?? '';
    // "Saudi-led forces", "the Vietnamese-led coalition": the leader's country is the unit's.
    const leader =
      before === 'led' && tokens[m.first - 2]?.lower === '-'
        ? out.find((x) => x.last === m.first - 3 && x.actor.root && !x.pronoun)
        : undefined;
    if (leader) {
      out.splice(out.indexOf(leader), 1);
      out.push(mentionWith(m, { first: leader.first, actor: withRootOf(m.actor, leader.actor) }));
      continue;
    }
    const possessive = POSSESSIVES[before];
    if (possessive) {
      // "Algeria recalled its ambassador to France, hours after Macron wrote to the Moroccan
      // king": the whole sentence is remembered by now; "its" is Algeria, named before it.
      const ref = salience.resolve(possessive, '', false, false, m.first - 1);
      if (ref) {
        out.push(mentionWith(m, { first: m.first - 1, actor: withRootOf(m.actor, ref.actor) }));
        continue;
      }
    }
    if (after && LINKS.has(after.lower)) {
      const host = mentions.find(
        (x) => x.actor.root && !x.pronoun && x.first > m.last && x.first <= m.last + 3,
      );
      if (host) {
        consumed.add(host);
        out.push(mentionWith(m, { last: host.last, actor: withRootOf(m.actor, host.actor) }));
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/**
 * A mention that names again, in words of its own ("the group", "the North"), an actor the text
 * has named before: the earlier mention's actor under the new words, one party, no pronoun.
 */
function namedAgain(
  first: number,
  last: number,
  earlier: ActorMention,
  text: string,
  kind: ActorMention['kind'],
): ActorMention {
  return mentionRecord({
    first,
    last,
    actor: withText(earlier.actor, text),
    kind,
    pronoun: false,
    adjectiveOnly: false,
    plural: false,
    locative: false,
  });
}

// The event coder: sentences in, mentions (who did what to whom, with flags and evidence) out.
// Pure: the dictionaries and the actor/place/date/quantity finders are passed in.
import { createHash } from 'node:crypto';
import type { Actor, Mention, Place, PloverType, Quantity, QuoteRecord } from '../records.js';
import { analyse, type AnalysedSentence, type Token } from '../nlp/analyse.js';
import type { CodableDocument, CodedDocument } from './types.js';
import type { PatternIndex } from './patterns.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { mentionsOf, Salience, type ActorMention, type ActorSpanLike } from './mentions.js';
import { attributionStart, rolesOf } from './roles.js';
import { findConditionClauses, insideCondition, modalityOf } from './modality.js';
import { quotesOf } from './quotes.js';
import { COERCIVE_TYPES, COOPERATIVE_TYPES, TYPE_DEFAULTS } from './defaults.js';

export interface PlaceSpanLike {
  start: number;
  end: number;
  text: string;
  place: Place;
}

/** The finders the coder leans on; offsets they return are relative to the text they are given. */
export interface CoderDeps {
  patterns: PatternIndex;
  findActors(text: string, date: string | null): ActorSpanLike[];
  findPlaces(text: string): PlaceSpanLike[];
  extractQuantities(sentence: string, docDate: string | null): Quantity[];
  resolveDate(
    sentence: string,
    docDate: string | null,
    tense: 'past' | 'future' | 'unknown',
  ): string | null;
}

/** Tokens between two triggers that show the second is the first one's complement. */
const COMPLEMENT_MAX = 10;
const CLAUSE_BREAKS = new Set([';', '.', 'but', 'while', 'after', 'before', 'because', 'and']);
const ACCUSATION_FRAMES = new Set(['of', 'for']);

function mentionId(
  doc: string,
  sentence: number,
  trigger: number,
  type: string,
  source: string,
  target: string,
): string {
  const h = createHash('sha256')
    .update(`${doc}|${sentence}|${trigger}|${type}|${source}|${target}`)
    .digest('hex');
  return 'm' + h.slice(0, 16);
}

function isPastForm(token: Token): boolean {
  return token.lower !== token.lemma && !token.lower.endsWith('ing');
}

interface Governed {
  absorbed: boolean;
  claimed: boolean;
  negated: boolean;
}

/** Whether trigger `t` is the complement of an earlier trigger ("agreed to withdraw", "accused X of attacking"). */
function governance(tokens: Token[], triggers: TriggerMatch[], t: TriggerMatch): Governed {
  for (let k = triggers.indexOf(t) - 1; k >= 0; k--) {
    const gov = triggers[k]!;
    if (gov.pattern.role !== 'event') continue;
    const between = tokens.slice(gov.last + 1, t.anchor);
    if (between.length > COMPLEMENT_MAX) return { absorbed: false, claimed: false, negated: false };
    if (between.some((x) => CLAUSE_BREAKS.has(x.lower)))
      return { absorbed: false, claimed: false, negated: false };
    const accusationFrame =
      gov.tokens.some((i) => tokens[i]!.lower === 'that') ||
      between.some((x) => ACCUSATION_FRAMES.has(x.lower) || x.lower === 'that');
    if (gov.pattern.type === 'ACCUSE' && accusationFrame) {
      return { absorbed: false, claimed: true, negated: false };
    }
    const infinitive = tokens[t.anchor - 1]?.lower === 'to';
    const thatClause = between.some((x) => x.lower === 'that');
    if (infinitive && gov.pattern.complement === 'negate')
      return { absorbed: false, claimed: false, negated: true };
    if (infinitive && gov.pattern.complement === 'keep')
      return { absorbed: false, claimed: false, negated: false };
    if (infinitive || (thatClause && gov.pattern.type === 'REQUEST')) {
      return { absorbed: true, claimed: false, negated: false };
    }
    return { absorbed: false, claimed: false, negated: false };
  }
  return { absorbed: false, claimed: false, negated: false };
}

/** Token ranges a denial covers ("denied planning an offensive"): nothing inside is an event. */
function denialRanges(tokens: Token[], triggers: TriggerMatch[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const t of triggers) {
    if (t.pattern.role !== 'denial') continue;
    let end = t.last + 1;
    // "denied that ... and accused Kyiv of ...": a coordinated verb starts a new assertion.
    const next = triggers.find(
      (x) => x.anchor > t.last && ['and', 'but', ','].includes(tokens[x.anchor - 1]?.lower ?? ''),
    );
    const stop = next ? next.anchor - 1 : tokens.length;
    while (end < stop && ![';', '.'].includes(tokens[end]!.lower)) end++;
    ranges.push([t.anchor, end]);
  }
  return ranges;
}

function mainSubject(
  tokens: Token[],
  mentions: ActorMention[],
  before: number,
): ActorMention | null {
  for (const m of mentions) {
    if (m.first >= before) break;
    const prev = tokens[m.first - 1]?.lower;
    if (
      !prev ||
      !['of', 'to', 'with', 'by', 'in', 'on', 'for', 'from', 'at', 'against'].includes(prev)
    )
      return m;
  }
  return null;
}

function actorOf(m: ActorMention | undefined): Actor {
  if (!m) return { root: '', sector: '', text: '' };
  return { ...m.actor, text: m.actor.text };
}

/**
 * The finders, remembering their answer for the sentence at hand: several triggers of one
 * sentence ask for its places and date, and chrono is the slowest step of the coder.
 */
function perSentence(deps: CoderDeps): CoderDeps {
  let placesFor: string | null = null;
  let places: PlaceSpanLike[] = [];
  let datesFor: string | null = null;
  const dates = new Map<string, string | null>();
  return {
    ...deps,
    findPlaces(text) {
      if (text !== placesFor) {
        placesFor = text;
        places = deps.findPlaces(text);
      }
      return places;
    },
    resolveDate(text, docDate, tense) {
      if (text !== datesFor) {
        datesFor = text;
        dates.clear();
      }
      const key = `${docDate}|${tense}`;
      if (!dates.has(key)) dates.set(key, deps.resolveDate(text, docDate, tense));
      return dates.get(key)!;
    },
  };
}

export function codeDocument(doc: CodableDocument, finders: CoderDeps): CodedDocument {
  const deps = perSentence(finders);
  const sentences = analyse(doc.text);
  const salience = new Salience();
  const out: CodedDocument = { sentences: [], mentions: [], quotes: [] };
  let lastCount: Mention | null = null;
  for (const s of sentences) {
    out.sentences.push({ doc: doc.id, index: s.index, start: s.start, end: s.end, text: s.text });
    const spans = deps.findActors(s.text, doc.published).map((span) => ({
      ...span,
      start: span.start + s.start,
      end: span.end + s.start,
    }));
    const mentions = mentionsOf(s, spans, salience);
    const quotes = quotesOf(doc.id, s, mentions, doc.text);
    out.quotes.push(...quotes);
    const coded = codeSentence(doc, s, mentions, quotes, deps);
    out.mentions.push(...coded);
    if (!coded.some((m) => m.type === 'ASSAULT')) {
      const counted = countedViolence(doc, s, deps, lastCount);
      if (counted === 'merged') continue;
      if (counted) {
        out.mentions.push(counted);
        lastCount = counted;
      }
    }
  }
  return out;
}

const VIOLENCE_UNITS =
  /\b(?:ceasefire violations?|violations?|explosions?|shell(?:s|ing)|attacks?|strikes?|shots|bursts|casualties|deaths|killed|wounded|injured)\b/;
const RECORDING =
  /\b(?:record(?:ed|s)?|register(?:ed|s)?|report(?:ed|s)?|observ(?:ed|es)|count(?:ed|s)?|log(?:ged|s)?|not(?:ed|es)|document(?:ed|s)?)\b/i;

/**
 * A monitoring count ("In Donetsk region the mission recorded 189 ceasefire violations, including
 * 128 explosions") is violence whose perpetrators the text does not name: an ASSAULT with unknown
 * actors, its place and counts. A sentence giving only the previous period's figure ("In the
 * previous period it recorded 222 ceasefire violations in the region") adds to the count before it.
 */
function countedViolence(
  doc: CodableDocument,
  s: AnalysedSentence,
  deps: CoderDeps,
  last: Mention | null,
): Mention | 'merged' | null {
  if (!RECORDING.test(s.text) || !VIOLENCE_UNITS.test(s.text)) return null;
  const quantities = deps
    .extractQuantities(s.text, doc.published)
    .filter((q) => VIOLENCE_UNITS.test(q.unit))
    .map((q) => (q.region || !last ? q : { ...q, region: last.quantities[0]?.region ?? '' }));
  if (quantities.length === 0) return null;
  if (last && quantities.every((q) => q.period !== 'current')) {
    last.quantities.push(...quantities);
    return 'merged';
  }
  const place = firstPlace(s, [], deps);
  const anchor = s.tokens.find((t) => RECORDING.test(t.text)) ?? s.tokens[0]!;
  const { cameo, intensity } = { cameo: '196', intensity: -9.5 };
  return {
    id: mentionId(doc.id, s.index, anchor.start, 'ASSAULT', '', ''),
    date: deps.resolveDate(s.text, doc.published, 'past'),
    source: { root: '', sector: '', text: '' },
    target: { root: '', sector: '', text: '' },
    type: 'ASSAULT',
    mode: 'ceasefire-violation',
    cameo,
    intensity,
    negated: false,
    conditional: false,
    future: false,
    claimed: false,
    place,
    quantities,
    evidence: { doc: doc.id, sentence: s.index, start: s.start, end: s.end, text: s.text },
    trigger: { start: anchor.start, end: anchor.end, text: anchor.text },
    pattern: 'assault.counted',
  };
}

function codeSentence(
  doc: CodableDocument,
  s: AnalysedSentence,
  mentions: ActorMention[],
  quotes: QuoteRecord[],
  deps: CoderDeps,
): Mention[] {
  const tokens = s.tokens;
  const triggers = findTriggers(tokens, deps.patterns);
  if (mentions.length === 0) return [];
  if (triggers.length === 0 && !tokens.some((t) => t.lower === 'must')) return [];
  const conditions = findConditionClauses(tokens);
  const denials = denialRanges(tokens, triggers);
  const places = placeSpans(s, deps);
  const demandsFound = mustDemands(tokens, mentions);
  const demands = demandsFound.map((d) => d.range);
  const attribution = attributionStart(tokens);
  const results: Mention[] = [];
  const seen = new Set<string>();
  let place: Place | null | undefined;
  let quantities: Quantity[] | undefined;

  // The subject of the previous act of the sentence, for a coordinated one ("... and wounded").
  let previousSubject: ActorMention[] = [];
  for (const trigger of triggers) {
    const inherited = previousSubject;
    previousSubject = [];
    const pattern = trigger.pattern;
    if (pattern.role !== 'event' || !pattern.type) continue;
    if (denials.some(([a, b]) => trigger.anchor > a && trigger.anchor <= b)) continue;
    if (insideCondition(conditions, trigger.anchor)) continue;
    const gov = governance(tokens, triggers, trigger);
    if (gov.absorbed) continue;
    if (demands.some(([a, b]) => trigger.anchor > a && trigger.anchor <= b)) continue;
    const anchorToken = tokens[trigger.anchor]!;
    const gerund = anchorToken.lower.endsWith('ing');
    const before = tokens[trigger.anchor - 1];
    // "aimed at establishing ties", "for its gunboats intercepting": a gerund under a preposition
    // names an aim or a background, not an act, unless it is what someone is accused of.
    if (
      gerund &&
      before &&
      (before.pos === 'ADP' || GERUND_PREPOSITIONS.has(before.lower)) &&
      !gov.claimed
    )
      continue;
    // "Moscow's demand for direct talks": talks named after a noun are no meeting held.
    if (!pattern.verbAnchor && before && TALK_NOUN_HEADS.has(before.lower)) continue;
    if (!gov.claimed && reducedRelative(tokens, trigger.anchor, mentions)) continue;

    const ceiling = trigger.anchor < attribution ? attribution : tokens.length;
    const joint = JOINT_TYPES.has(pattern.type);
    const recipients = RECIPIENT_PREPS[pattern.type];
    // Objects are searched from the verb on: in "charged the separatists with detaining" the
    // object sits inside the pattern's gap.
    let roles = rolesOf(
      tokens,
      mentions,
      trigger.anchor,
      objectStart(trigger),
      0,
      ceiling,
      joint,
      recipients,
      trigger.last,
      pattern.target === 'with',
    );
    if (
      !roles.passive &&
      (roles.sources.length === 0 || roles.sources.every((m) => !m.actor.root))
    ) {
      // "Germany sent a hospital but refused to ...": a second verb shares the first one's subject;
      // inside a quote, "we" is the speaker.
      const quoted = quoteAt(quotes, anchorToken.start);
      const subject = quoted?.speaker ? null : mainSubject(tokens, mentions, trigger.anchor);
      if (quoted?.speaker && roles.sources.length === 0)
        roles = { ...roles, sources: [speakerMention(quoted.speaker)] };
      else if (
        subject &&
        subject.actor.root &&
        sharesSubject(tokens, subject.last + 1, trigger.anchor)
      ) {
        roles = { ...roles, sources: [subject] };
      }
    }
    if (gerund && before?.lower === ',') {
      // "..., killing 20 people": a participle clause shares the main clause's subject.
      const subject = mainSubject(tokens, mentions, trigger.anchor);
      if (subject) roles = { ...roles, sources: [subject] };
    } else if (inherited.length > 0 && !roles.passive && coordinated(tokens, trigger.anchor)) {
      // "killed one soldier and wounded two others": the second verb has the first one's subject,
      // not the first one's object.
      roles = { ...roles, sources: inherited };
    }
    const sentencePlace = placeCountry(
      s,
      places.filter((p) => p.first < attribution),
      trigger.anchor,
    );
    if (
      roles.passive &&
      roles.sources.length === 0 &&
      pattern.type === 'RETREAT' &&
      roles.targets.length > 0
    ) {
      // "Guerrillas have been demobilized", "the troops were withdrawn": with no agent named, the
      // ones who pulled back are those the sentence is about.
      roles = { ...roles, sources: roles.targets, targets: [] };
    }
    if (sentencePlace) {
      // "ethnic Albanians in Macedonia": an ethnic group is coded by the country it lives in.
      const resident = (m: ActorMention): ActorMention =>
        tokens[m.first - 1]?.lower === 'ethnic' && m.actor.root !== sentencePlace
          ? { ...m, actor: { ...m.actor, root: sentencePlace } }
          : m;
      roles = {
        ...roles,
        sources: roles.sources.map(resident),
        targets: roles.targets.map(resident),
      };
    }
    let sources = roles.sources.map((m) => withInferredRoot(m, sentencePlace, roles.targets[0]));
    const relativeClause = ['where', 'which', 'who', 'that', 'whose', 'when'].includes(
      tokens[roles.clauseStart - 1]?.lower ?? '',
    );
    if (sources.length === 0 && pattern.type === 'ASSAULT' && sentencePlace && !relativeClause) {
      // "A roadside bomb near Samarra killed ...": an unnamed attacker is placed where it struck.
      sources = [placeActor(sentencePlace)];
    }
    if (sources.length === 0 && pattern.type === 'PROTEST' && !roles.passive) {
      // "Fundamentalists continued their hunger strike against President X": protesters with no
      // named country protest in the country of the place, or of the one they protest against.
      const against = roles.targets.find((m) => m.actor.root);
      const root = sentencePlace || against?.actor.root || '';
      if (root) sources = [{ ...placeActor(root), actor: { root, sector: 'CVL', text: '' } }];
    }
    sources = sources.filter((m) => m.actor.root !== '');
    if (sources.length === 0) continue;
    // In the passive the grammatical subject is the one acted on ("was indicted ... and will resign").
    previousSubject = roles.passive ? roles.targets : sources;
    let targetList = roles.targets
      .map((m) =>
        withInferredRoot(
          m,
          objectPlace(s, places, trigger.last, ceiling) ?? sentencePlace,
          sources[0],
        ),
      )
      .filter(
        (m) =>
          !(
            m.fromPlace &&
            OWN_SECTORS.has(m.actor.sector) &&
            sources.some((x) => x.actor.root === m.actor.root && OWN_SECTORS.has(x.actor.sector))
          ),
      );
    if (
      targetList.length === 0 &&
      (pattern.type === 'THREATEN' || COERCIVE_TYPES.has(pattern.type))
    ) {
      // "threatened to act if Washington did not ...": the one the threat is aimed at is in the condition.
      const cond = conditions.find((c) => c.start > trigger.last);
      const aimed =
        cond &&
        mentions.find(
          (m) => m.first > cond.start && m.first <= cond.end && m.actor.root && !m.pronoun,
        );
      if (aimed && !sources.some((x) => x.actor.root === aimed.actor.root)) targetList = [aimed];
    }
    if (targetList.length === 0 && sentencePlace && objectPlace(s, places, trigger.last, ceiling)) {
      // "evacuate settlements in the Gaza Strip": with no actor as object, the place it happens.
      targetList = [placeActor(objectPlace(s, places, trigger.last, ceiling)!)];
    }

    const modality = modalityOf(tokens, trigger.anchor, roles.clauseStart, conditions, s.text);
    if (
      isPastForm(tokens[trigger.anchor]!) &&
      !tokens
        .slice(Math.max(0, trigger.anchor - 4), trigger.anchor)
        .some((t) => ['will', 'would', "'ll"].includes(t.lower))
    ) {
      modality.future = false;
    }
    // "is ready to talk", "stands ready to meet": a stated readiness is about an act to come
    // ("agreed to meet" is an agreement made, and keeps future false unless a marker says so).
    if (
      pattern.type === 'AGREE' &&
      !modality.future &&
      ['be', 'stand'].includes(tokens[trigger.anchor]!.lemma) &&
      intentComplement(tokens, trigger)
    ) {
      modality.future = true;
    }
    const claimed = modality.claimed || gov.claimed;
    let type: PloverType = pattern.type;
    let negated = modality.negated || gov.negated;
    let cameo = pattern.cameo;
    let intensity = pattern.intensity;
    if (negated && pattern.negatedType) {
      type = pattern.negatedType;
      negated = false;
    } else if (
      modality.future &&
      !negated &&
      !claimed &&
      !pattern.keepFuture &&
      !predictedByOther(tokens, mentions, trigger.anchor, sources)
    ) {
      // An announced act is not the act: a promise to cooperate is AGREE, one to coerce THREATEN.
      if (COOPERATIVE_TYPES.has(type)) type = 'AGREE';
      else if (type === 'PROTEST') {
        // An official's announced boycott is a threat; activists' planned rally is a protest to come.
        if (sources.some((m) => OFFICIAL_SECTORS.has(m.actor.sector) || m.kind === 'state'))
          type = 'THREATEN';
      } else if (COERCIVE_TYPES.has(type)) type = 'THREATEN';
    }
    if (
      type === 'PROTEST' &&
      sources.some((m) => OFFICIAL_SECTORS.has(m.actor.sector) || m.kind === 'person')
    ) {
      // A minister "protesting against" something protests in words: PLOVER's ACCUSE.
      type = 'ACCUSE';
    }
    if (type !== pattern.type) {
      cameo = TYPE_DEFAULTS[type].cameo;
      intensity = TYPE_DEFAULTS[type].intensity;
    }

    if (place === undefined) place = firstPlace(s, mentions, deps);
    if (quantities === undefined) quantities = deps.extractQuantities(s.text, doc.published);
    const tense = modality.future
      ? 'future'
      : isPastForm(tokens[trigger.anchor]!)
        ? 'past'
        : 'unknown';
    const date = deps.resolveDate(s.text, doc.published, tense);
    const first = tokens[trigger.anchor]!;
    const lastTok = tokens[trigger.last]!;
    if (pattern.partner && targetList.length === 0) continue;
    if (
      targetList.length === 0 &&
      DOMESTIC_TYPES.has(type) &&
      sources.length === 1 &&
      (!sentencePlace || sentencePlace === sources[0]!.actor.root)
    ) {
      // "Sudan's government lifted the state of emergency": easing, coercing and stepping back
      // with no one named are acts on the country itself (PLOVER codes them X -> X).
      targetList = [placeActor(sources[0]!.actor.root)];
    }
    const targets = targetList.length > 0 ? targetList : [undefined];
    for (const src of sources) {
      for (const tgt of targets) {
        if (
          tgt &&
          tgt.actor.root === src.actor.root &&
          tgt.actor.sector === src.actor.sector &&
          !tgt.fromPlace
        )
          continue;
        const source = actorOf(src);
        const target = actorOf(tgt);
        const key = `${type}|${source.root}|${target.root}`;
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({
          id: mentionId(doc.id, s.index, first.start, type, source.root, target.root),
          date,
          source,
          target,
          type,
          mode: pattern.mode,
          cameo,
          intensity,
          negated,
          conditional: modality.conditional,
          future: modality.future,
          claimed,
          place,
          quantities,
          evidence: { doc: doc.id, sentence: s.index, start: s.start, end: s.end, text: s.text },
          trigger: {
            start: first.start,
            end: lastTok.end,
            text: doc.text.slice(first.start, lastTok.end),
          },
          pattern: pattern.id,
        });
      }
    }
  }
  for (const d of demandsFound) {
    for (const target of d.targets) {
      const source = actorOf(d.speaker);
      const key = `REQUEST|${source.root}|${target.actor.root}`;
      if (
        seen.has(key) ||
        !source.root ||
        !target.actor.root ||
        (source.root === target.actor.root && source.sector === target.actor.sector)
      )
        continue;
      seen.add(key);
      const must = tokens[d.range[0]]!;
      results.push({
        id: mentionId(doc.id, s.index, must.start, 'REQUEST', source.root, target.actor.root),
        date: deps.resolveDate(s.text, doc.published, 'unknown'),
        source,
        target: actorOf(target),
        type: 'REQUEST',
        mode: '',
        cameo: '100',
        intensity: TYPE_DEFAULTS.REQUEST.intensity,
        negated: false,
        conditional: conditions.length > 0,
        future: false,
        claimed: false,
        place: place ?? firstPlace(s, mentions, deps),
        quantities: quantities ?? deps.extractQuantities(s.text, doc.published),
        evidence: { doc: doc.id, sentence: s.index, start: s.start, end: s.end, text: s.text },
        trigger: { start: must.start, end: must.end, text: must.text },
        pattern: 'request.must',
      });
    }
  }
  // "killed one soldier and wounded two others": an act with no target repeats one of the same
  // source and type that has one.
  return results.filter(
    (m) =>
      m.target.root !== '' ||
      !results.some(
        (o) =>
          o !== m && o.type === m.type && o.source.root === m.source.root && o.target.root !== '',
      ),
  );
}

/** Sectors whose members are usually of the country where they act (civilians, rebels, police...). */
const INFERABLE_SECTORS: ReadonlySet<string> = new Set([
  'CVL',
  'REB',
  'OPP',
  'REF',
  'EDU',
  'LAB',
  'CRM',
  'COP',
  'JRN',
  'MED',
  'BUS',
  'HLH',
  'REL',
  'GOV',
  'JUD',
  'LEG',
]);

/** Sectors of a state's own apparatus: an inferred target in them is the source itself. */
const OWN_SECTORS: ReadonlySet<string> = new Set(['', 'GOV', 'MIL', 'DIP', 'LEG', 'SPY']);
/** Nouns after which "for talks" is wanted, not held ("a demand for talks", "calls for talks"). */
const TALK_NOUN_HEADS: ReadonlySet<string> = new Set([
  'demand',
  'demands',
  'call',
  'calls',
  'hope',
  'hopes',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'push',
  'pressure',
  'appeal',
  'appeals',
  'request',
  'requests',
  'need',
  'preparations',
  'basis',
  'readiness',
  'offer',
  'offers',
  'conditions',
  'prospects',
  'support',
]);
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set([
  'for',
  'of',
  'at',
  'by',
  'on',
  'about',
  'without',
  'after',
  'before',
  'in',
  'from',
  'against',
  'towards',
  'toward',
]);
const OFFICIAL_SECTORS: ReadonlySet<string> = new Set(['GOV', 'DIP', 'LEG', 'MIL', 'JUD']);
/** Types whose act, with no target named, falls on the actor's own country. */
const DOMESTIC_TYPES: ReadonlySet<PloverType> = new Set(['CONCEDE', 'COERCE', 'RETREAT']);
const JOINT_TYPES: ReadonlySet<PloverType> = new Set(['AGREE', 'CONSULT', 'COOPERATE', 'SUPPORT']);
/** Types whose target is the one something goes to ("delivered missiles to Ukraine"). */
const RECIPIENT_PREPS: Partial<Record<PloverType, ReadonlySet<string>>> = {
  AID: new Set(['to', 'for']),
  COOPERATE: new Set(['with', 'to']),
};

/**
 * "Germany sent a field hospital to Ukraine but refused to ...": a verb right after "but"/"and"
 * (give or take an auxiliary) continues the clause of the first subject; a relative clause
 * ("a resolution that aims to impose") does not.
 */
/** Whether an AGREE trigger governs an infinitive ("agreed to meet", "ready to talk"). */
function intentComplement(tokens: Token[], trigger: TriggerMatch): boolean {
  const last = tokens[trigger.last]!;
  const next = tokens[trigger.last + 1];
  const after = tokens[trigger.last + 2];
  if (last.lower === 'to') return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
  return (
    next?.lower === 'to' && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')
  );
}

/** The last token before the trigger's object: the anchor, or the pattern's fixed words right after it. */
function objectStart(trigger: TriggerMatch): number {
  let k = trigger.anchor;
  while (trigger.tokens.includes(k + 1)) k++;
  return k;
}

/** A verb right after "and"/"or" (give or take an auxiliary or adverb): a coordinated predicate. */
function coordinated(tokens: Token[], anchor: number): boolean {
  let k = anchor - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(tokens[k]!.pos)) k--;
  return k >= 0 && ['and', 'or'].includes(tokens[k]!.lower);
}

function sharesSubject(tokens: Token[], from: number, anchor: number): boolean {
  const between = tokens.slice(from, anchor);
  if (between.some((t) => ['that', 'which', 'who', 'whom', 'whose', ';'].includes(t.lower)))
    return false;
  let k = anchor - 1;
  while (
    k >= from &&
    (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')
  )
    k--;
  return k >= from && ['but', 'and'].includes(tokens[k]!.lower);
}

function quoteAt(quotes: QuoteRecord[], offset: number): QuoteRecord | undefined {
  return quotes.find(
    (q) => q.start <= offset && offset < q.end && q.words.length < q.end - q.start + 1,
  );
}

function speakerMention(actor: Actor): ActorMention {
  return {
    first: -1,
    last: -1,
    actor,
    kind: 'person',
    pronoun: false,
    adjectiveOnly: false,
    plural: false,
    locative: false,
  };
}

/**
 * "the troops massed near Ukraine", "the statement condemning Russia": a participle right after
 * the object of another verb describes that object; it is not a new act.
 */
function reducedRelative(tokens: Token[], anchor: number, mentions: ActorMention[]): boolean {
  const verb = tokens[anchor]!;
  const prev = tokens[anchor - 1];
  if (!prev || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return false;
  if (verb.lower.endsWith('ing')) {
    // "for one of its gunboats intercepting a ship": a gerund after the object of a preposition.
    let k = anchor - 2;
    while (k >= 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON'].includes(tokens[k]!.pos)) k--;
    return k >= 0 && tokens[k]!.pos === 'ADP';
  }
  if (verb.lower === verb.lemma || !/(?:ed|en|wn)$/.test(verb.lower)) return false;
  // A past participle: only when what follows is no object and the noun before is itself an object.
  const next = tokens[anchor + 1];
  if (!next || next.pos !== 'ADP') return false;
  const np = mentions.find((m) => m.last === anchor - 1);
  if (!np) return false;
  let k = np.first - 1;
  while (
    k >= 0 &&
    (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')
  )
    k--;
  const head = tokens[k];
  return head !== undefined && (head.pos === 'VERB' || head.pos === 'ADP' || head.pos === 'ADV');
}
const REPORTING_LEMMAS = new Set([
  'say',
  'declare',
  'reiterate',
  'announce',
  'insist',
  'tell',
  'stress',
  'warn',
  'state',
  'add',
  'argue',
  'write',
]);

/**
 * "Blinken said Russia would attack": a prediction about someone else's act is not that actor's
 * promise or threat, so the act keeps its type (with the future flag).
 */
function predictedByOther(
  tokens: Token[],
  mentions: ActorMention[],
  anchor: number,
  sources: ActorMention[],
): boolean {
  for (let i = anchor - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (
      !(REPORTING_LEMMAS.has(t.lemma) || t.lemma === 'predict' || t.lemma === 'expect') ||
      t.pos !== 'VERB'
    )
      continue;
    const speaker = [...mentions].reverse().find((m) => m.last < i && m.last >= i - 4);
    if (!speaker?.actor.root) return false;
    return !sources.some((src) => src.actor.root === speaker.actor.root);
  }
  return false;
}

interface MustDemand {
  speaker: ActorMention;
  targets: ActorMention[];
  /** From "must" to the end of its clause: acts inside are the content of the demand. */
  range: [number, number];
}

/**
 * "Britain said Libya must hand over the suspects": a statement that someone must act is a
 * demand (REQUEST) from the speaker to that someone; what they must do is not coded as done.
 */
function mustDemands(tokens: Token[], mentions: ActorMention[]): MustDemand[] {
  const out: MustDemand[] = [];
  tokens.forEach((t, k) => {
    if (t.lower !== 'must') return;
    const subject = [...mentions].reverse().find((m) => m.last < k && m.last >= k - 3);
    if (!subject) return;
    const group = mentions.filter(
      (m) => m.last <= subject.last && m.first >= subject.first - 8 && joinedTo(tokens, m, subject),
    );
    const reportAt = tokens.findIndex(
      (x, i) => i < group[0]!.first && REPORTING_LEMMAS.has(x.lemma) && x.pos === 'VERB',
    );
    if (reportAt < 0) return;
    // The speaker: the nearest named actor before the reporting verb ("The Bush administration").
    const speaker = [...mentions]
      .reverse()
      .find((m) => m.last < reportAt && !m.locative && m.actor.root);
    if (!speaker) return;
    let end = k + 1;
    while (end < tokens.length && ![';', '.'].includes(tokens[end]!.lower)) end++;
    out.push({ speaker, targets: group, range: [k, end] });
  });
  return out;
}

/** Whether `m` is `head` or joined to it by "and"/"," ("US and British forces"). */
function joinedTo(tokens: Token[], m: ActorMention, head: ActorMention): boolean {
  if (m === head) return true;
  const between = tokens.slice(m.last + 1, head.first);
  return (
    between.length > 0 &&
    between.length <= 3 &&
    between.some((t) => ['and', ',', 'or'].includes(t.lower)) &&
    between.every((t) => ['and', ',', 'or', 'his', 'its', 'their', 'the'].includes(t.lower))
  );
}

type RoleMention = ActorMention & { fromPlace?: boolean };

interface PlaceAt {
  first: number;
  last: number;
  place: Place;
}

function placeSpans(s: AnalysedSentence, deps: CoderDeps): PlaceAt[] {
  const out: PlaceAt[] = [];
  for (const span of deps.findPlaces(s.text)) {
    const start = span.start + s.start;
    const end = span.end + s.start;
    const first = s.tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last + 1 < s.tokens.length && s.tokens[last + 1]!.end <= end) last++;
    if (first >= 0) out.push({ first, last, place: span.place });
  }
  return out;
}

/** The country of the sentence's place nearest the trigger, if any. */
function placeCountry(s: AnalysedSentence, places: PlaceAt[], anchor: number): string {
  let best: PlaceAt | null = null;
  for (const p of places) {
    if (!p.place.country) continue;
    if (!best || Math.abs(p.first - anchor) < Math.abs(best.first - anchor)) best = p;
  }
  return best?.place.country ?? '';
}

function objectPlace(
  s: AnalysedSentence,
  places: PlaceAt[],
  last: number,
  ceiling: number,
): string | null {
  const p = places.find(
    (x) => x.first > last && x.first < Math.min(ceiling, last + 14) && x.place.country,
  );
  return p ? p.place.country : null;
}

function placeActor(country: string): RoleMention {
  return {
    first: -1,
    last: -1,
    actor: { root: country, sector: '', text: '' },
    kind: 'state',
    pronoun: false,
    adjectiveOnly: false,
    plural: false,
    locative: true,
    fromPlace: true,
  };
}

/**
 * A sector noun with no country ("demonstrators", "gunmen") takes one from the sentence's place,
 * else from the other side of the event: most such events are within one country.
 */
function withInferredRoot(
  m: ActorMention,
  placeRoot: string,
  other: ActorMention | undefined,
): RoleMention {
  // Officials, diplomats and soldiers of no named country are not placed: "the ministers
  // discussed Ukraine" says nothing of whose ministers they are.
  if (
    m.actor.root ||
    (m.kind !== 'sector' && !INFERABLE_SECTORS.has(m.actor.sector)) ||
    (m.kind === 'office' && m.plural && (m.actor.sector === 'GOV' || m.actor.sector === 'DIP'))
  )
    return m;
  // A government or ministry is placed by the other side only ("protested against the
  // government" at home), never by a place named in passing; a named office holder ("President
  // X ... in Sudan") is placed.
  const placed = m.actor.sector !== 'GOV' || (m.kind === 'office' && !m.plural);
  const root = (placed ? placeRoot : '') || other?.actor.root || '';
  return root ? { ...m, actor: { ...m.actor, root }, fromPlace: true } : m;
}

function firstPlace(s: AnalysedSentence, mentions: ActorMention[], deps: CoderDeps): Place | null {
  const spans = deps.findPlaces(s.text);
  for (const span of spans) {
    const start = span.start + s.start;
    const overlapsActor = mentions.some((m) => {
      const a = s.tokens[m.first]!.start;
      const b = s.tokens[m.last]!.end;
      return start >= a && start < b && !m.pronoun;
    });
    if (!overlapsActor || span.place.level !== 'country') return span.place;
  }
  return null;
}

// The event coder: sentences in, mentions (who did what to whom, with flags and evidence) out.
// Pure: the dictionaries and the actor/place/date/quantity finders are passed in.
import { abilityOnly } from './abilities.js';
import { backgroundAct } from './background.js';
import { vowOfForce } from './vows-of-force.js';
import { contestOfSport } from './contests.js';
import type { Actor, Mention, Place, PloverType, Quantity, QuoteRecord } from '../records.js';
import { analyseLazily, type AnalysedSentence, type Token } from '../nlp/analyse.js';
import type { Parse } from '../nlp/parse/index.js';
import type { CodableDocument, CodedDocument, DropReason, TriggerDrop } from './types.js';
import type { CompiledPattern, PatternIndex } from './patterns.js';
import {
  appositiveBackReference,
  findTriggers,
  joinedToHyphen,
  type TriggerMatch,
} from './triggers.js';
import { mentionsOf, Salience, type ActorMention, type ActorSpanLike } from './mentions.js';
import { futureCarried } from './carried-modality.js';
import { doerSectorsOf } from './doer-sectors.js';
import { foreignRoot, missionOwners } from './missions-abroad.js';
import {
  attributionStart,
  conjunctsAfter,
  nextClauseStart,
  recipientOfJoint,
  rolesOf,
  type Roles,
  verbObjects,
} from './roles.js';
import { askedParties, inAskingAdjunct } from './request-adjuncts.js';
import { holderAsked } from './release-demands.js';
import {
  findConditionClauses,
  insideCondition,
  modalityOf,
  restrictiveCondition,
  threatUttered,
  type ConditionClause,
  type TriggerModality,
} from './modality.js';
import { quoteContext, quotesOf } from './quotes.js';
import { timedGerund, timedGerundDoers } from './timed-gerunds.js';
import { placedSpeaker } from './quote-speakers.js';
import { measureDoer } from './measure-passives.js';
import { listedAgentAfter, listedAgents } from './listed-agents.js';
import { ownSideRoles } from './own-side-passives.js';
import {
  bySidelessCause,
  causedByNoOne,
  hazardBesideVerb,
  mayBeCausedByNoOne,
  runningToll,
} from './harm-causes.js';
import { aimedAtAfter } from './aimed-at.js';
import { partiesBetween } from './between-passives.js';
import { demandedSubjects, thatAfter } from './demanded-clauses.js';
import { directedRequests } from './directed-requests.js';
import {
  COERCIVE_TYPES,
  COOPERATIVE_TYPES,
  OWN_APPARATUS,
  TYPE_DEFAULTS,
  otherBranch,
} from './defaults.js';
import { helpsForce } from './forceful-help.js';
import { mentionId } from './ids.js';
import type { LearnedTriggers } from './learned/propose.js';
import {
  coordinated,
  denialRanges,
  governance,
  intentComplement,
  isPastForm,
  mainSubject,
  objectStart,
  possessiveObject,
  reciprocalObject,
  reportingParticiple,
  reducedRelative,
  sharesSubject,
  type Governed,
} from './clauses.js';
import {
  isDeontic,
  mustDemands,
  opensDemandList,
  predictedByOther,
  type DemandList,
} from './demands.js';
import { COUNT_REACH, countedViolence } from './counts.js';
import { actInPhrase, nominalRoles, type NominalRoles } from './nominal.js';
import { laidAct } from './laid-acts.js';
import { joinedAct, mayJoin } from './joined-acts.js';
import { mayReactTo, reactedAct } from './reacted-acts.js';
import { protestInAdjunct } from './protest-adjuncts.js';
import { crowdCrackedDown } from './crowd-protests.js';
import { frontedSubject, meetingInAdjunct } from './meetings.js';
import { namesCivicActivity, turnedOnOwnPeople } from './domestic.js';
import { agreementCounterparts } from './self-agreement.js';
import { reactingMembers } from './joint-reactions.js';
import { accuserAsVictim } from './claimed-victims.js';
import { otherSideOnOwnGround } from './other-side.js';
import { cargoArrives } from './cargo.js';
import { withHosts, withSides } from './hosts.js';
import { withHelpSentAtRequest } from './sent-at-request.js';
import { withoutTripsToMeetings } from './trips.js';
import { withoutProtestDemands } from './protest-demands.js';
import { envoyHost } from './envoy-hosts.js';
import { participleOfSubjectlessClause, subordinateSubject } from './participle-clauses.js';
import { withoutPenaltyAuthors } from './authors.js';
import { spokenRoles } from './speaker.js';
import { builtInWordClasses, classWords } from './word-classes.js';
import { aidRecipients } from './aid-recipients.js';
import { thirdPair } from './three-way.js';
import {
  firstPlace,
  objectPlace,
  postedState,
  locatedIn,
  rebelHeld,
  doerOf,
  placeActor,
  placeCountry,
  placeCrowd,
  placeSpans,
  isVenue,
  withInferredRoot,
  namedLegislature,
  type PlaceAt,
  type RoleMention,
} from './places.js';
import { DocumentContext, soleCountry } from './context.js';
import { reactionOpening, reactionSubject } from './reactions.js';
import { relativeObject } from './relative-objects.js';
import { draftersOf } from './drafters.js';
import { withSwitchedRecognition } from './switched-recognition.js';
import { groupAfter, groupInParse, groupParties } from './group-objects.js';
import { speakerOfCoordinated } from './reporter-coordination.js';
import { conditionParty } from './condition-parties.js';
import { reportingSide } from './reporting-side.js';
import {
  amongThoseWho,
  groupOfPronoun,
  organOfFirstSubject,
  otherSideAtHome,
  ownOrgan,
  pairObject,
  pairSubject,
} from './groups.js';
import { IntroducedNames } from './introductions.js';
import { bareObject } from './bare-objects.js';
import { withRoot, withSector, withText } from '../actors/actor-record.js';
import { mentionRecord, mentionWith } from './mention-record.js';
import { takenPlace } from './taken-places.js';
import { chosenGerund } from './chosen-acts.js';
import { meansOfAct } from './means-gerunds.js';
import { allegedReciprocally } from './accused-gerunds.js';
import { recognisedRoleState } from './recognised-roles.js';
import { personalPronounSubject } from './pronoun-doers.js';
import { warningThreatens } from './warnings.js';
import { questionEnd } from './questions.js';
import { asksForThing } from './asked-things.js';
import { outsideDateline } from './dateline.js';
import { infinitiveAfterAdjuncts } from './intent-adjuncts.js';
import {
  addressedParty,
  assertedBetween,
  attackOwner,
  countedCrowd,
  personsFollowing,
  criticised,
  backReference,
  clashPartner,
  definiteObjectHead,
  directObjectEnd,
  enteredState,
  ENTERED_REACH,
  pastCrossedWay,
  placeAfterFrom,
  struckPlaceOwner,
} from './frames.js';

export interface PlaceSpanLike {
  start: number;
  end: number;
  text: string;
  place: Place;
}

/** Types of acts named by a noun that are coded wherever their phrase names doer and object. */
const PHRASE_ACT_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT']);
/** Acts a sentence may lay on a doer by a noun: hostile acts one side answers or is charged with. */
const LAID_ACT_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'SANCTION', 'COERCE']);
/** Sectors of a state's forces of order: who arrests, detains and confines at home. */
const SECURITY_SECTORS = new Set(['MIL', 'COP', 'SPY']);
/** The finders the coder leans on; offsets they return are relative to the text they are given. */
export interface CoderDeps {
  patterns: PatternIndex;
  /**
   * Token indexes of the subjects of the verb at `verb` in a dependency parse of the sentence
   * (optional: without it, roles come from word distance alone).
   */
  subjectsOf?(tokens: Token[], verb: number): number[];
  /** The dependency parse of the sentence (optional, as `subjectsOf`; the same parse). */
  parseOf?(tokens: Token[]): Parse;
  /** Diagnostics: told of each event trigger that gave no event (see `DropReason`). */
  onDrop?(drop: TriggerDrop): void;
  /** The learned trigger model's proposals added to the patterns' triggers (learned/propose.ts). */
  learned?: LearnedTriggers;
  findActors(text: string, date: string | null): ActorSpanLike[];
  findPlaces(text: string): PlaceSpanLike[];
  extractQuantities(sentence: string, docDate: string | null): Quantity[];
  resolveDate(
    sentence: string,
    docDate: string | null,
    tense: 'past' | 'future' | 'unknown',
  ): string | null;
}

function actorOf(m: ActorMention | undefined): Actor {
  if (!m) return { root: '', sector: '', text: '' };
  return withText(m.actor, m.actor.text);
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

/**
 * Sentences per chunk of a long document's coded content: the store takes each chunk as it comes,
 * so a long text's sentences and mentions are never all in memory at once.
 */
export const CHUNK_SENTENCES = 2000;

/** A document's coded content in chunks of `chunkSentences` sentences, in document order. */
export function* codeInChunks(
  doc: CodableDocument,
  finders: CoderDeps,
  chunkSentences = CHUNK_SENTENCES,
): Generator<CodedDocument> {
  const deps = perSentence(finders);
  // Lazily, piece by piece: a long document's tokens are never all in memory at once.
  const sentences = analyseLazily(doc.text);
  const salience = new Salience();
  const context = new DocumentContext();
  const introduced = new IntroducedNames();
  let out: CodedDocument = { sentences: [], mentions: [], quotes: [] };
  let lastCount: Mention | null = null;
  const quoting = quoteContext(doc.text);
  // A list of demands opened by an earlier sentence, while its items follow.
  let list: DemandList | null = null;
  for (const s of sentences) {
    if (lastCount && s.index - lastCount.evidence.sentence > COUNT_REACH) lastCount = null;
    if (out.sentences.length >= chunkSentences) {
      // The last count may still take a later "in the previous period" figure: it goes with
      // the next chunk (with the mentions after it), so it is stored once it is complete.
      const open = lastCount ? out.mentions.indexOf(lastCount) : -1;
      const carried = open >= 0 ? out.mentions.splice(open) : [];
      yield out;
      out = { sentences: [], mentions: carried, quotes: [] };
    }
    out.sentences.push({ doc: doc.id, index: s.index, start: s.start, end: s.end, text: s.text });
    const found = outsideDateline(s.text, deps.findActors(s.text, doc.published));
    if (s.index === 0 && !/[.!?"'”’)]$/.test(s.text)) {
      // A headline (no final stop) names people by surname before the story introduces them: read where the
      // lead names them again (a few words either side: the office stands next to the name).
      for (const word of introduced.unknownNames(s.text, found)) {
        const at = doc.text.indexOf(word, s.end);
        if (at < 0 || at - s.end > HEADLINE_LEAD_CHARS) continue;
        const from = Math.max(s.end, at - INTRODUCTION_REACH);
        const around = doc.text.slice(from, at + word.length + INTRODUCTION_REACH);
        introduced.learn(around, deps.findActors(around, doc.published));
      }
    }
    // Officials the dictionaries lack, named by surname after the document introduced them.
    found.push(...introduced.spansIn(s.text, found));
    introduced.learn(s.text, found);
    const named = introduced.absorbNames(s.text, introduced.lendPossessive(s.text, found));
    const spans = Array.from(named, (span) => ({
      ...span,
      start: span.start + s.start,
      end: span.end + s.start,
    }));
    const mentions = mentionsOf(s, spans, salience);
    const quotes = quotesOf(doc.id, s, mentions, doc.text, quoting, deps.subjectsOf);
    out.quotes.push(...quotes);
    list = list && list.itemsLeft > 0 && isDeontic(s.tokens) ? list : null;
    const coded = codeSentence(doc, s, mentions, quotes, deps, list, context);
    context.note(mentions, mainSubject(s.tokens, mentions, s.tokens.length));
    if (list) list.itemsLeft -= 1;
    list = opensDemandList(s.tokens, mentions) ?? list;
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
  yield out;
}

/** How much of a story a headline's unknown names are looked up in. */
const HEADLINE_LEAD_CHARS = 1500;
/** Characters either side of a name where its office is looked for. */
const INTRODUCTION_REACH = 80;

export function codeDocument(doc: CodableDocument, finders: CoderDeps): CodedDocument {
  const out: CodedDocument = { sentences: [], mentions: [], quotes: [] };
  for (const chunk of codeInChunks(doc, finders, Infinity)) {
    out.sentences.push(...chunk.sentences);
    out.mentions.push(...chunk.mentions);
    out.quotes.push(...chunk.quotes);
  }
  return out;
}

/** What the triggers of one sentence share: made once per sentence, every field present. */
class SentenceScope {
  readonly results: Mention[] = [];
  readonly seen = new Set<string>();
  /** Acts whose target is the actor's own country only because no one else was named. */
  readonly onItself = new Set<Mention>();
  /**
   * Verbs whose subject is an act named by a noun ("An airstrike on X killed 20 civilians"):
   * they tell what that act did, and have no doer of their own to code.
   */
  readonly predicates = new Set<number>();
  /** The subject of the previous act of the sentence, for a coordinated one ("... and wounded"). */
  previousSubject: ActorMention[] = [];
  /** The question mark closing a question the sentence opens with, or -1 (questions.ts). */
  readonly questionEnd: number;
  place: Place | null | undefined = undefined;
  quantities: Quantity[] | undefined = undefined;
  readonly fromContext: (sector: string) => string;
  /** The main subject of the document's sentence before this one, when it had a country. */
  readonly lastSentenceSubject: ActorMention | null;
  constructor(
    readonly doc: CodableDocument,
    readonly s: AnalysedSentence,
    readonly tokens: Token[],
    readonly mentions: ActorMention[],
    readonly quotes: QuoteRecord[],
    readonly deps: CoderDeps,
    readonly triggers: TriggerMatch[],
    readonly nominals: Map<TriggerMatch, NominalRoles>,
    readonly places: PlaceAt[],
    readonly conditions: ConditionClause[],
    readonly denials: [number, number][],
    readonly demands: [number, number][],
    readonly attribution: number,
    /** The one country the sentence names ('' if none or several): see `soleCountry`. */
    readonly ownCountry: string,
    context: DocumentContext,
  ) {
    this.fromContext = (sector: string): string => context.rootFor(sector);
    this.lastSentenceSubject = context.previousSubject();
    this.questionEnd = questionEnd(tokens);
  }
}

/**
 * One trigger's reading as it is built up, step by step (roles, doers, targets): made once per
 * trigger with every field present, so each step sees one shape.
 */
class TriggerScope {
  roles: Roles;
  ceiling: number;
  nominal: NominalRoles | undefined = undefined;
  /** "came under fire from ...": the country fired from ('' unknown), null when not asked. */
  firedFrom: string | null = null;
  orderAnnounced = false;
  sentencePlace = '';
  sources: RoleMention[] = [];
  targetList: RoleMention[] = [];
  jointly = false;
  /**
   * The doers are members a group is named by ("by several countries, including Peru and
   * Chad"): each acts on its own, none is another's partner (listed-agents.ts).
   */
  listedDoers = false;
  /** The country of the named place the act takes ("captured Bakhmut"), '' for none. */
  takenPlace = '';
  constructor(
    readonly trigger: TriggerMatch,
    readonly pattern: CompiledPattern,
    readonly type: PloverType,
    readonly inherited: ActorMention[],
    readonly gov: Governed,
    /** The subject of a reaction told in an appositive after the act (reactions.ts), or null. */
    readonly reaction: ActorMention | null,
    ceiling: number,
  ) {
    this.ceiling = ceiling;
    this.roles = { sources: [], targets: [], passive: false, clauseStart: 0 };
  }
}

/** What a trigger's act is coded as, once its parties are known. */
interface Choice {
  type: PloverType;
  negated: boolean;
  cameo: string;
  intensity: number;
  claimed: boolean;
  modality: TriggerModality;
  uttered: boolean;
  /** The pattern's mode, or its bare sense's when that applies. */
  mode: string;
}

function codeSentence(
  doc: CodableDocument,
  s: AnalysedSentence,
  mentions: ActorMention[],
  quotes: QuoteRecord[],
  deps: CoderDeps,
  list: DemandList | null,
  context: DocumentContext,
): Mention[] {
  const tokens = s.tokens;
  const patterned = findTriggers(
    tokens,
    deps.patterns,
    doerSectorsOf(tokens, mentions, deps.subjectsOf),
  );
  const found = deps.learned ? deps.learned(tokens, mentions, patterned, deps.patterns) : patterned;
  // A sentence naming no actor codes nothing, but a crowd's protest ("Thousands rallied in Tel
  // Aviv"): its people are the place's.
  if (mentions.length === 0 && !found.some((t) => t.pattern.type === 'PROTEST')) {
    for (const t of found) dropped(deps, doc, t, 'no_actor');
    return [];
  }
  // "told France to withdraw": demands by a verb of directing (directed-requests.ts).
  const directed = directedRequests(tokens, mentions, found);
  if (
    found.length === 0 &&
    directed.length === 0 &&
    !tokens.some((t) => t.lower === 'must') &&
    !(list && isDeontic(tokens))
  )
    return [];
  const places = placeSpans(s, deps, mentions);
  // The one country the sentence names ('' if none or several): see `soleCountry`.
  const ownCountry = soleCountry(
    mentions,
    Array.from(places, (p) => p.place.country),
  );
  // Acts named by a noun that the sentence reports, with their roles; any other such noun is no
  // trigger at all, so it governs no infinitive ("for a rally in Lagos to protest ...").
  const nominals = new Map<TriggerMatch, NominalRoles>();
  const triggers = found.filter((t) => {
    if (!t.pattern.nominal) return true;
    // Aid told as its cargo: the vehicles' arrival names the state reached (src/coding/cargo.ts).
    const cargo = t.pattern.target === 'place';
    const roles = nominalRoles(tokens, mentions, t.anchor, t.last, cargo);
    if (cargo) {
      if (!roles || roles.sources.length === 0 || !cargoArrives(tokens, t.anchor, roles.verb))
        return false;
      nominals.set(t, roles);
      return true;
    }
    // With a side unnamed ("A roadside bombing near Samarra killed one U.S. soldier") the verb's
    // own roles say more: the noun is left to it. A place after the noun may name the target
    // ("an airstrike on a market in northern Yemen").
    // "Protests erupted in Belgrade": protests with no one named, told with where they happened,
    // are the place's people's (placed below).
    const placedProtest =
      roles !== null &&
      roles.sources.length === 0 &&
      t.pattern.type === 'PROTEST' &&
      places.some((p) => p.first > roles.verb && p.place.country);
    if (
      !placedProtest &&
      (!roles ||
        roles.sources.length === 0 ||
        (roles.targets.length === 0 && !objectPlace(s, places, t.last, roles.verb)))
    ) {
      // "walked out of his summit with Kim", "after talks between their army chiefs": a meeting
      // in an adjunct was held, by the clause's subject and whom the phrase names (meetings.ts).
      const met =
        t.pattern.type === 'CONSULT' ? meetingInAdjunct(tokens, mentions, t.anchor) : null;
      if (met) {
        nominals.set(t, { ...met, verb: t.last, adjunct: true });
        return true;
      }
      // "a day after the Indian air raid on Balakot", "blamed Iran for the drone attacks": an
      // attack named with its doer in its own phrase, and whom or where it struck (nominal.ts).
      const act = PHRASE_ACT_TYPES.has(t.pattern.type!)
        ? actInPhrase(tokens, mentions, t.anchor, t.last)
        : null;
      if (act && (act.targets.length > 0 || objectPlace(s, places, t.last, act.end))) {
        nominals.set(t, { ...act, verb: t.last, adjunct: true });
        return true;
      }
      // "Egypt condemned Israel's strike on Rafah", "sanctions over its offensive against
      // Kurdish forces": an act reacted to or answered is taken as done (reacted-acts.ts).
      const reacted =
        !act && deps.parseOf && mayReactTo(tokens)
          ? reactedAct(tokens, mentions, deps.parseOf(tokens), t.anchor, t.last)
          : null;
      if (
        reacted &&
        (reacted.targets.length > 0 ||
          (t.pattern.type === 'ASSAULT' && objectPlace(s, places, t.last, reacted.end)))
      ) {
        nominals.set(t, { ...reacted, verb: t.last, adjunct: true });
        return true;
      }
      // "Serbia will not join Western sanctions against Moscow": an act taken up by the subject
      // of a verb of joining is the subject's (joined-acts.ts).
      const joined =
        deps.parseOf && deps.subjectsOf && mayJoin(tokens)
          ? joinedAct(tokens, mentions, deps.parseOf(tokens), deps.subjectsOf, t.anchor, t.last)
          : null;
      if (joined) {
        nominals.set(t, { ...joined, verb: t.last, adjunct: true });
        return true;
      }
      const reach = roles && struckInPredicate(s, places, mentions, found, t, roles);
      if (reach) {
        nominals.set(t, { ...roles!, reach });
        return true;
      }
      // "accused Kyiv of a terrorist attack", "an attack Baghdad blamed on Turkish forces", "in
      // retaliation for the sanctions Tokyo had imposed": an act laid on a doer (laid-acts.ts).
      const laid = LAID_ACT_TYPES.has(t.pattern.type!)
        ? laidAct(tokens, mentions, t.anchor, t.last)
        : null;
      if (laid) {
        nominals.set(t, { ...laid, verb: t.last, adjunct: true });
        return true;
      }
      // "detained 1,300 people at protests against the call-up": a protest the adjunct places
      // and aims (protest-adjuncts.ts); its crowd is placed below.
      const scene =
        t.pattern.type === 'PROTEST' ? protestInAdjunct(tokens, mentions, t.anchor, t.last) : null;
      // The crowd is of the one country the sentence names ("in 38 Russian cities"); with
      // several ("against China's drilling", "Beijing demanded that Hanoi ...") it is unknown.
      if (scene && ownCountry) {
        nominals.set(t, {
          sources: [placeCrowd(ownCountry)],
          ...scene,
          verb: t.last,
          adjunct: true,
        });
        return true;
      }
      dropped(deps, doc, t, 'nominal_unplaced');
      return false;
    }
    nominals.set(t, roles!);
    return true;
  });
  const conditions = findConditionClauses(tokens);
  const denials = denialRanges(tokens, triggers);
  const demandsFound = [...mustDemands(tokens, mentions, list), ...directed];
  const demands = Array.from(demandsFound, (d) => d.range);
  const attribution = attributionStart(tokens);
  const sc = new SentenceScope(
    doc,
    s,
    tokens,
    mentions,
    quotes,
    deps,
    triggers,
    nominals,
    places,
    conditions,
    denials,
    demands,
    attribution,
    ownCountry,
    context,
  );
  for (const trigger of triggers) codeTrigger(sc, trigger);
  const { results, seen, onItself } = sc;
  for (const m of crowdProtests(sc)) results.push(m);

  for (const d of demandsFound) {
    for (const target of d.targets) {
      if (!d.speaker) break;
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
      const must = tokens[d.word ?? d.range[0]]!;
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
        place: sc.place ?? firstPlace(s, mentions, deps),
        quantities: sc.quantities ?? deps.extractQuantities(s.text, doc.published),
        evidence: { doc: doc.id, sentence: s.index, start: s.start, end: s.end, text: s.text },
        trigger: { start: must.start, end: must.end, text: must.text },
        pattern: d.pattern ?? 'request.must',
      });
    }
  }
  // "killed one soldier and wounded two others": an act with no target repeats one of the same
  // source and type that has one; so does one put on the actor's own country for want of a
  // target ("rejected the plan and said they opposed the deployment").
  const named = (m: Mention): boolean => m.target.root !== '' && !onItself.has(m);
  // An act whose target was not found while the sentence names another party ("Ukraine said
  // Russian shells hit a school": UKR -> "" beside RUS) was not tied to the party it concerns:
  // more often a misreading than a one-sided act. Alone ("Iran vowed revenge") it is kept.
  const parties = new Set(
    mentions.filter((m) => m.actor.root && !m.pronoun).map((m) => m.actor.root),
  );
  // Its fellow doers ("French and British warships shelled the port") are no other party; nor
  // is anyone a request for a thing ("called for a ceasefire") is not said to be made of.
  const untied = (m: Mention): boolean =>
    m.target.root === '' &&
    m.source.root !== '' &&
    !(m.type === 'REQUEST' && asksForThing(tokens, mentions, m.trigger.end)) &&
    [...parties].some(
      (r) => !results.some((o) => o.type === m.type && o.target.root === '' && o.source.root === r),
    );
  // "blamed militias in Iraq and vowed to respond": a doer's later act with no one named, of the
  // same leaning as its earlier act that has a target, follows it up against that target.
  // "Ukrainian forces launched an attack, the Russian military said": an attack whose only other
  // party is the state reporting it struck that state (reporting-side.ts).
  for (const [i, m] of results.entries()) {
    if (!untied(m)) continue;
    const earlier = followedUp(m, results);
    const reporter = earlier ? null : reportingSide(m, tokens, mentions, sc.attribution);
    // "will pull back its troops only if NATO halts its expansion": aimed at the one the
    // condition asks something of (condition-parties.ts).
    const asked =
      earlier || reporter || !m.conditional
        ? null
        : conditionParty(tokens, sc.conditions, mentions, m.trigger, m.source.root);
    const target =
      earlier?.target ??
      (reporter && withSector(actorOf(reporter), '')) ??
      (asked && actorOf(asked));
    if (target)
      results[i] = {
        ...m,
        id: mentionId(doc.id, s.index, m.trigger.start, m.type, m.source.root, target.root),
        target,
      };
  }
  // Read once, after the follow-ups: both the filter and the drop report need it.
  const loose = new Set(results.filter(untied));
  const kept = results.filter(
    (m) =>
      !loose.has(m) &&
      (named(m) ||
        !results.some(
          (o) => o !== m && o.type === m.type && o.source.root === m.source.root && named(o),
        )),
  );
  for (const m of results)
    if (!kept.includes(m)) letGo(sc, m, kept, loose.has(m) ? 'untied' : 'repeated');
  // "met in Moscow for talks hosted by Lavrov": the host is a party to the meeting (hosts.ts).
  // "brokered a truce between A and B": the sides agreed to it (hosts.ts).
  // "flew to Minsk for talks with Putin": the trip gives way to the meeting (trips.ts).
  // "deployed troops to Mozambique at the request of its government": help to the asker.
  const helped = withHelpSentAtRequest(kept, tokens, places, mentions);
  // "switched recognition from Taipei to Beijing": a break with one, a recognition of the other.
  const switched = withSwitchedRecognition(helped, tokens, mentions);
  // "marched through the capital, demanding his resignation": the crowd's demand is its
  // protest's aim, no request of its own (protest-demands.ts).
  const protested = withoutProtestDemands(withoutTripsToMeetings(switched));
  return withHosts(withSides(protested, tokens, mentions), tokens, mentions);
}

/** Sectors of people who protest, not of the ones protested against. */
const CROWD_SECTORS: ReadonlySet<string> = new Set(['CVL', 'OPP']);

/**
 * "Police fired tear gas at protesters demanding his resignation": the protest of the crowd a
 * crackdown of the sentence was aimed at (crowd-protests.ts), by the crowd's people, the state's
 * own, against the one named after "against", else their government (a fellow crowd or the
 * opposition "against" names is no aim of a protest at home). None when the sentence codes a
 * protest of that country already, or when the force is another state's (the crowd's country is
 * then not the doer's, and what it protests is not told by the clause).
 */

function crowdProtests(sc: SentenceScope): Mention[] {
  const { doc, s, tokens, mentions, deps, results, seen } = sc;
  const found: Mention[] = [];
  for (const [i, m] of results.entries()) {
    const root = m.source.root;
    if (m.negated || !root) continue;
    const last = tokens.findIndex((t) => t.end === m.trigger.end);
    const crowd = last < 0 ? null : crowdCrackedDown(tokens, mentions, m, last);
    if (!crowd) continue;
    if (m.target.root && m.target.root !== root) {
      // "fired water cannon at students protesting against China": the force struck the crowd,
      // not the one it protests, whom the act's roles took for its target.
      const retargeted = `${m.type}|${root}|${root}`;
      if (crowd.aim?.actor.root !== m.target.root || seen.has(retargeted)) continue;
      seen.add(retargeted);
      results[i] = {
        ...m,
        id: mentionId(doc.id, s.index, m.trigger.start, m.type, root, root),
        target: { root, sector: 'CVL', text: '' },
      };
    }
    if ([...results, ...found].some((o) => o.type === 'PROTEST' && o.source.root === root))
      continue;
    const source: Actor = { root, sector: 'CVL', text: '' };
    const aimed =
      crowd.aim && !(crowd.aim.actor.root === root && CROWD_SECTORS.has(crowd.aim.actor.sector));
    const target: Actor = aimed ? actorOf(crowd.aim!) : { root, sector: 'GOV', text: '' };
    const key = `PROTEST|${root}|${target.root}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const first = tokens[crowd.first]!;
    const end = tokens[crowd.last]!.end;
    found.push({
      ...m,
      id: mentionId(doc.id, s.index, first.start, 'PROTEST', root, target.root),
      date: deps.resolveDate(s.text, doc.published, 'unknown'),
      source,
      target,
      type: 'PROTEST',
      mode: '',
      cameo: '140',
      intensity: TYPE_DEFAULTS.PROTEST.intensity,
      trigger: { start: first.start, end, text: doc.text.slice(first.start, end) },
      pattern: 'protest.crowd-cracked-down',
    });
  }
  return found;
}

/** Whether two types lean the same way: both hostile, or both cooperative. */
const sameLeaning = (a: PloverType, b: PloverType): boolean =>
  (HOSTILE_TYPES.has(a) && HOSTILE_TYPES.has(b)) ||
  (COOPERATIVE_TYPES.has(a) && COOPERATIVE_TYPES.has(b));

/**
 * The nearest earlier act of the sentence by the same doer, of another type of the same leaning,
 * aimed at another party: the act a targetless `m` follows up. (One of the same type is a repeat,
 * which the filter after it handles.)
 */
function followedUp(m: Mention, results: Mention[]): Mention | null {
  const earlier = results.filter(
    (o) =>
      o.trigger.start < m.trigger.start &&
      o.source.root === m.source.root &&
      o.target.root !== '' &&
      o.target.root !== o.source.root &&
      o.type !== m.type &&
      sameLeaning(o.type, m.type),
  );
  return earlier.length > 0 ? earlier[earlier.length - 1]! : null;
}

/** Words that end the clause a verb heads, past its object and the places it names. */
const PREDICATE_END: ReadonlySet<string> = new Set([',', ';', ':', 'and', 'but', 'while', 'as']);

/**
 * "A Russian air strike wrecked the theatre in central Kharkiv": an attack named by the noun
 * heading the subject, its doer in its phrase and no one struck named there, struck where the
 * clause of its verb places its object, when that verb is no act of its own (a verb such as
 * "hit" codes the act itself). The end of that clause, or null when it names no such place.
 */
function struckInPredicate(
  s: AnalysedSentence,
  places: PlaceAt[],
  mentions: ActorMention[],
  found: TriggerMatch[],
  t: TriggerMatch,
  roles: NominalRoles,
): number | null {
  if (!PHRASE_ACT_TYPES.has(t.pattern.type!) || roles.sources.length === 0) return null;
  if (roles.targets.length > 0 || found.some((o) => o.anchor === roles.verb)) return null;
  let end = roles.verb + 1;
  while (end < s.tokens.length && !PREDICATE_END.has(s.tokens[end]!.lower)) end++;
  // "in Kharkiv", or a state's place named by its adjective ("the Chadian town of Adre").
  const struck =
    objectPlace(s, places, roles.verb, end) ??
    struckPlaceOwner(s.tokens, mentions, roles.verb + 1, end);
  return struck ? end : null;
}

/**
 * The parties of an earlier act of the sentence that a definite object after `last` names again by
 * a word of that act's own ("held drills ... denounced the drills", "signed a deal ... rejected
 * the deal"): its doers, and for a joint act every side of it, other than `sources`. Empty when
 * the object names none.
 */
function actNamedAgain(
  tokens: Token[],
  last: number,
  ceiling: number,
  results: Mention[],
  sources: RoleMention[],
): RoleMention[] {
  const head = definiteObjectHead(tokens, last, ceiling);
  if (head < 0) return [];
  const lemma = tokens[head]!.lemma;
  const named = (m: Mention): boolean =>
    tokens.some((t) => t.start >= m.trigger.start && t.end <= m.trigger.end && t.lemma === lemma) &&
    tokens[head]!.start > m.trigger.end;
  const act = results.filter(named);
  if (act.length === 0) return [];
  const parties = act.flatMap((m) => (JOINT_TYPES.has(m.type) ? [m.source, m.target] : [m.source]));
  const roots = [...new Set(parties.map((a) => a.root))].filter(
    (r) => r && !sources.some((x) => x.actor.root === r),
  );
  return roots.map((root) => doerOf({ source: parties.find((a) => a.root === root)! }));
}

/** Codes one trigger of the sentence: its mentions go to `sc.results`. */
function codeTrigger(sc: SentenceScope, trigger: TriggerMatch): void {
  const inherited = sc.previousSubject;
  sc.previousSubject = [];
  const pattern = trigger.pattern;
  if (pattern.role !== 'event' || !pattern.type) return;
  // "..., a decision Peru condemned": asked once, read by the report check and both role finders.
  const reaction = reactionSubject(sc.tokens, sc.mentions, trigger.anchor);
  const gov = reportedAct(sc, trigger, reaction);
  if (!gov) return dropped(sc.deps, sc.doc, trigger, 'not_reported');
  const ceiling = reactionOpening(
    sc.tokens,
    sc.mentions,
    trigger.anchor,
    trigger.anchor < sc.attribution ? sc.attribution : sc.tokens.length,
  );
  // "captured Bakhmut": a verb of taking with a named place as its object takes ground (its
  // `placed` sense); "captured two soldiers" keeps the pattern's own type (taken-places.ts).
  // The place is right after the verb, also when the pattern ends further on ("captured Sudzha
  // in the Kursk region" is `assault.capture-place`, whose place sense names the side held).
  const taken = pattern.placed ? takenPlace(sc.tokens, sc.places, trigger.anchor) : '';
  const type = taken ? pattern.placed!.type : pattern.type;
  const tr = new TriggerScope(trigger, pattern, type, inherited, gov, reaction, ceiling);
  tr.takenPlace = taken;
  if (!findRoles(sc, tr)) return dropped(sc.deps, sc.doc, trigger, 'roles');
  const noDoers = findDoers(sc, tr);
  if (noDoers) return dropped(sc.deps, sc.doc, trigger, noDoers);
  // "South Africa beat New Zealand in the World Cup final": a team's play (contests.ts).
  if (tr.type === 'ASSAULT' && contestOfSport(sc.tokens, trigger.anchor, tr.sources))
    return dropped(sc.deps, sc.doc, trigger, 'not_reported');
  // In the passive the grammatical subject is the one acted on ("was indicted ... and will resign").
  sc.previousSubject = tr.roles.passive ? tr.roles.targets : tr.sources;
  if (!findTargets(sc, tr)) return dropped(sc.deps, sc.doc, trigger, 'no_target');
  const before = sc.results.length;
  emitMentions(sc, tr, chooseType(sc, tr));
  if (sc.results.length === before) dropped(sc.deps, sc.doc, trigger, 'not_emitted');
}

/** Tells the diagnostics hook, when there is one, that an event trigger gave no event. */
function dropped(
  deps: CoderDeps,
  doc: CodableDocument,
  trigger: TriggerMatch,
  reason: DropReason,
): void {
  if (!deps.onDrop) return;
  const { type, role, id } = trigger.pattern;
  if (role === 'event' && type) deps.onDrop({ docId: doc.id, type, patternId: id, reason });
}

/**
 * Tells the diagnostics hook of a mention let go after its trigger was coded, unless another
 * mention of the same trigger is kept (then the trigger gave its event).
 */
function letGo(sc: SentenceScope, m: Mention, kept: Mention[], reason: DropReason): void {
  if (!sc.deps.onDrop) return;
  const same = (o: Mention): boolean =>
    o.pattern === m.pattern && o.trigger.start === m.trigger.start;
  if (!kept.some(same))
    sc.deps.onDrop({ docId: sc.doc.id, type: m.type, patternId: m.pattern, reason });
}

/** How the trigger is governed, or null when it names no act the sentence reports. */
function reportedAct(
  sc: SentenceScope,
  trigger: TriggerMatch,
  reaction: ActorMention | null,
): Governed | null {
  const { tokens, mentions, triggers, conditions, denials, demands, predicates } = sc;
  const pattern = trigger.pattern;

  if (predicates.has(trigger.anchor)) return null;
  if (denials.some(([a, b]) => trigger.anchor > a && trigger.anchor <= b)) return null;
  if (insideCondition(conditions, trigger.anchor)) return null;
  // "Would Beijing dare to blockade Taiwan?": an act asked about is not reported (questions.ts).
  if (trigger.anchor < sc.questionEnd) return null;
  // "sought to ease tensions": an attempt is no act; its complement, if any, is coded alone.
  if (pattern.complement === 'yield' && intentComplement(tokens, trigger)) return null;
  // "helped intercept the drones": help given to an act of force is a part in it, no aid.
  if (helpsForce(tokens, triggers, trigger)) return null;
  const gov = governance(tokens, triggers, trigger);
  if (gov.absorbed) return null;
  if (demands.some(([a, b]) => trigger.anchor > a && trigger.anchor <= b)) return null;
  const anchorToken = tokens[trigger.anchor]!;
  const gerund = anchorToken.lower.endsWith('ing');
  const before = tokens[trigger.anchor - 1];
  // "aimed at establishing ties", "for its gunboats intercepting": a gerund under a preposition
  // names an aim or a background, not an act, unless it is what someone is accused of.
  if (
    gerund &&
    before &&
    !meansOfAct(tokens, trigger.anchor) &&
    !chosenGerund(tokens, trigger.anchor) &&
    !timedGerund(tokens, trigger.anchor) &&
    (before.pos === 'ADP' ||
      GERUND_PREPOSITIONS.has(before.lower) ||
      classWords('topic-verbs').has(before.lemma)) &&
    !gov.claimed &&
    !gov.judged
  )
    return null;
  // "Iran-backed militias", "a Qatar-brokered truce": a participle joined by a hyphen to the
  // word before is an adjective; the backing or brokering is no act the sentence reports.
  if (joinedToHyphen(tokens, trigger.anchor) && isPastForm(anchorToken)) return null;
  // "Moscow's demand for direct talks": talks named after a noun are no meeting held.
  if (!pattern.verbAnchor && before && TALK_NOUN_HEADS.has(before.lower)) return null;
  // "asked the EU for help", "called for sanctions": a word right after "for" is what is asked
  // for or aimed at (a noun, though the tagger may call it a verb), not an act done.
  if (before?.lower === 'for' && !gerund && !gov.claimed) return null;
  if (!gov.claimed && reducedRelative(tokens, trigger.anchor, mentions) && !reaction) return null;
  // "a move Seoul called economic retaliation": what a reaction calls the act names it (a
  // verdict), it asks no one for anything; unless the request's "for" is left at its end, with
  // the act noun for its object ("a step Kyiv had been pressing for").
  if (reaction && pattern.type === 'REQUEST' && tokens[trigger.last]?.lower !== 'for') return null;
  // The help that forces were sent to give is the sending's purpose, coded with it (chooseType).
  if (
    pattern.type === 'AID' &&
    triggers.some(
      (t) =>
        t.anchor < trigger.anchor &&
        t.pattern.type === 'MOBILIZE' &&
        helpPurpose(tokens, t.last, tokens.length) === trigger.anchor - 1,
    )
  )
    return null;
  // "after a fire destroyed a fuel depot", "homes destroyed by floods": no one acted.
  if (pattern.type === 'ASSAULT' && hazardBesideVerb(tokens, trigger.anchor, trigger.last))
    return null;
  // "A fire at a market in Lagos killed six traders", "the war ... has killed 12,000 people":
  // a subject the parse finds further off, a hazard, mishap or war as a whole (harm-causes.ts).
  if (
    pattern.type === 'ASSAULT' &&
    pattern.verbAnchor &&
    sc.deps.parseOf &&
    mayBeCausedByNoOne(tokens, trigger.anchor) &&
    causedByNoOne(tokens, sc.deps.parseOf(tokens), trigger.anchor)
  )
    return null;
  // "their first talks since fighting broke out", "has fought jihadists for a decade", "annexed
  // in 2014": what the report sets its news against is no act it reports (background.ts).
  if (backgroundAct(tokens, trigger.anchor, sc.doc.published)) return null;
  // "ECOWAS has the power to impose sanctions": a power or capacity, no act (abilities.ts).
  if (abilityOnly(tokens, trigger.anchor)) return null;
  return gov;
}

/** Types whose act on a text (a veto, a rejection, an endorsement) is aimed at its authors. */
const TEXT_ACT_TYPES: ReadonlySet<string> = new Set(['REJECT', 'SUPPORT']);

/** The trigger's doers and objects as the words around it tell them. */
function findRoles(sc: SentenceScope, tr: TriggerScope): boolean {
  const { tokens, mentions, triggers, quotes, places, nominals, attribution, predicates } = sc;
  const { trigger, pattern, inherited } = tr;
  const anchorToken = tokens[trigger.anchor]!;
  const gerund = anchorToken.lower.endsWith('ing');
  const before = tokens[trigger.anchor - 1];
  let ceiling = tr.ceiling;

  const joint = JOINT_TYPES.has(tr.type);
  const recipients = RECIPIENT_PREPS[tr.type];
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
  if (pattern.target !== 'from') {
    // "The Security Council met on Friday at Ukraine's request": the one asking is no object.
    roles = { ...roles, targets: roles.targets.filter((m) => !inAskingAdjunct(triggers, m)) };
  }
  // The verb's objects searched with no subject of its own (for a verb whose subject is taken
  // from elsewhere in the sentence: the one found to its left must not keep out its object).
  const ownTargets = (): ActorMention[] =>
    rolesOf(
      tokens,
      mentions,
      trigger.anchor,
      objectStart(trigger),
      trigger.anchor,
      ceiling,
      joint,
      recipients,
      trigger.last,
      pattern.target === 'with',
    ).targets;
  const nominal = nominals.get(trigger);
  if (nominal) {
    // "An attack by X on Y killed ...": the roles are in the noun phrase, which ends at the verb.
    roles = {
      sources: nominal.sources,
      targets: nominal.targets,
      passive: false,
      clauseStart: 0,
    };
    if (!nominal.adjunct) {
      ceiling = Math.min(ceiling, nominal.reach ?? nominal.verb);
      predicates.add(nominal.verb);
    } else if (nominal.end !== undefined) ceiling = Math.min(ceiling, nominal.end);
  }
  const closing = relativeClauseEnd(tokens, roles.clauseStart, trigger.last);
  if (closing !== null) {
    // "Kenya, which hosted the talks, accused Somalia ...": the act of a relative clause set off
    // by commas is done to someone inside it, never to the main clause's object.
    roles = { ...roles, targets: roles.targets.filter((m) => m.last < closing) };
    ceiling = Math.min(ceiling, closing);
  }
  if (pattern.target === 'between') {
    // "Heavy fighting erupted between Chad's army and the rebels": the parties follow "between".
    const first = mentions.find(
      (m) => m.first > trigger.last && m.first <= trigger.last + 3 && !m.pronoun,
    );
    if (!first || !assertedBetween(tokens, trigger)) return false;
    roles = { ...roles, sources: [first], targets: conjunctsAfter(tokens, mentions, first) };
  }
  // "Asmara came under rocket fire (from Tigray)": the subject is the one fired on.
  let firedFrom: string | null = null;
  if (pattern.target === 'subject') {
    // In the passive ("were killed in an Israeli airstrike") roles are already turned round.
    const victims = roles.passive ? roles.targets : roles.sources;
    const doer =
      (roles.passive
        ? roles.sources[0]
        : roles.targets.find((m) => after(tokens, m, 'from') || after(tokens, m, 'by'))) ??
      attackOwner(tokens, mentions, trigger);
    if (criticised(tokens, trigger.last, ceiling, doer)) return false;
    if (!doer) firedFrom = placeAfterFrom(tokens, places, trigger.last, ceiling) ?? '';
    // "The Eritrean capital came under fire": a state's place named by its adjective.
    const struck =
      victims.length > 0
        ? victims
        : [struckPlaceOwner(tokens, mentions, roles.clauseStart, trigger.anchor)].filter(
            (m): m is ActorMention => m !== undefined,
          );
    roles = { ...roles, sources: doer ? [doer] : [], targets: struck, passive: false };
  }
  if (pattern.target === 'speaker') {
    // "Iran said the United States would pay a price": the one saying it threatens the one
    // it speaks of.
    // Only what will be ("would pay", "will be treated as"): "paid a heavy price" is a fact.
    const spoken = announced(tokens, trigger.anchor)
      ? spokenRoles(tokens, mentions, trigger.anchor, attribution)
      : null;
    if (!spoken) return false;
    roles = { ...roles, sources: [spoken.speaker], targets: [spoken.addressee], passive: false };
  }
  if (tr.type === 'SANCTION' && roles.passive && roles.sources.length === 0) {
    // "The Ethiopian ambassador was expelled from Somalia", "diplomats were given 72 hours to
    // leave Moldova": with no agent, the state left is the one expelling.
    const left = mentions.find(
      (m) =>
        m.first > trigger.last &&
        m.first < ceiling &&
        m.kind === 'state' &&
        m.actor.root &&
        ['leave', 'from'].includes(tokens[m.first - 1]?.lower ?? ''),
    );
    if (left) roles = { ...roles, sources: [left] };
  }
  // "drew criticism from EU officials and from Kyiv": each party after "from" acts.
  const senders = pattern.target === 'from' ? partiesFrom(tokens, mentions, roles.targets) : [];
  const sender = senders[0];
  if (sender && !roles.passive) {
    // "Morocco's king received a phone call from the Algerian president": the caller acts.
    roles = { ...roles, sources: senders, targets: roles.sources };
  }
  const asking =
    pattern.target === 'from' && !sender ? namedInPattern(mentions, trigger) : undefined;
  // Among parties that did it together, the one asking asks the others ("seized by Spanish
  // police and US agents at the request of the United States").
  const asked = asking
    ? askedParties(tokens, mentions, trigger.anchor).filter(
        (m) => m.actor.root !== asking.actor.root,
      )
    : [];
  if (asking && asked.length > 0) {
    // "Uganda flew troops into Juba at the request of South Sudan's government": the one asking
    // acts on the doer of the adjunct's own clause, not on the place nearest the adjunct.
    roles = { ...roles, sources: [asking], targets: asked, passive: false };
  } else if (pattern.target === 'from' && !sender && !pattern.verbAnchor) {
    // An adjunct that names no one asking ("at the request of its ruling family") has no act.
    return false;
  }
  if (
    !roles.passive &&
    !pattern.nominal &&
    (roles.sources.length === 0 || roles.sources.every((m) => !m.actor.root))
  ) {
    // "Germany sent a hospital but refused to ...": a second verb shares the first one's subject;
    // inside a quote, "we" is the speaker.
    // A speaker with no code (a name the dictionary lacks) says nothing about the doer; one
    // named by its organ ("the ministry said") is of the country the text named (quote-speakers.ts).
    const quoted = quoteAt(quotes, anchorToken.start);
    const speaker = placedSpeaker(quoted?.speaker, sc.fromContext);
    const subject = speaker ? null : mainSubject(tokens, mentions, trigger.anchor);
    if (speaker && roles.sources.length === 0)
      roles = { ...roles, sources: [speakerMention(speaker)] };
    else if (
      subject &&
      subject.actor.root &&
      sharesSubject(tokens, subject.last + 1, trigger.anchor)
    ) {
      roles = { ...roles, sources: subjectGroup(tokens, mentions, subject) };
    }
  }
  if (
    !roles.passive &&
    !pattern.nominal &&
    inherited.length === 0 &&
    roles.sources.length > 0 &&
    coordinated(tokens, trigger.anchor)
  ) {
    // "Hamas gunmen infiltrated southern Israel and killed ...": a verb after "and" with no
    // subject of its own has the first verb's, not that verb's object.
    const subject = mainSubject(tokens, mentions, trigger.anchor);
    const object = roles.sources[0]!;
    if (
      subject?.actor.root &&
      subject.last < object.first &&
      tokens.slice(subject.last + 1, object.first).some((t) => t.pos === 'VERB') &&
      sharesSubject(tokens, object.last + 1, trigger.anchor)
    )
      roles = { ...roles, sources: subjectGroup(tokens, mentions, subject) };
  }
  if (
    roles.sources.length === 1 &&
    roles.sources[0]!.pronoun &&
    reportingParticiple(tokens, roles.sources[0]!.first) &&
    !triggers.some((t) => t.anchor < trigger.anchor && t.pattern.type === 'ACCUSE')
  ) {
    // "Berlin rejected the calls, saying it was withholding aid": the one saying is the main
    // clause's subject, and so is the pronoun it uses for itself (after an accusation, "it" is
    // more often the accused: "criticised Japan, saying it had broken the deal").
    const subject = mainSubject(tokens, mentions, trigger.anchor);
    if (subject?.actor.root) roles = { ...roles, sources: subjectGroup(tokens, mentions, subject) };
  }
  if (gerund && before?.lower === ',') {
    // "..., killing 20 people": a participle clause shares the main clause's subject, unless a
    // subordinate clause with a subject of its own came between ("agreed to a truce after
    // clashes broke out, killing three soldiers": the clashes', no one's; "after Armenian
    // troops shelled the village, killing two": the troops'; participle-clauses.ts).
    const main = mainSubject(tokens, mentions, trigger.anchor);
    const nearer = main
      ? subordinateSubject(tokens, mentions, main.last, trigger.anchor - 1)
      : undefined;
    const subject = nearer === undefined ? main : nearer;
    if (main && !subject) roles = { ...roles, sources: [] };
    if (subject && !subject.actor.root && inherited.some((m) => m.actor.root)) {
      // "Hundreds of people protested in Yerevan, demanding ...": the main act's doer as
      // already placed (the protesters of Armenia), not placed again by a later name.
      // Its object is searched again, as for a coordinated verb (below): the word taken for
      // its subject ("Yerevan") had kept out a target of the same state.
      const own = ownTargets().filter(
        (m) =>
          !inherited.some(
            (x) => x.actor.root === m.actor.root && x.actor.sector === m.actor.sector,
          ),
      );
      roles = { ...roles, sources: inherited, targets: own.length > 0 ? own : roles.targets };
    } else if (subject && sender && !roles.passive)
      // "..., drawing criticism from the United States": the one after "from" acts, and the
      // main clause's subject, whose act drew it, is acted on.
      roles = { ...roles, targets: subjectGroup(tokens, mentions, subject) };
    else if (subject) {
      const doers = subjectGroup(tokens, mentions, subject);
      // "Chad closed its border with the Central African Republic, accusing the Central African
      // army of ...": the word left of the participle taken for its subject (the main clause's
      // object) had kept out an object of its own state. The objects are asked again with the
      // main clause's subject for doer (participle-objects.test.ts).
      const roots = (list: ActorMention[]): string =>
        [...new Set(list.map((m) => m.actor.root))].sort().join(' ');
      // Only a participle: "during", a preposition, has no object of its own.
      const misread =
        anchorToken.pos === 'VERB' &&
        roles.sources.length > 0 &&
        roots(roles.sources) !== roots(doers);
      const targets = misread
        ? verbObjects(
            tokens,
            mentions,
            objectStart(trigger),
            doers,
            ceiling,
            joint,
            recipients,
            trigger.last,
            pattern.target === 'with',
          ).filter((m) => pattern.target === 'from' || !inAskingAdjunct(triggers, m))
        : roles.targets;
      roles = { ...roles, sources: doers, targets };
    }
  } else if (inherited.length > 0 && !roles.passive && coordinated(tokens, trigger.anchor)) {
    // "killed one soldier and wounded two others": the second verb has the first one's subject,
    // not the first one's object. Its own object is searched again: the first verb's object,
    // taken for a subject, had kept out a second mention of its state ("accused the United
    // States of meddling and urged Washington to stop").
    const own = ownTargets().filter((m) => !inherited.some((x) => x.actor.root === m.actor.root));
    roles = {
      ...roles,
      sources: inherited,
      targets: roles.targets.length > 0 ? roles.targets : own,
    };
  }
  // "Rabat, which it accuses of hostile acts": the clause's subject acts on the antecedent.
  const relative = nominal ? null : relativeObject(tokens, mentions, trigger.anchor, trigger.last);
  if (relative)
    roles = {
      ...roles,
      sources: [relative.subject],
      targets: [relative.antecedent],
      passive: false,
    };
  // "vetoed a resolution drafted by Britain": an act on a text is aimed at its authors (drafters.ts).
  if (!nominal && !relative && TEXT_ACT_TYPES.has(tr.type)) {
    const drafters = draftersOf(tokens, mentions, trigger.last);
    if (drafters.length > 0) roles = { ...roles, targets: drafters };
  }
  // "Rwanda, which Kinshasa accuses of backing the rebels": the act alleged is the antecedent's.
  const accusation = tr.gov.claimed
    ? triggers.filter((t) => t.last < trigger.anchor && t.pattern.type === 'ACCUSE').at(-1)
    : undefined;
  const accused =
    accusation && relativeObject(tokens, mentions, accusation.anchor, accusation.last);
  if (accused) roles = { ...roles, sources: [accused.antecedent] };
  tr.roles = roles;
  tr.ceiling = ceiling;
  tr.nominal = nominal;
  tr.firedFrom = firedFrom;
  return true;
}

/**
 * The trigger's doers, placed and given their country: null when found, else why the act has
 * none (no doer, or a warning that threatens no one).
 */
function findDoers(sc: SentenceScope, tr: TriggerScope): 'no_doer' | 'no_threat' | null {
  const { s, tokens, mentions, triggers, places, attribution, conditions, deps, fromContext } = sc;
  const { trigger, pattern, ceiling, firedFrom } = tr;
  let roles = tr.roles;
  let orderAnnounced = tr.orderAnnounced;
  if (!roles.passive && timedGerund(tokens, trigger.anchor)) {
    // "..., a month after cutting ties with Rabat": the main clause's subject (timed-gerunds.ts).
    const parsed = deps.subjectsOf
      ? actorsAt(mentions, deps.subjectsOf(tokens, trigger.anchor))
      : [];
    const doers = timedGerundDoers(
      tokens,
      trigger.anchor,
      roles.sources,
      parsed,
      mainSubject(tokens, mentions, trigger.anchor),
    );
    roles = { ...roles, sources: doers, targets: roles.targets.filter((m) => !doers.includes(m)) };
  }

  // Not a place of a later clause with a subject of its own ("..., and AU leaders meeting in
  // Addis Ababa condemned it").
  const clauseEnd = nextClauseStart(tokens, mentions, trigger.last, attribution);
  const sentencePlace = placeCountry(
    s,
    places.filter((p) => p.first < clauseEnd),
    trigger.anchor,
  );
  // "took to the streets of Romanian cities": where a crowd protests is not whom it protests
  // against; with no place the gazetteer knows, the venue's state is the crowd's.
  const venue =
    tr.type === 'PROTEST'
      ? mentions.find((m) => m.first < ceiling && isVenue(tokens, m, trigger.last))
      : undefined;
  if (venue) roles = { ...roles, targets: roles.targets.filter((m) => m !== venue) };
  if (
    roles.passive &&
    roles.sources.length === 0 &&
    (tr.type === 'RETREAT' || tr.type === 'MOBILIZE') &&
    roles.targets.length > 0
  ) {
    // "Guerrillas have been demobilized", "the troops were withdrawn", "security forces were
    // deployed across Lagos": with no agent named, the forces moved are those the sentence is
    // about, and they act for their side.
    roles = { ...roles, sources: roles.targets, targets: [] };
  }
  if (sentencePlace) {
    // "ethnic Albanians in Macedonia": an ethnic group is coded by the country it lives in.
    const resident = (m: ActorMention): ActorMention =>
      tokens[m.first - 1]?.lower === 'ethnic' && m.actor.root !== sentencePlace
        ? mentionWith(m, { actor: withRoot(m.actor, sentencePlace) })
        : m;
    roles = {
      ...roles,
      sources: Array.from(roles.sources, resident),
      targets: Array.from(roles.targets, resident),
    };
  }
  // ... unless the target is people at home ("security forces fired on Sudanese protesters").
  const sided =
    SIDED_TYPES.has(tr.type) && !CIVIL_SECTORS.has(roles.targets[0]?.actor.sector ?? '');
  const donor = roles.targets[0];
  // "Protesters attacked the French embassy", "in front of the US embassy": the owner of a post
  // abroad lends no doer its country, as the one acted on or as the place (missions-abroad.ts).
  const owners = missionOwners(tokens, mentions);
  const lends =
    !sided && !(donor && addressedParty(tokens, donor)) && !owners.has(donor?.actor.root ?? '');
  const hostPlace = owners.has(sentencePlace) ? '' : sentencePlace;
  const subject = roles.sources;
  // The one country counts only when named before the act: a state addressed by it is another
  // party ("The minister urged Peru to extradite ...": the minister is not Peru's).
  const own = sc.ownCountry;
  const ownBefore =
    own &&
    (mentions.some((m) => m.actor.root === own && m.last < trigger.anchor) ||
      places.some((p) => p.place.country === own && p.first < trigger.anchor))
      ? own
      : '';
  const organOf = (m: ActorMention): ActorMention => {
    // "..., and the government asked ...": the first subject's government (groups.ts).
    const coordinated = organOfFirstSubject(tokens, m, mainSubject(tokens, mentions, m.first));
    if (coordinated !== m) return coordinated;
    // Police keep order at home: "Protesters stormed Paraguay's Congress, and police fired
    // rubber bullets" is the one country's police, whatever the act.
    return FORCE_TYPES.has(tr.type) && m.actor.sector !== 'COP'
      ? m
      : ownOrgan(tokens, m, ownBefore, tr.type === 'COERCE' || m.actor.sector === 'COP');
  };
  // Role lists are mapped by `Array.from`, not `.map`: optimised code makes `.map`'s results
  // holey arrays, which the code reading them had met packed only, and threw itself away
  // (docs/scale.md, speed24).
  let sources = Array.from(roles.sources, (m) =>
    withInferredRoot(
      otherSideAtHome(m, subject, organOf(m)),
      hostPlace,
      lends ? donor : undefined,
      fromContext,
      tr.type === 'COERCE' ||
        (tr.type === 'SANCTION' && namesCivicActivity(tokens, trigger.anchor, ceiling)),
    ),
  );
  const relativeClause = ['where', 'which', 'who', 'that', 'whose', 'when'].includes(
    tokens[roles.clauseStart - 1]?.lower ?? '',
  );
  if (
    sources.length === 0 &&
    tr.type === 'ASSAULT' &&
    sentencePlace &&
    !relativeClause &&
    firedFrom === null &&
    !personalPronounSubject(tokens, trigger.anchor) &&
    !(roles.passive && runningToll(tokens, trigger.last, ceiling)) &&
    !bySidelessCause(tokens, trigger.anchor)
  ) {
    // "A roadside bomb near Samarra killed ...": an unnamed attacker is placed where it struck;
    // an earthquake or a whole war's toll is no side's act (harm-causes.ts).
    sources = [placeActor(sentencePlace)];
  }
  if (sources.length === 0 && tr.type === 'PROTEST' && pattern.nominal && sentencePlace) {
    // "Protests swept across 19 cities in Iran": protests with no one named are the place's
    // people's.
    sources = [placeCrowd(sentencePlace)];
  }
  // "Crowds stormed her residence in Dhaka": a crowd's force, which chooseType makes a PROTEST,
  // is placed as a protest is.
  const crowdForce =
    (tr.type === 'ASSAULT' || tr.type === 'COERCE') &&
    sources.length > 0 &&
    crowdOnly(tokens, sources);
  if (
    sources.every((m) => !m.actor.root) &&
    (tr.type === 'PROTEST' || crowdForce) &&
    !roles.passive
  ) {
    // "Fundamentalists continued their hunger strike against President X", "opposition
    // lawmakers boycotted the vote in the Zimbabwean parliament": protesters with no named
    // country protest in the country of the place, or of the one they protest against.
    const against = roles.targets.find((m) => m.actor.root);
    // "Protesters looted the Ugandan embassy", "attacked a United Nations building": a state's
    // embassy or envoys stand abroad and an organisation has no people, so a crowd against them
    // is of the place; unplaced, it stays unknown (missions-abroad.ts).
    const abroad = foreignRoot(against);
    // "as protesters demanding fresh elections blocked highways": with no place, a crowd of the
    // sentence's one country ("Peru's government declared ...").
    // ... and a crowd at an embassy is not its owner's (missions-abroad.ts).
    const notOwner = (r: string): string => (owners.has(r) || r === abroad ? '' : r);
    const root =
      notOwner(sentencePlace) ||
      notOwner(against?.actor.root ?? '') ||
      notOwner(venue?.actor.root ?? '') ||
      notOwner(sc.ownCountry);
    if (root && sources.length === 0) sources = [placeCrowd(root)];
    else if (root)
      sources = Array.from(sources, (m) => mentionWith(m, { actor: withRoot(m.actor, root) }));
  }
  if (
    tr.type === 'CONSULT' &&
    sources.length > 0 &&
    sources.every((m) => PRESS_SECTORS.has(m.actor.sector))
  ) {
    // "Blinken told reporters after a meeting with Lavrov ...": the press told is the object
    // of the verb before; the one who met is that verb's subject.
    const main = mainSubject(tokens, mentions, sources[0]!.first);
    if (main?.actor.root && !PRESS_SECTORS.has(main.actor.sector)) sources = [main];
  }
  if (
    tr.type === 'COERCE' &&
    !roles.passive &&
    sources.length > 0 &&
    sources.every((m) => !m.actor.root && !m.pronoun && SECURITY_SECTORS.has(m.actor.sector))
  ) {
    // "Soldiers detained President Ali Bongo", "police arrested the opposition leader in
    // Harare": a state's security forces named by their sector alone hold people at home, so
    // they are the state of the place named, else of the one held. (A foreign force holding
    // someone is named by its country: "Israeli troops detained ...".)
    const held = roles.targets.find((m) => m.actor.root);
    const root = sentencePlace || held?.actor.root || '';
    if (root)
      sources = Array.from(sources, (m) => mentionWith(m, { actor: withRoot(m.actor, root) }));
  }
  if (
    sources.length > 0 &&
    sources.every((m) => (m.actor.root === '' || m.fromPlace) && !m.pronoun) &&
    tokens[trigger.anchor - 1]?.lower === 'to'
  ) {
    // "Egypt ordered the army to close the border": the one told to act, named by its sector
    // alone, acts for the one who told it (the act ordered by one actor, done by another),
    // also when a place named later gave it a country ("ordered the army to shell positions
    // in Syria": the army is still Egypt's).
    const orderer = mainSubject(tokens, mentions, sources[0]!.first);
    const order = triggers.find(
      (t) =>
        t.pattern.role === 'order' &&
        orderer !== null &&
        t.anchor > orderer.last &&
        t.last < sources[0]!.first,
    );
    if (order && orderer?.actor.root) {
      const root = orderer.actor.root;
      sources = Array.from(sources, (m) => mentionWith(m, { actor: withRoot(m.actor, root) }));
      // "said he would order the army to enter Kosovo unless ...": an order announced is an
      // act announced (a threat, when coercive).
      orderAnnounced = announced(tokens, order.anchor);
    }
  }
  sources = sources.filter((m) => m.actor.root !== '');
  if (
    sources.length === 0 &&
    !roles.passive &&
    !pattern.nominal &&
    firedFrom === null &&
    !participleOfSubjectlessClause(tokens, mentions, trigger.anchor) &&
    deps.subjectsOf
  ) {
    // Word distance found no doer: the dependency parse's subject of the verb (through
    // coordination, control and relative clauses), when it is a named actor.
    sources = actorsAt(mentions, deps.subjectsOf(tokens, trigger.anchor));
  }
  if (
    sources.length === 0 &&
    roles.passive &&
    deps.parseOf &&
    listedAgentAfter(tokens, trigger.last, ceiling)
  ) {
    // "recognised by several countries, including Peru and Chad": the members of the group
    // that is the passive's agent are its doers (listed-agents.ts).
    sources = listedAgents(tokens, mentions, deps.parseOf(tokens), trigger.anchor, ceiling);
    tr.listedDoers = sources.length > 0;
    roles = { ...roles, targets: roles.targets.filter((m) => !sources.includes(m)) };
  }
  if (!roles.passive) {
    // "France and Poland were among 20 (European) countries that expelled ...": the members
    // named, not the class nor its adjective.
    const among = amongThoseWho(tokens, mentions, trigger.anchor);
    if (among.members.length > 0 && sources.every((m) => m.first > among.at))
      sources = among.members;
  }
  const reacting = roles.passive ? null : tr.reaction;
  if (sources.length === 0 && reacting) {
    // "..., a move opposition leaders welcomed": the reaction's subject, of the one country the
    // sentence names when it names none.
    const root = reacting.actor.root || sc.ownCountry;
    if (root) sources = [mentionWith(reacting, { actor: withRoot(reacting.actor, root) })];
  }
  if (sources.length === 0 && tr.type === 'ASSAULT' && roles.passive) {
    // "Twenty soldiers were killed in a clash with Chinese troops": the other side did it.
    const other = clashPartner(tokens, mentions, trigger.last, ceiling);
    if (other && !roles.targets.some((m) => m.actor.root === other.actor.root)) sources = [other];
  }
  if (
    sources.length === 0 &&
    tr.type === 'CONSULT' &&
    !pattern.nominal &&
    tokens[trigger.anchor]!.pos === 'ADP'
  ) {
    // "After talks with Iranian officials, the Omani minister flew home", "During a visit to
    // Beijing, the Brazilian president signed ...": a meeting told in an adjunct before the
    // clause is its subject's (meetings.ts).
    sources = frontedSubject(tokens, mentions, trigger.anchor).filter(
      (m) => !roles.targets.some((t) => t.actor.root === m.actor.root),
    );
  }
  if (sources.length === 0 && roles.passive && MEASURE_TYPES.has(tr.type)) {
    // "Three Russian diplomats were expelled, the Polish foreign ministry said": the state
    // telling it, or the one the sentence or the one before is about (measure-passives.ts).
    const doer = measureDoer(
      tokens,
      mentions,
      trigger.anchor,
      attribution,
      roles.targets,
      sc.lastSentenceSubject,
    );
    if (doer) sources = [doer];
  }
  const between =
    sources.length === 0 && roles.passive
      ? partiesBetween(tokens, mentions, tr.type, trigger.last, Math.min(ceiling, attribution))
      : [];
  if (between.length > 0) {
    // "A ceasefire was agreed between Armenia and Azerbaijan": the parties, the first the doer
    // and the others its partners (between-passives.ts).
    sources = between.slice(0, 1);
    roles = { ...roles, targets: between.slice(1) };
  }
  const ownSide =
    sources.length === 0 && roles.passive
      ? ownSideRoles(tokens, mentions, tr.type, trigger.anchor, trigger.last, attribution)
      : null;
  if (ownSide) {
    // "An agreement was reached with Baku ..., the Armenian defence ministry said": a state
    // body's own side's joint act, with the party its statement names (own-side-passives.ts).
    // The speaker is no party acted upon ("The Indian foreign ministry said talks had been held
    // with ...": word distance takes the ministry for the passive's subject).
    sources = [ownSide.doer];
    const acted = roles.targets.filter(
      (m) => m.actor.root && m.actor.root !== ownSide.doer.actor.root,
    );
    roles = { ...roles, targets: acted.length > 0 ? acted : [ownSide.other] };
  }
  const host =
    sources.length === 0 && roles.passive
      ? envoyHost(tokens, mentions, places, tr.type, roles.targets)
      : null;
  // "The French ambassador to Bamako was summoned": summoned by the state of the post
  // (envoy-hosts.ts).
  if (host) sources = [host];
  if (
    sources.length === 0 &&
    tr.type === 'ACCUSE' &&
    roles.passive &&
    roles.targets.some((m) => m.actor.root && !m.pronoun)
  ) {
    // "Myanmar's army was accused of torturing detainees": an accusation reported with no
    // accuser is still one against the accused, by someone unknown ("").
    sources = [placeActor('')];
  }
  if (firedFrom !== null && sources.length === 0 && roles.targets.some((m) => m.actor.root))
    // No doer named: the country of the place fired from, else someone unknown ("").
    sources = [placeActor(firedFrom)];
  const pair = roles.passive ? [] : pairSubject(tokens, mentions, trigger.anchor);
  if (pair.length === 2) {
    // "officials from both countries held talks", "the two governments restored relations":
    // the two states the sentence named before, one event between them for a joint act.
    sources = pair;
    // A third party of their joint act is its object or comes after "with", "for", "to" or
    // "against" ("the two countries signed a dozen agreements, drawing a rebuke from the US
    // embassy": the one rebuking is no party to the signing).
    const third = (m: ActorMention): boolean =>
      recipientOfJoint(tokens, m.first) || tokens[m.first - 1]?.lower === 'with';
    if (
      JOINT_TYPES.has(tr.type) &&
      !roles.targets.some((m) => m.actor.root && m.first > trigger.anchor && third(m))
    )
      roles = { ...roles, targets: pair.slice(1) };
    else roles = { ...roles, targets: roles.targets.filter((m) => m.first > trigger.anchor) };
    if (JOINT_TYPES.has(tr.type) && roles.targets[0] === pair[1]) sources = pair.slice(0, 1);
  }
  const group = groupOfPronoun(tokens, mentions, sources);
  if (group.length > 1 && sources.length === 1) {
    sources = group;
    if (JOINT_TYPES.has(tr.type) && !roles.targets.some((m) => m.actor.root)) {
      // "Israel and Turkey said they would restore ties": a joint act of the group with no one
      // else named is one between its first member and the others, as for a joint subject.
      roles = { ...roles, targets: group.slice(1) };
      sources = group.slice(0, 1);
    }
  }
  if (sources.length === 0 && !roles.passive) {
    // "X said that ... had been hit and demanded that ...": the speaker's second act.
    const speaker = speakerOfCoordinated(tokens, mentions, trigger.anchor);
    if (speaker) sources = [speaker];
  }
  // "Rwandan troops crossed into Congo" is a move of forces; refugees crossing are not.
  if (pattern.doers) sources = sources.filter((m) => pattern.doers!.has(m.actor.sector));
  if (sources.length === 0) return 'no_doer';
  if (
    pattern.warning &&
    !roles.passive &&
    !warningThreatens({
      tokens,
      mentions,
      anchor: trigger.anchor,
      last: trigger.last,
      ceiling,
      sources,
      conditions,
    })
  )
    return 'no_threat';
  tr.roles = roles;
  tr.sentencePlace = sentencePlace;
  tr.orderAnnounced = orderAnnounced;
  tr.sources = sources;
  return null;
}

/**
 * Acts of force: unnamed forces that strike or threaten in a country are as likely its enemy's
 * as its own ("jets struck Syrian positions"), so the sentence's one country does not name them.
 */
const FORCE_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'THREATEN', 'MOBILIZE']);

/** Whom the act is done to; false when a place it needs is missing. */
function findTargets(sc: SentenceScope, tr: TriggerScope): boolean {
  const { s, tokens, mentions, places, attribution, conditions, results, fromContext } = sc;
  const { trigger, pattern, ceiling, nominal, sentencePlace, gov } = tr;
  let { roles, sources } = tr;

  if (tr.type === 'ACCUSE' && !roles.passive) {
    const complainedOf = subjectOfComplaint(tokens, mentions, roles.targets, ceiling);
    if (complainedOf) roles = { ...roles, targets: [complainedOf] };
  }
  // A place named in a later clause with a subject of its own is where that clause's act was.
  const placeOfObject = objectPlace(
    s,
    places,
    trigger.last,
    nextClauseStart(tokens, mentions, trigger.last, ceiling),
  );
  // Whose unnamed people or units the object is: those of the side this actor already acted on
  // in the sentence ("carried out airstrikes on Sanaa, killing 12 people": Yemenis), else the
  // actor's own (a civil war's "rebel positions").
  const earlier = results.find(
    (r) =>
      r.source.root === sources[0]!.actor.root && r.target.root && r.target.root !== r.source.root,
  );
  const otherSide = earlier ? placeActor(earlier.target.root) : sources[0];
  // One loop, not a chain of `.map`s: in optimised code each `.map` makes a holey array, which
  // the next call had met packed only (docs/scale.md, speed24).
  let targetList: RoleMention[] = [];
  for (const target of roles.targets) {
    if (namesWhatItSays(tokens, target)) continue;
    // The subject's other member, set apart by a joint act ("Sudan's army and the rebels
    // agreed to a truce"): the other side at home, not a side of the place of the talks.
    const member = target.last < trigger.anchor ? otherSideAtHome(target, sources, target) : target;
    const m = withInferredRoot(
      namedLegislature(member, mentions),
      placeOfObject ?? sentencePlace,
      otherSide,
      fromContext,
    );
    if (!(
      m.fromPlace &&
      OWN_APPARATUS.has(m.actor.sector) &&
      sources.some(
        (x) =>
          x.actor.root === m.actor.root &&
          OWN_APPARATUS.has(x.actor.sector) &&
          !otherBranch(m.actor.sector, x.actor.sector),
      )
    ))
      targetList.push(m);
  }
  if (tr.type === 'SANCTION') {
    targetList = withoutPenaltyAuthors(tokens, mentions, targetList, ceiling);
    const posted = postedState(tokens, mentions, targetList, sources, placeOfObject, ceiling);
    if (posted) targetList = [posted];
  }
  if (targetList.length === 0 && tr.type === 'ASSAULT') {
    // "shelled Saudi border towns", "struck an Israeli base": a state's place is the state's.
    const owner = struckPlaceOwner(tokens, mentions, trigger.last + 1, ceiling);
    if (owner && !sources.some((x) => x.actor.root === owner.actor.root)) targetList = [owner];
    // "fired water cannon at a Philippine vessel": what force is aimed at after "at" and an
    // article is its target, though the actor finder reads "at a ..." as a place (aimed-at.ts).
    const aim = targetList.length === 0 ? aimedAtAfter(tokens, mentions, trigger.last) : null;
    if (aim && !sources.some((x) => x.actor.root === aim.actor.root)) targetList = [aim];
    // "M23 rebels seized Goma", "Ukrainian forces captured Sudzha": a named place taken is its
    // state's, unless that state's own forces retake it (the other side is then found below).
    const held = tr.takenPlace;
    if (
      targetList.length === 0 &&
      held &&
      !sources.some(
        (x) =>
          x.actor.root === held && (x.kind === 'state' || OFFICIAL_SECTORS.has(x.actor.sector)),
      )
    )
      targetList = [placeActor(held)];
    // "Militants in northern Mali attacked an army base": with no place named apart from the
    // subject's own, what it struck is in the country the subject is placed in.
    const located = locatedIn(tokens, sources[0]!);
    if (targetList.length === 0 && located && (!sentencePlace || sentencePlace === located))
      targetList = [placeActor(located)];
    // "Burmese troops captured a guerrilla stronghold": a state's forces striking what rebels
    // hold, with no other side named, fight in their own country.
    const own = sources[0]!;
    if (
      targetList.length === 0 &&
      own.actor.root &&
      (own.kind === 'state' || OFFICIAL_SECTORS.has(own.actor.sector)) &&
      rebelHeld(tokens, trigger.anchor, ceiling)
    )
      targetList = [placeActor(own.actor.root)];
  }
  if (
    (tr.type === 'ASSAULT' || tr.type === 'MOBILIZE') &&
    targetList.length > 0 &&
    targetList.every((t) => t.pronoun && sources.some((x) => x.actor.root === t.actor.root)) &&
    possessiveObject(tokens, trigger) >= 0
  ) {
    // "India said Chinese troops tried to cross into its territory": "its" read as the doer's
    // own is the other side's, as below.
    targetList = [];
  }
  if (targetList.length === 0 && (tr.type === 'ASSAULT' || tr.type === 'MOBILIZE')) {
    // One does not attack one's own posts: "its" is another's (other acts on "its" ambassador,
    // border or ban are the doer's own).
    const owner = ownerOfPossessive(tokens, mentions, trigger, sources);
    if (owner) targetList = [owner];
  }
  if (pattern.target === 'place') {
    // "Ugandan troops entered eastern Congo": the state entered, named or placed, right after
    // the verb (for cargo named by a noun, the verb its phrase is the subject of).
    const verb = nominal ? nominal.verb : trigger.last;
    const bound = nominal ? attribution : ceiling;
    const end = Math.min(bound, verb + 1 + ENTERED_REACH);
    const stop = pastCrossedWay(
      tokens,
      verb,
      directObjectEnd(tokens, nominal ? verb + 1 : verb, end),
      bound,
    );
    const entered = enteredState(mentions, verb, stop, objectPlace(s, places, verb, stop));
    if (!entered) return false;
    targetList = [entered];
  }
  if (targetList.every((m) => !m.actor.root) && tr.type === 'SUPPORT') {
    // "recognised the head of the assembly as Venezuela's interim president": the state the
    // role is named for (recognised-roles.ts).
    const role = recognisedRoleState(
      tokens,
      mentions,
      trigger.anchor,
      trigger.last,
      sources.map((x) => x.actor.root),
    );
    if (role) targetList = [role];
  }
  if (
    roles.passive &&
    JOINT_TYPES.has(tr.type) &&
    sources.length > 1 &&
    targetList.length === 0 &&
    !tr.listedDoers
  ) {
    // "An exchange was agreed by Kyiv and the separatists": the agents of a joint act, as its
    // joint subject would be (rolesOf), are one event between the first and the others.
    targetList = sources.slice(1);
    sources = sources.slice(0, 1);
  }
  let jointly = false;
  if (pattern.jointType) {
    // "China and Russia held naval drills", "held drills with Belarus": an act done together.
    // "near its border with Azerbaijan": the state after a frontier's "with" is no partner.
    const partners = targetList.filter(
      (m) =>
        tokens[m.first - 1]?.lower === 'with' && !FRONTIER.has(tokens[m.first - 2]?.lower ?? ''),
    );
    if (partners.length > 0) {
      // "Kyrgyz and Tajik guards clashed with Afghan troops": the partner named after "with" is
      // each member's, and the members are not each other's.
      targetList = partners;
      jointly = true;
    } else if (new Set(sources.map((m) => m.actor.root)).size > 1) {
      // One event between the first and the others, as for other joint acts (roles.ts).
      targetList = sources.slice(1);
      sources = sources.slice(0, 1);
      jointly = true;
    }
  }
  if (
    sources.length > 1 &&
    (pattern.reciprocal ||
      (targetList.length === 0 &&
        (reciprocalObject(tokens, trigger) || allegedReciprocally(tokens, trigger.anchor))))
  ) {
    // A reciprocal act's object is what it is about ("traded accusations of supporting
    // rebels"): its parties are the subject's members all the same.
    // Each member of the subject acts on the others (the loop below skips one acting on itself).
    targetList = sources;
  }
  if (targetList.length === 0 && (tr.type === 'THREATEN' || COERCIVE_TYPES.has(tr.type))) {
    // "threatened to act if Washington did not ...": the one the threat is aimed at is in the condition.
    const cond = conditions.find((c) => c.start > trigger.last);
    const aimed =
      cond &&
      mentions.find(
        (m) => m.first > cond.start && m.first <= cond.end && m.actor.root && !m.pronoun,
      );
    if (aimed && !sources.some((x) => x.actor.root === aimed.actor.root)) targetList = [aimed];
  }
  if (targetList.length === 0 && (tr.type === 'MOBILIZE' || tr.type === 'ASSAULT')) {
    // "moved troops to the Ukrainian border", "massed forces near its border with Ukraine",
    // "fired missiles into Japan's waters": forces brought to a state's border, and fire aimed
    // into its waters or airspace, are aimed at that state.
    const facing = borderFaced(tokens, mentions, trigger.anchor, tr.type === 'ASSAULT');
    if (facing && !sources.some((x) => x.actor.root === facing.actor.root)) targetList = [facing];
  }
  if (
    targetList.length === 0 &&
    (pattern.mode === 'visit' ||
      (tr.type === 'CONSULT' &&
        !pattern.nominal &&
        sources.every((x) => x.actor.root === sources[0]!.actor.root)))
  ) {
    // "arrived in Baghdad for a two-day visit": the state whose capital or land the visitor
    // arrives in is the host (PLOVER: the visitor acts, the host receives). So is the state
    // of the capital where one side alone "held talks" ("Lavrov held talks in Beijing"): with
    // no partner named, the talks were with its hosts.
    const host = mentions.find(
      (m) =>
        m.first > trigger.anchor &&
        m.first < ceiling &&
        m.locative &&
        m.actor.root &&
        !inAskingAdjunct(sc.triggers, m) &&
        !sources.some((x) => x.actor.root === m.actor.root),
    );
    if (host) targetList = [host];
  }
  if (targetList.every((m) => !m.actor.root) && tr.type === 'REQUEST') {
    // "Agents arrested X, and the United States demanded his immediate release": the one
    // holding the person is asked (release-demands.ts).
    const askers = sources.map((x) => x.actor.root);
    const holder = holderAsked(tokens, trigger.last, ceiling, results, askers);
    if (holder) targetList = [holder];
  }
  const reacting = roles.passive ? null : tr.reaction;
  // "Tokyo and Canberra welcomed their release": each member approves of the earlier act's
  // doer, found below; the members do not approve of each other (joint-reactions.ts).
  const members = reactingMembers(
    tokens,
    mentions,
    trigger.anchor,
    trigger.last,
    ceiling,
    results,
    sources,
    targetList,
  );
  if (members) {
    sources = members;
    targetList = [];
  }
  if (targetList.every((m) => !m.actor.root)) {
    // "Chile and Peru held naval drills, and Bolivia denounced the drills": an object that names
    // an earlier act of the sentence by a word of its own names that act's parties.
    const again = actNamedAgain(tokens, trigger.last, ceiling, results, sources);
    if (again.length > 0) targetList = again;
  }
  if (
    targetList.every((m) => !m.actor.root) &&
    (backReference(tokens, trigger.last, ceiling, tr.type !== 'REQUEST') ||
      // "welcomed the decision": the pattern may hold the noun that points back.
      (trigger.last > trigger.anchor &&
        backReference(tokens, trigger.anchor, trigger.last + 1, tr.type !== 'REQUEST')) ||
      appositiveBackReference(tokens, trigger.anchor, pattern.target === 'from') ||
      reacting)
  ) {
    // "Sudan expelled the envoy, and the Council condemned the decision": an object that points
    // back names the doer of the sentence's earlier act (another than this act's own doer).
    const earlierDoer = results
      .slice()
      .reverse()
      .find((r) => r.source.root && !sources.some((x) => x.actor.root === r.source.root));
    if (earlierDoer) targetList = [doerOf(earlierDoer)];
    else if (!reacting) {
      // "A Russian air strike wrecked a hospital ..., and Zelensky called the bombing an
      // atrocity": the earlier act went uncoded (its noun's roles were not all found), and the
      // main clause's subject did it.
      const main = mainSubject(tokens, mentions, trigger.anchor);
      if (
        main?.actor.root &&
        !main.pronoun &&
        !sources.some((x) => x.actor.root === main.actor.root)
      )
        targetList = [main];
    }
  }
  if (targetList.every((m) => !m.actor.root) && reacting) {
    // "The court ordered Israel to halt ..., a ruling Israel's cabinet rejected": with no act of
    // another doer coded before, the reaction answers the main clause's subject.
    const main = mainSubject(tokens, mentions, reacting.first);
    if (main?.actor.root && !sources.some((x) => x.actor.root === main.actor.root))
      targetList = [main];
    else if (
      main?.actor.root &&
      !reacting.actor.root &&
      main.actor.sector !== sources[0]!.actor.sector
    )
      // "Somalia's president dropped his bid ..., a move opposition leaders welcomed": the
      // other side at home.
      targetList = [main];
  }
  // "India and Pakistan exchanged fire, and the UN urged both sides to show restraint": the
  // parties the sentence named, one event each; the group is the object, before any "to" phrase.
  // "conveyed grave concern to both governments": a group the parse puts in an object or
  // oblique further on (group-objects.ts).
  if (
    targetList.length === 0 &&
    tr.type === 'REQUEST' &&
    !nominal &&
    sc.deps.parseOf &&
    thatAfter(tokens, trigger.last, ceiling)
  ) {
    // "Japan demanded on Tuesday that China remove the buoy": the "that" clause's subject, which
    // the day between verb and clause hid from word distance (demanded-clauses.ts).
    const asked = actorsAt(
      mentions,
      demandedSubjects(tokens, sc.deps.parseOf(tokens), trigger.anchor, ceiling),
    ).filter((m) => !sources.some((x) => x.actor.root === m.actor.root));
    if (asked.length > 0) targetList = asked;
  }
  let group = pairObject(tokens, mentions, objectStart(trigger), sources);
  // Parsing costs about as much as tagging: only when a group phrase follows the act.
  const parsed =
    group.length === 0 && sc.deps.parseOf && groupAfter(tokens, trigger.anchor, ceiling)
      ? sc.deps.parseOf(tokens)
      : null;
  const phrase = parsed && groupInParse(tokens, parsed, trigger.anchor);
  if (phrase && phrase.at < ceiling) group = groupParties(tokens, mentions, phrase, sources);
  if (group.length > 0) targetList = group;
  if (tr.type === 'AID' && !nominal)
    targetList = aidRecipients(
      tokens,
      places,
      mentions,
      trigger.last,
      ceiling,
      sources,
      targetList,
    );
  if (targetList.length === 0 && sentencePlace && placeOfObject && !VENUE_TYPES.has(tr.type)) {
    // "evacuate settlements in the Gaza Strip": with no actor as object, the place it happens
    // (where talks are held or a deal is signed is no party to them: "signed in Barbados";
    // what is promised "in Venezuela" may well be done to it).
    targetList = [placeActor(placeOfObject)];
  }

  if (targetList.length === 0 && tr.type === 'THREATEN' && !pattern.warning) {
    // "Egypt will not sit idly by while Ethiopia fills the dam": a threat with no object is
    // aimed at the other party the sentence names after it.
    const aimed = mentions.find(
      (m) =>
        m.first > trigger.last &&
        m.first < attribution &&
        m.actor.root &&
        !m.pronoun &&
        !sources.some((x) => x.actor.root === m.actor.root),
    );
    if (aimed) targetList = [aimed];
  }
  if (targetList.every((m) => !m.actor.root) && !gov.claimed && HOSTILE_TYPES.has(tr.type)) {
    // "Ethiopia accused Egypt ..., while Egypt warned of military action": a hostile act with
    // no one named, by the one an earlier act of the sentence was aimed at, answers its doer
    // (not an act the earlier one alleges: "accused Ukrainian forces of shelling villages").
    const answered = results.find(
      (r) =>
        r.source.root &&
        r.target.root &&
        r.source.root !== r.target.root &&
        HOSTILE_TYPES.has(r.type) &&
        sources.some((x) => x.actor.root === r.target.root),
    );
    if (answered) targetList = [doerOf(answered)];
  }
  // "Armenia accused Azerbaijan of shelling border villages": the accuser is the one harmed
  // (claimed-victims.ts).
  const victim = accuserAsVictim(
    tokens,
    trigger.anchor,
    ceiling,
    tr.type,
    gov.claimed,
    !!(placeOfObject || sentencePlace),
    results,
    sources,
    targetList,
  );
  if (victim) targetList = [victim];
  // "Sitharaman visited the camp", "visited troops on the front line": a visit with no one
  // visited and no foreign land named is an official's tour at home, no consultation.
  if (
    tr.type === 'CONSULT' &&
    tokens[trigger.anchor]!.lemma === 'visit' &&
    !pattern.nominal &&
    targetList.every((m) => !m.actor.root)
  )
    return false;
  tr.roles = roles;
  tr.sources = sources;
  tr.targetList = targetList;
  tr.jointly = jointly;
  return true;
}

/** The act's type, CAMEO code, intensity and flags. */
function chooseType(sc: SentenceScope, tr: TriggerScope): Choice {
  const { s, tokens, mentions, triggers, conditions } = sc;
  const { trigger, pattern, roles, ceiling, orderAnnounced, sources, targetList, jointly, gov } =
    tr;

  const modality = modalityOf(tokens, trigger.anchor, roles.clauseStart, conditions, s.text);
  if (orderAnnounced) modality.future = true;
  // "would impose sanctions and expel its envoy": the second verb is announced with the first.
  // Carried from a modal it keeps its type, flagged future (the check sets code announced
  // sanctions so); carried from a threat's infinitive it is part of the threat.
  const carried = modality.future
    ? null
    : futureCarried(tokens, trigger.anchor, conditions, s.text);
  if (carried) modality.future = true;
  if (
    isPastForm(tokens[trigger.anchor]!) &&
    !tokens
      .slice(Math.max(0, trigger.anchor - 4), trigger.anchor)
      .some((t) => ['will', 'would', "'ll"].includes(t.lower))
  ) {
    modality.future = false;
  }
  // "is ready to talk", "stands ready to meet", "was willing to discuss": a readiness stated
  // is an AGREE made now (test/gold/README.md: intent verbs are AGREE), not future; only a
  // marker of time to come makes it future ("expects to speak in the coming days").
  const claimed = modality.claimed || gov.claimed || tr.nominal?.claimed === true;
  let type: PloverType = jointly && pattern.jointType ? pattern.jointType : tr.type;
  let negated = modality.negated || gov.negated || negatedInside(tokens, trigger);
  let cameo = pattern.cameo;
  let intensity = pattern.intensity;
  let mode = pattern.mode;
  if (tr.takenPlace && pattern.placed) {
    // "captured Bakhmut": the pattern's sense for a place taken (taken-places.ts).
    ({ cameo, mode } = pattern.placed);
    intensity = TYPE_DEFAULTS[pattern.placed.type].intensity;
  }
  // "deployed 1,000 soldiers to Mozambique to help the government fight the insurgents": forces
  // sent to help are aid to the one they go to (PLOVER AID), not a mobilisation.
  const forcesSentToHelp =
    tr.type === 'MOBILIZE' && helpPurpose(tokens, trigger.last, ceiling) >= 0;
  if (forcesSentToHelp) type = 'AID';
  if (negated && pattern.negatedType) {
    type = pattern.negatedType;
    negated = false;
    // "said it would never accept the ruling": a refusal announced is made as it is said (the
    // team gold and the check sets code it unflagged), not an act to come.
    modality.future = false;
  } else if (
    modality.future &&
    !negated &&
    !claimed &&
    !pattern.keepFuture &&
    carried !== 'modal' &&
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
    type === 'RETREAT' &&
    LEAVING.has(tokens[trigger.anchor]!.lemma) &&
    targetList[0]?.kind === 'organisation'
  ) {
    // "Qatar quit OPEC", "Burundi pulled out of the ICC": leaving a body is a reduction of
    // relations (PLOVER SANCTION, mode withdraw), not a retreat from ground.
    type = 'SANCTION';
  }
  if (
    (type === 'ASSAULT' || type === 'COERCE') &&
    sources.length > 0 &&
    crowdOnly(tokens, sources)
  ) {
    // "Demonstrators stormed the consulate", "protesters occupied the airport", "protesters
    // clashed with police": a crowd's force is a riot or an obstruction, PLOVER's PROTEST.
    type = 'PROTEST';
  }
  if (
    type === 'PROTEST' &&
    tokens[trigger.anchor]!.lemma === 'protest' &&
    sources.some(
      (m) =>
        OFFICIAL_SECTORS.has(m.actor.sector) ||
        m.kind === 'person' ||
        (m.kind === 'state' &&
          m.actor.sector === '' &&
          m.first >= 0 &&
          !m.adjectiveOnly &&
          !m.plural),
    )
  ) {
    // A minister "protesting against" something protests in words: PLOVER's ACCUSE; so does a
    // state named as such ("Japan protested against the ban", "Serbia protested to the EU"),
    // which marches nowhere. Judges' sit-in or a leader's supporters blocking roads is a
    // protest in deed.
    type = 'ACCUSE';
  }
  if (
    type === 'AGREE' &&
    !negated &&
    (coerciveComplement(tokens, triggers, trigger) ||
      vowOfForce(tokens, trigger.anchor, trigger.last) ||
      (modality.future &&
        conditions.some((c) => c.start > trigger.last && tokens[c.start]!.lower === 'unless')))
  ) {
    // "is prepared to impose martial law", "will withdraw its force unless ...": readiness for a
    // coercive act, and an act promised only unless the other side yields, are threats; so is a
    // vow to retaliate (vows-of-force.ts).
    type = 'THREATEN';
  }
  if (
    type === 'MOBILIZE' &&
    modality.future &&
    !negated &&
    conditions.some((c) => c.start > trigger.last && tokens[c.start]!.lower === 'unless')
  ) {
    // "would order the army to enter Kosovo unless attacks stopped": a move of forces held out
    // until the other side yields is a threat of force.
    type = 'THREATEN';
  }
  // "The junta imposed a ban on public gatherings": restrictions on one's own people.
  if (
    type === 'SANCTION' &&
    turnedOnOwnPeople(tokens, trigger.anchor, ceiling, sources, targetList)
  )
    type = 'COERCE';
  if (type !== tr.type) {
    cameo = TYPE_DEFAULTS[type].cameo;
    intensity = TYPE_DEFAULTS[type].intensity;
  }
  // "called on President Kovind": a person asked nothing is visited (bare-objects.ts).
  if (pattern.bare && type === tr.type && bareObject(tokens, trigger.last, targetList)) {
    ({ type, cameo, mode } = pattern.bare);
    intensity = TYPE_DEFAULTS[type].intensity;
  }
  // Forces that stay AID are CAMEO 074, military protection or peacekeeping, not aid in general
  // (070); set after the defaults, which would replace it.
  if (forcesSentToHelp && type === 'AID') cameo = '074';

  const uttered =
    type === 'THREATEN' &&
    threatUttered(tokens, trigger.anchor, tr.type, classWords('speech-verbs')) &&
    !restrictiveCondition(tokens, conditions);
  return { type, negated, cameo, intensity, claimed, modality, uttered, mode };
}

/** The act's mentions, one per doer and target, into `sc.results`. */
function emitMentions(sc: SentenceScope, tr: TriggerScope, choice: Choice): void {
  const { doc, s, tokens, mentions, triggers, deps, results, seen, onItself } = sc;
  const { trigger, pattern, sentencePlace } = tr;
  let sources = tr.sources;
  let targetList = tr.targetList;
  const { type, negated, cameo, intensity, claimed, modality, uttered, mode } = choice;

  if (sc.place === undefined) sc.place = firstPlace(s, mentions, deps);
  const place = sc.place;
  if (sc.quantities === undefined) sc.quantities = deps.extractQuantities(s.text, doc.published);
  const quantities = sc.quantities;
  const tense = modality.future
    ? 'future'
    : isPastForm(tokens[trigger.anchor]!)
      ? 'past'
      : 'unknown';
  const date = deps.resolveDate(s.text, doc.published, tense);
  const first = tokens[trigger.anchor]!;
  const lastTok = tokens[trigger.last]!;
  if (pattern.partner && targetList.length === 0) return;
  if (
    targetList.length === 0 &&
    (DOMESTIC_TYPES.has(type) || domesticComplement(tokens, triggers, trigger)) &&
    sources.length === 1 &&
    (!sentencePlace || sentencePlace === sources[0]!.actor.root)
  ) {
    // "Sudan's government lifted the state of emergency": easing, coercing and stepping back
    // with no one named are acts on the country itself (PLOVER codes them X -> X).
    targetList = [placeActor(sources[0]!.actor.root)];
  }
  // A state's promise or acceptance with no one else named is AGREE with no target, not one with
  // itself (self-agreement.ts).
  if (type === 'AGREE') targetList = agreementCounterparts(sources, targetList);
  // No one named but a place of the actor's own country (or the fallback just above).
  let domestic =
    targetList.length > 0 &&
    targetList.every((t) => t.first < 0 && sources.every((x) => x.actor.root === t.actor.root));
  const otherSide = domestic
    ? otherSideOnOwnGround(type, sources[0]!, tokens, mentions, trigger, tr.ceiling)
    : null;
  if (otherSide && type === 'ASSAULT' && placedAttacker(sources)) {
    // "15 people were killed in Dnipro when Russian missiles hit a block": the side the place
    // gave was only a guess at an unnamed attacker; the other side named did it, to the place's.
    targetList = [placeActor(sources[0]!.actor.root)];
    sources = [otherSide];
    domestic = false;
  } else if (otherSide) {
    // "Ukrainian troops recaptured a village in Zaporizhzhia ... Russian defences": the other
    // side named, not the ground fought on (other-side.ts).
    targetList = [otherSide];
    domestic = false;
  }
  const targets = targetList.length > 0 ? targetList : [undefined];
  const pairs = sources.flatMap((src) => targets.map((tgt) => [src, tgt] as const));
  const third = thirdPair(
    tokens,
    mentions,
    DONE_TOGETHER.has(type),
    trigger.anchor,
    sources,
    targetList,
  );
  if (third) pairs.push(third);
  for (const [src, tgt] of pairs) {
    if (
      tgt &&
      tgt.actor.root === src.actor.root &&
      tgt.actor.sector === src.actor.sector &&
      !tgt.fromPlace
    )
      continue;
    const source = actorOf(src);
    const target = actorOf(tgt);
    // "spoke to reporters", "told journalists": briefing the press is no consultation
    // between parties (PLOVER CONSULT); what was said may be an event of its own.
    if (type === 'CONSULT' && PRESS_SECTORS.has(target.sector)) continue;
    const key = `${type}|${source.root}|${target.root}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mention: Mention = {
      id: mentionId(doc.id, s.index, first.start, type, source.root, target.root),
      date,
      source,
      target,
      type,
      mode,
      cameo,
      intensity,
      negated,
      conditional: modality.conditional && !uttered,
      future: modality.future && !uttered,
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
    };
    results.push(mention);
    if (domestic) onItself.add(mention);
  }
}
/**
 * The owner of a possessive object ("its posts", "their cities") that is no actor itself: a named
 * state or organisation of the sentence other than the doer, the first one (the reporting subject
 * of "Seoul said North Korean soldiers fired at its guard posts"). "its" is never a plural group.
 */
function ownerOfPossessive(
  tokens: Token[],
  mentions: ActorMention[],
  trigger: TriggerMatch,
  sources: ActorMention[],
): ActorMention | undefined {
  const k = possessiveObject(tokens, trigger);
  if (k < 0 || mentions.some((m) => m.first <= k + 1 && m.last >= k + 1)) return undefined;
  const plural = tokens[k]!.lower === 'their';
  const owner = mentions.find(
    (m) =>
      m.actor.root &&
      (plural || (!m.plural && (m.kind === 'state' || m.kind === 'organisation'))) &&
      !sources.some((x) => x.actor.root === m.actor.root),
  );
  // What "its" owns is the country's ("its territory"), not the office that spoke of it.
  return owner && mentionWith(owner, { actor: withSector(owner.actor, '') });
}

/**
 * A subject with the actors coordinated after it: "The United States and NATO delivered ...,
 * rejecting ..." is the act of each, one event per actor, as CAMEO codes a compound subject.
 */
function subjectGroup(
  tokens: Token[],
  mentions: ActorMention[],
  subject: ActorMention,
): ActorMention[] {
  const named = conjunctsAfter(tokens, mentions, subject).filter(
    (m) => m.actor.root && !m.locative,
  );
  return [subject, ...named];
}

/** The named actors (not places) whose words hold the given token indexes, once each. */
function actorsAt(mentions: ActorMention[], indexes: number[]): ActorMention[] {
  const found: ActorMention[] = [];
  for (const i of indexes) {
    const m = mentions.find((x) => x.first <= i && i <= x.last && x.actor.root && !x.locative);
    if (m && !found.includes(m)) found.push(m);
  }
  return found;
}

/** The doer is only the unnamed attacker placed where the act struck (no words name it). */
function placedAttacker(sources: readonly ActorMention[]): boolean {
  return sources.length === 1 && sources[0]!.first < 0 && sources[0]!.locative;
}

const CROSSING: ReadonlySet<string> = new Set(['into', 'inside', 'across', 'over']);

/** Words that name a frontier, waters or airspace (word class `@frontiers`): forces brought to
 * one, or fire aimed into one, face the state it belongs to. */
const FRONTIER: ReadonlySet<string> = classWords('frontiers');

/**
 * The state whose border, waters or airspace a movement of forces or a shot reaches, after the
 * trigger: "the Ukrainian border", "Japan's exclusive economic zone", "the border with Ukraine"
 * (the state named before the frontier word, with only its adjectives between, or right after it
 * with "with").
 */
function borderFaced(
  tokens: Token[],
  mentions: ActorMention[],
  after: number,
  crossing = false,
): ActorMention | null {
  for (let i = after + 1; i < tokens.length && i <= after + 12; i++) {
    if (!FRONTIER.has(tokens[i]!.lower)) continue;
    if (crossing) {
      // Fire is aimed at a state only "into", "inside", "across" or "over" its frontier: shells
      // fired "near the Turkish border" fall on whoever is there.
      let p = i - 1;
      while (p > after && tokens[p]!.pos !== 'ADP') p--;
      if (!CROSSING.has(tokens[p]?.lower ?? '')) return null;
    }
    let k = i - 1;
    while (k > after && k > i - 5 && ['ADJ', 'NOUN', 'PART'].includes(tokens[k]!.pos)) k--;
    const before = mentions.find(
      (m) => m.actor.root && m.last >= Math.min(k, i - 2) && m.last < i && !m.pronoun,
    );
    if (before) return before;
    if (tokens[i + 1]?.lower === 'with') {
      const beyond = mentions.find((m) => m.first === i + 2 || m.first === i + 3);
      if (beyond?.actor.root) return beyond;
    }
    return null;
  }
  return null;
}

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
/** Types of the measures states take against another's envoys and citizens (measure-passives.ts). */
const MEASURE_TYPES: ReadonlySet<PloverType> = new Set(['SANCTION', 'ACCUSE', 'COERCE']);
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
const DOMESTIC_TYPES: ReadonlySet<PloverType> = new Set([
  'CONCEDE',
  'COERCE',
  'RETREAT',
  'PROTEST',
  // Forces raised, alerted or reinforced with no adversary named: a mobilisation at home.
  'MOBILIZE',
  'AGREE',
]);
/** Acts whose place is a venue, not a party: talks held or a deal signed "in Barbados". */
/** Acts against another, of which one may answer another: "while Egypt warned of ...". */
const HOSTILE_TYPES: ReadonlySet<PloverType> = new Set(['THREATEN', 'ACCUSE', ...COERCIVE_TYPES]);
const VENUE_TYPES: ReadonlySet<PloverType> = new Set(['CONSULT', 'COOPERATE', 'SUPPORT']);
const JOINT_TYPES: ReadonlySet<PloverType> = new Set(['AGREE', 'CONSULT', 'COOPERATE', 'SUPPORT']);
/**
 * Joint types whose three members each act with the others (three-way.ts): a praise or welcome
 * of three ("Tokyo, London and Canberra welcomed their release") is aimed elsewhere.
 */
const DONE_TOGETHER: ReadonlySet<PloverType> = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/**
 * "Bouteflika said he is prepared to lift the ban", "the junta pledged to free prisoners": an act
 * whose infinitive complement (absorbed into it) is a domestic one falls, like that act, on the
 * actor's own country when no one else is named.
 */
function domesticComplement(
  tokens: Token[],
  triggers: ReturnType<typeof findTriggers>,
  trigger: ReturnType<typeof findTriggers>[number],
): boolean {
  const next = nextOfTypes(triggers, trigger, DOMESTIC_TYPES);
  return next !== null && governance(tokens, triggers, next).absorbed;
}

/** The trigger right after this one, when its act is of one of `types`. */
function nextOfTypes(
  triggers: ReturnType<typeof findTriggers>,
  trigger: ReturnType<typeof findTriggers>[number],
  types: ReadonlySet<PloverType>,
): ReturnType<typeof findTriggers>[number] | null {
  const next = triggers[triggers.indexOf(trigger) + 1];
  return next?.pattern.type && types.has(next.pattern.type) ? next : null;
}
/** Acts whose announcement, or readiness for them, is a threat. */
const THREAT_COMPLEMENTS: ReadonlySet<PloverType> = new Set(['SANCTION', 'COERCE', 'ASSAULT']);

/** The act in this trigger's infinitive complement is coercive ("ready to impose a curfew"). */
function coerciveComplement(
  tokens: Token[],
  triggers: ReturnType<typeof findTriggers>,
  trigger: ReturnType<typeof findTriggers>[number],
): boolean {
  const next = nextOfTypes(triggers, trigger, THREAT_COMPLEMENTS);
  if (!next) return false;
  // Its own complement, right after it ("prepared to impose"), not one further on ("support a
  // resolution that aims to tighten sanctions").
  // A time, an adverb or a venue may come first ("agreed on Monday to impose", intent-adjuncts).
  const to = infinitiveAfterAdjuncts(tokens, trigger.last + 1);
  const between = tokens.slice(to >= 0 ? to : trigger.last + 1, next.anchor);
  if (!between.every((t) => t.lower === 'to' || t.pos === 'ADV')) return false;
  return governance(tokens, triggers, next).absorbed;
}
/** Types whose target is the one something goes to ("delivered missiles to Ukraine"). */
/**
 * Acts done to another side: a doer named by its sector alone ("the forces", "the Rapid Support
 * Forces") is not of the target's country ("sanctioned Norway" is not Norway's own act).
 */
const SIDED_TYPES: ReadonlySet<PloverType> = new Set([
  'SANCTION',
  'ASSAULT',
  'COERCE',
  'THREATEN',
  'ACCUSE',
]);

const CIVIL_SECTORS: ReadonlySet<string> = new Set(['CVL', 'OPP', 'JRN', 'MED', 'REF', 'BUS']);
const PRESS_SECTORS: ReadonlySet<string> = new Set(['JRN', 'MED']);

const RECIPIENT_PREPS: Partial<Record<PloverType, ReadonlySet<string>>> = {
  AID: new Set(['to', 'for']),
  COOPERATE: new Set(['with', 'to', 'alongside']),
};

const COMPLAINT_TOPIC = new Set(['over', 'about', 'against', 'regarding', 'concerning']);

/**
 * "Lebanon complained to the United Nations over Israeli air raids": a complaint addressed to
 * someone accuses whoever the topic names. Returns that actor when the target found is the
 * addressee ("to ...") and an "over/about/against" phrase after it names someone; else null.
 */
function subjectOfComplaint(
  tokens: Token[],
  mentions: ActorMention[],
  targets: ActorMention[],
  ceiling: number,
): ActorMention | null {
  const addressee = targets[0];
  if (!addressee) return null;
  let before = addressee.first - 1;
  while (before >= 0 && tokens[before]!.pos === 'DET') before--;
  // "complained to the UN over ...", "filed a complaint with the Security Council against ...".
  if (tokens[before]?.lower !== 'to' && tokens[before]?.lower !== 'with') return null;
  let topic = -1;
  for (let i = addressee.last + 1; i < Math.min(ceiling, addressee.last + 12); i++) {
    if (COMPLAINT_TOPIC.has(tokens[i]!.lower)) {
      topic = i;
      break;
    }
  }
  if (topic < 0) return null;
  return (
    mentions.find(
      (m) => m.first > topic && m.first <= topic + 6 && m.first < ceiling && m.actor.root,
    ) ?? null
  );
}

function quoteAt(quotes: QuoteRecord[], offset: number): QuoteRecord | undefined {
  return quotes.find((q) => q.start <= offset && offset < q.end);
}

/** "will order", "would be treated": a modal of the future shortly before the verb at `k`. */
function announced(tokens: Token[], k: number): boolean {
  return tokens
    .slice(Math.max(0, k - 3), k)
    .some((t) => ['will', 'would', "'ll", 'shall'].includes(t.lower));
}

function speakerMention(actor: Actor): ActorMention {
  return mentionRecord({
    first: -1,
    last: -1,
    actor,
    kind: 'person',
    pronoun: false,
    adjectiveOnly: false,
    plural: false,
    locative: false,
  });
}

/** Words opening a relative clause. */
const RELATIVISERS: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom']);

/**
 * The comma closing a relative clause set off by commas (", which hosted the talks,") when the
 * clause starting at `clauseStart` is one and the trigger ending at `last` is inside it; null
 * otherwise.
 */
function relativeClauseEnd(tokens: Token[], clauseStart: number, last: number): number | null {
  const opener = tokens[clauseStart - 1];
  if (!opener || !RELATIVISERS.has(opener.lower) || tokens[clauseStart - 2]?.lower !== ',')
    return null;
  for (let i = last + 1; i < tokens.length; i++) {
    const t = tokens[i]!.lower;
    if (t === ';' || t === '.') return null;
    if (t === ',') return i;
  }
  return null;
}

/** The mention comes right after `word` (give or take a determiner or possessive). */
/**
 * The party a `from` pattern names inside its own words or right after its closing "of": "at
 * Baghdad's request", "at the request of South Sudan's government" (the one asking acts).
 */
function namedInPattern(mentions: ActorMention[], trigger: TriggerMatch): ActorMention | undefined {
  return mentions.find(
    (m) =>
      m.actor.root &&
      ((m.first > trigger.anchor && m.last < trigger.last) ||
        (m.first > trigger.last && m.first <= trigger.last + 2 && trigger.tokens.length > 2)),
  );
}

function after(tokens: Token[], m: ActorMention, word: string): boolean {
  let k = m.first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'PRON')) k--;
  return tokens[k]?.lower === word;
}

/**
 * The targets after "from" and those listed with them ("criticism from France, Germany and
 * Britain": each state acts), in the targets' order.
 */
function partiesFrom(
  tokens: Token[],
  mentions: ActorMention[],
  targets: readonly ActorMention[],
): ActorMention[] {
  const heads = targets.filter((m) => after(tokens, m, 'from'));
  const listed = new Set(heads.flatMap((h) => [h, ...conjunctsAfter(tokens, mentions, h)]));
  return targets.filter((m) => listed.has(m));
}

/** Verbs of leaving: with a body as the one left, they reduce relations. */
const LEAVING: ReadonlySet<string> = new Set(['withdraw', 'pull', 'quit', 'leave', 'exit']);

let crowdWords: ReadonlySet<string> | null = null;

/** Whether every doer is a crowd named as such ("protesters", "thousands of students"). */
function crowdOnly(tokens: Token[], sources: readonly ActorMention[]): boolean {
  return sources.every(
    (m) =>
      m.first >= 0 &&
      (protestCrowd(tokens[m.last]!) || countedCrowd(tokens, m) || personsFollowing(tokens, m)),
  );
}

/** Is `t` a noun for a protesting crowd (word class `protest-crowds`)? */
function protestCrowd(t: Token): boolean {
  crowdWords ??= new Set(builtInWordClasses().get('protest-crowds') ?? []);
  return crowdWords.has(t.lower);
}

/** Negators inside a matched phrase: "said Iran was not responsible", "held no one responsible". */
const INSIDE_NEGATORS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'nobody',
  'none',
]);

/**
 * A negator between a phrase's first and last words denies the phrase ("said no country was to
 * blame", "imposed no new sanctions"), unless it is "not only" (which asserts).
 */
function negatedInside(tokens: Token[], trigger: { anchor: number; last: number }): boolean {
  for (let i = trigger.anchor + 1; i < trigger.last; i++) {
    const t = tokens[i]!;
    if (
      INSIDE_NEGATORS.has(t.lower) &&
      !['only', 'merely', 'just'].includes(tokens[i + 1]?.lower ?? '')
    )
      return true;
  }
  return false;
}

/**
 * "struck what Islamabad called militant hideouts", "in what New Delhi described as a measured
 * response": the actor after "what" and before a verb of saying (word class `speech-verbs`)
 * names the thing struck; it is not struck itself.
 */
function namesWhatItSays(tokens: Token[], m: ActorMention): boolean {
  if (tokens[m.first - 1]?.lower !== 'what') return false;
  const verb = tokens[m.last + 1];
  return verb !== undefined && classWords('speech-verbs').has(verb.lemma);
}

/**
 * The "to" of a purpose of helping (word class `help-verbs`: "to help", "to assist", "to
 * protect") after a sending at `from`, in the same clause (before `ceiling`, a comma, a
 * semicolon or "but"), or -1.
 */
function helpPurpose(tokens: Token[], from: number, ceiling: number): number {
  const help = classWords('help-verbs');
  const end = Math.min(ceiling, tokens.length - 1);
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.lower === ',' || t.lower === ';' || t.lower === 'but') return -1;
    if (t.lower === 'to' && help.has(tokens[k + 1]!.lemma)) return k;
  }
  return -1;
}

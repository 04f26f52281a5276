// Third parties of a meeting: "met in Moscow for talks hosted by Sergei Lavrov", "met at the
// invitation of Qatar's emir", "Qatar-mediated talks". PLOVER counts the host of a meeting as a
// party to it, and its dev gold codes a mediator with each side ("launched a mediation effort
// between the Emirates and Saudi Arabia": QAT -> ARE, QAT -> SAU), the host as the source
// ("Yeltsin hosted Hashimoto": RUS -> JPN). The meeting itself is coded by the patterns; this
// module only finds who hosted it, so that each side met gets a CONSULT from the host. A truce
// or accord brokered "between A and B" is also the two sides' agreement (AGREE A -> B), and one
// "brokered by X" the mediator's consultation with each side; so is an agreement reached "after
// mediation by X" or "through the mediation of X".
import type { Mention } from '../records.js';
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';
import { mentionId } from './ids.js';
import { conjunctsAfter } from './roles.js';
import { copyOf } from '../actors/actor-record.js';

/** A host or mediator named in a sentence, and the token that names the hosting. */
export interface Host {
  host: ActorMention;
  at: number;
}

/** How far before a participle of hosting its meeting noun may stand ("talks, hosted by"). */
const NOUN_REACH = 4;
/** Prepositional phrases naming a host: "at the invitation of X", "under the auspices of X". */
const HOST_PHRASES: ReadonlyArray<readonly string[]> = [
  ['at', 'the', 'invitation', 'of'],
  ['under', 'the', 'auspices', 'of'],
  ['under', 'the', 'mediation', 'of'],
  ['under', 'the', 'sponsorship', 'of'],
  // "after mediation by Belarus's Lukashenko", "through the mediation of Qatar"
  ['mediation', 'by'],
  ['mediation', 'of'],
];

/** Nouns of mediation that a state's adjective or name before them makes that state's. */
const MEDIATION_NOUNS: ReadonlySet<string> = new Set(['mediation', 'mediators']);
/** Prepositions of a mediation by which an act came about ("under", "through", "after" ...). */
const MEDIATION_PREPS: ReadonlySet<string> = new Set([
  'under',
  'through',
  'following',
  'after',
  'with',
  'via',
]);

/**
 * The types of the acts whose sides a host or mediator met: meetings and agreements. (Not the
 * releases a mediator arranged: the sets code "freed two soldiers after mediation by Georgia"
 * as the release alone.)
 */
const MEDIATED_TYPES: ReadonlySet<string> = new Set(['CONSULT', 'AGREE']);

let hostedNouns: ReadonlySet<string> | undefined;
let accordNouns: ReadonlySet<string> | undefined;

/** Nouns of what a third party hosts or brokers: meetings, truces and accords. */
function meetingNouns(): ReadonlySet<string> {
  hostedNouns ??= new Set([...classWords('meetings'), ...accordWords()]);
  return hostedNouns;
}

/** Nouns of a truce or an accord. */
function accordWords(): ReadonlySet<string> {
  accordNouns ??= new Set([...classWords('truces'), ...classWords('accords')]);
  return accordNouns;
}

/** A form of a hosting verb, also one the tagger read as an adjective ("mediated", "brokered"). */
function hostingForm(t: Token, hosting: ReadonlySet<string>): boolean {
  return (
    hosting.has(t.lemma) || hosting.has(t.lower.slice(0, -1)) || hosting.has(t.lower.slice(0, -2))
  );
}

/** How far a meeting noun may stand when a place phrase comes between ("talks in X hosted by"). */
const PLACED_NOUN_REACH = 9;
/** Prepositions of the place a meeting was held in. */
const VENUE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside']);

/**
 * A meeting noun before the participle at `k`: within NOUN_REACH words, or further when a place
 * phrase stands between ("talks in the Chinese city of Kunming hosted by Beijing", "a summit at
 * Camp David hosted by"), never across a comma or a verb.
 */
function meetingBefore(tokens: Token[], k: number, meetings: ReadonlySet<string>): boolean {
  let venue = false;
  for (let i = k - 1; i >= Math.max(0, k - PLACED_NOUN_REACH); i--) {
    const w = tokens[i]!;
    if (meetings.has(w.lower) || meetings.has(w.lemma)) return k - i <= NOUN_REACH || venue;
    // "agreed to a ceasefire, mediated by Russia,": the participle set off by a comma right
    // after its noun; any other comma closes the phrase.
    if (w.lower === ',' && i === k - 1) continue;
    if (w.lower === ',' || w.pos === 'VERB' || w.pos === 'AUX') return false;
    if (VENUE_PREPS.has(w.lower)) venue = true;
  }
  return false;
}

/** The named actor starting right at `k` (after an optional "the"), if any. */
function actorAt(tokens: Token[], mentions: ActorMention[], k: number): ActorMention | undefined {
  const start = tokens[k]?.lower === 'the' ? k + 1 : k;
  return mentions.find((m) => m.first === start && m.actor.root && !m.pronoun);
}

/**
 * The hosts joined to `host` ("talks brokered by Saudi Arabia and the United States", "mediated
 * by Qatar and Egypt"): wires name joint mediators together, and each met both sides.
 */
function cohosts(tokens: Token[], mentions: ActorMention[], host: ActorMention): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of conjunctsAfter(tokens, mentions, host)) {
    // "brokered by Egypt, and Jordan welcomed the deal": a name its verb follows opens a clause.
    const next = tokens[m.last + 1]?.pos;
    if (next === 'VERB' || next === 'AUX') break;
    if (m.actor.root && !m.pronoun) out.push(m);
  }
  return out;
}

function phraseAt(tokens: Token[], k: number, words: readonly string[]): boolean {
  return words.every((w, i) => tokens[k + i]?.lower === w);
}

/**
 * Hosts and mediators of the meetings a sentence names: a participle of a hosting verb (word
 * class `hosting-verbs`) after a meeting noun (class `meetings`) and before "by X"; X joined by a
 * hyphen to such a participle before a meeting noun ("AU-brokered talks"); "at the invitation
 * of X" and the like. A host named as the verb's subject ("Qatar hosted talks between ...") is
 * the pattern's own source and needs nothing here.
 */
export function meetingHosts(tokens: Token[], mentions: ActorMention[]): Host[] {
  const hosting = classWords('hosting-verbs');
  const meetings = meetingNouns();
  const out: Host[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower.endsWith('ed') && hostingForm(t, hosting)) {
      const noun = meetingBefore(tokens, k, meetings);
      if (noun && tokens[k + 1]?.lower === 'by') {
        const host = actorAt(tokens, mentions, k + 2);
        if (host)
          out.push(...[host, ...cohosts(tokens, mentions, host)].map((h) => ({ host: h, at: k })));
        continue;
      }
      const next = tokens[k + 1];
      const hyphen = tokens[k - 1];
      if (
        hyphen?.lower === '-' &&
        hyphen.end === t.start &&
        next &&
        tokens.slice(k + 1, k + 4).some((w) => meetings.has(w.lower) || meetings.has(w.lemma))
      ) {
        const host = mentions.find((m) => m.last === k - 2 && m.actor.root && !m.pronoun);
        if (host) out.push({ host, at: k });
      }
      continue;
    }
    // "under Ethiopian mediation", "through Turkish mediators": the mediator named by the
    // adjective or name right before the noun of mediation, in a phrase of how the act came
    // about. Not a title ("met U.N. mediator Diego Cordovez") nor mediation only accepted or
    // offered ("agreed to US mediation").
    if (MEDIATION_NOUNS.has(t.lower)) {
      const host = mentions.find((m) => m.last === k - 1 && m.actor.root && !m.pronoun);
      if (host && MEDIATION_PREPS.has(tokens[host.first - 1]?.lower ?? ''))
        out.push({ host, at: k });
    }
    for (const words of HOST_PHRASES) {
      if (!phraseAt(tokens, k, words)) continue;
      const host = actorAt(tokens, mentions, k + words.length);
      if (host)
        out.push(...[host, ...cohosts(tokens, mentions, host)].map((h) => ({ host: h, at: k })));
    }
  }
  return out;
}

/**
 * The sentence's mentions with a CONSULT from each host to each side of the meetings coded
 * (every other party of its CONSULT mentions), modelled on the first of those mentions.
 */
export function withHosts(
  results: Mention[],
  tokens: Token[],
  mentions: ActorMention[],
): Mention[] {
  const meetings = results.filter((m) => MEDIATED_TYPES.has(m.type) && !m.negated);
  if (meetings.length === 0) return results;
  const hosts = meetingHosts(tokens, mentions);
  if (hosts.length === 0) return results;
  const added: Mention[] = [];
  const seen = new Set(results.map((m) => `${m.type}|${m.source.root}|${m.target.root}`));
  for (const { host, at } of hosts) {
    const root = host.actor.root;
    for (const m of meetings) {
      for (const side of [m.source, m.target]) {
        if (!side.root || side.root === root) continue;
        const key = `CONSULT|${root}|${side.root}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const start = tokens[at]!.start;
        added.push({
          ...m,
          type: 'CONSULT',
          cameo: '045',
          intensity: 1,
          id: mentionId(m.evidence.doc, m.evidence.sentence, start, 'CONSULT', root, side.root),
          source: copyOf(host.actor),
          target: side,
          mode: 'third-party',
          trigger: { start, end: tokens[at]!.end, text: tokens[at]!.text },
          pattern: 'consult.hosted-by',
        });
      }
    }
  }
  return [...results, ...added];
}

/** Verbs by which a third party brings a truce or accord about, or makes it known. */
const BRINGING_ABOUT: ReadonlySet<string> = new Set(['announce', 'declare']);

/**
 * The sides of a truce or accord a third party brokered, mediated or announced "between A and
 * B" ("Qatar brokered a truce between Israel and Hamas"): the sides agreed to it. Empty when
 * the sentence has no such phrase.
 */
export function brokeredSides(tokens: Token[], mentions: ActorMention[]): ActorMention[][] {
  const hosting = classWords('hosting-verbs');
  const accords = accordWords();
  const out: ActorMention[][] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!accords.has(t.lower) || tokens[k + 1]?.lower !== 'between') continue;
    const verb = tokens
      .slice(Math.max(0, k - NOUN_REACH), k)
      .some((w) => hosting.has(w.lemma) || BRINGING_ABOUT.has(w.lemma));
    if (!verb) continue;
    const first = actorAt(tokens, mentions, k + 2);
    if (!first) continue;
    const sides = [first, ...conjunctsAfter(tokens, mentions, first)];
    if (sides.length > 1) out.push(sides);
  }
  return out;
}

/**
 * The sentence's mentions with an AGREE between the first side and each other one of a truce
 * brokered between them, modelled on the broker's own mention of it.
 */
export function withSides(
  results: Mention[],
  tokens: Token[],
  mentions: ActorMention[],
): Mention[] {
  if (results.length === 0) return results;
  const sides = brokeredSides(tokens, mentions);
  if (sides.length === 0) return results;
  const model = results[0]!;
  const seen = new Set(results.map((m) => `${m.type}|${m.source.root}|${m.target.root}`));
  const added: Mention[] = [];
  for (const [first, ...others] of sides) {
    const a = first!.actor;
    for (const o of others) {
      const b = o.actor;
      if (!a.root || !b.root || a.root === b.root) continue;
      if (seen.has(`AGREE|${a.root}|${b.root}`) || seen.has(`AGREE|${b.root}|${a.root}`)) continue;
      seen.add(`AGREE|${a.root}|${b.root}`);
      const at = tokens[first!.first]!;
      added.push({
        ...model,
        id: mentionId(
          model.evidence.doc,
          model.evidence.sentence,
          at.start,
          'AGREE',
          a.root,
          b.root,
        ),
        source: copyOf(a),
        target: copyOf(b),
        type: 'AGREE',
        mode: '',
        cameo: '030',
        intensity: 4,
        negated: false,
        trigger: { start: at.start, end: at.end, text: at.text },
        pattern: 'agree.brokered-between',
      });
    }
  }
  return [...results, ...added];
}

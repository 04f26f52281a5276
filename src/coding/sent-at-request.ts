// Forces or teams sent "at the request of" a government help that government: "Rwanda deployed
// 1,000 troops to Mozambique at the request of its government", "CSTO paratroopers were flown
// into Kazakhstan at Tokayev's request". PLOVER codes help sent at a government's asking as AID
// to it, not MOBILIZE against it (issue #15, twenty-first round). The adjunct's REQUEST (asker
// -> asked, request-adjuncts.ts) says who sent and who asked; this step turns the sender's
// deployment into AID to the asker, or adds the AID when the move was told with no trigger of
// its own ("troops crossed into Bahrain", "monitors began patrolling the border").
import type { Token } from '../nlp/analyse.js';
import type { Mention } from '../records.js';
import { destinationPlace } from './aid-recipients.js';
import type { ActorMention } from './mentions.js';
import type { PlaceAt } from './places.js';
import { TYPE_DEFAULTS } from './defaults.js';
import { mentionId } from './ids.js';
import { classWords } from './word-classes.js';

/** The adjunct patterns whose REQUEST names the asker as source and the doer as target. */
const AT_REQUEST_PATTERNS: ReadonlySet<string> = new Set([
  'request.at-request-of',
  'request.at-request',
]);

/** CAMEO 074: provide military protection or peacekeeping. */
const PROTECTION_CAMEO = '074';

/** How many words before the adjunct the moving verb may stand ("deployed ... on Monday at"). */
const MOVE_REACH = 12;

/**
 * `events` of one sentence with each deployment made at another party's request coded as AID
 * from the sender to the party that asked. A request by the sender's own side ("at the request of
 * the Kenyan government") or by no coded party ("at the request of prosecutors") changes nothing:
 * the adjunct's REQUEST then has no foreign asker.
 */
export function withHelpSentAtRequest(
  events: Mention[],
  tokens: Token[],
  places: PlaceAt[],
  mentions: ActorMention[],
): Mention[] {
  let out = events;
  // "Nigerian troops were sent to Gambia at the request of the West African bloc": help goes
  // where it is sent; when that is another country than the asker's, the asker is no recipient.
  const elsewhere = (verb: number, adjunct: number, host: string): boolean => {
    const to = destinationPlace(tokens, places, mentions, verb, adjunct);
    return to !== null && to.country !== host;
  };
  for (const ask of events) {
    if (ask.type !== 'REQUEST' || !AT_REQUEST_PATTERNS.has(ask.pattern)) continue;
    const sender = ask.target.root;
    const host = ask.source;
    if (!sender || !host.root || sender === host.root) continue;
    const before = (m: Mention): boolean => m.trigger.start < ask.trigger.start;
    if (out.some((m) => m.type === 'AID' && m.source.root === sender && before(m))) continue;
    const moved = out.find(
      (m) =>
        m.type === 'MOBILIZE' &&
        m.source.root === sender &&
        before(m) &&
        ['', sender, host.root].includes(m.target.root),
    );
    const adjunct = tokens.findIndex((t) => t.start >= ask.trigger.start);
    if (moved) {
      const at = tokens.findIndex((t) => t.start >= moved.trigger.start);
      if (elsewhere(at, adjunct, host.root)) continue;
      out = out.map((m) => (m === moved ? asAid(moved, moved.source, host) : m));
      continue;
    }
    const verb = movingVerb(tokens, adjunct);
    if (!verb || elsewhere(tokens.indexOf(verb), adjunct, host.root)) continue;
    out = [
      ...out,
      asAid(
        { ...ask, trigger: { start: verb.start, end: verb.end, text: verb.text } },
        ask.target,
        host,
      ),
    ];
  }
  return out;
}

/**
 * The verb moving forces or teams in the words before the adjunct opening at token `end`: one
 * of @deployment-moves within reach, with a word of @forces or @sent-helpers before the adjunct.
 */
function movingVerb(tokens: Token[], end: number): Token | undefined {
  if (end < 0) return undefined;
  const clause = tokens.slice(0, end);
  const forces = classWords('forces');
  const helpers = classWords('sent-helpers');
  if (!clause.some((t) => forces.has(t.lower) || helpers.has(t.lower))) return undefined;
  const moves = classWords('deployment-moves');
  return clause
    .slice(Math.max(0, end - MOVE_REACH))
    .find((t) => (t.pos === 'VERB' && moves.has(t.lemma)) || moves.has(ingStem(t.lower)));
}

/**
 * The verb of an -ing form the tagger may read as an adjective ("began flying paratroopers",
 * "started patrolling"); '' for any other word.
 */
function ingStem(word: string): string {
  if (!word.endsWith('ing') || word.length < 6) return '';
  const stem = word.slice(0, -3);
  // "patrolling" -> "patrol": a doubled last consonant is the spelling's, not the verb's.
  return stem.at(-1) === stem.at(-2) && !stem.endsWith('ss') ? stem.slice(0, -1) : stem;
}

/** `m` recoded as help from `source` to `target`. */
function asAid(m: Mention, source: Mention['source'], target: Mention['target']): Mention {
  return {
    ...m,
    id: mentionId(
      m.evidence.doc,
      m.evidence.sentence,
      m.trigger.start,
      'AID',
      source.root,
      target.root,
    ),
    source,
    target,
    type: 'AID',
    mode: '',
    cameo: PROTECTION_CAMEO,
    intensity: TYPE_DEFAULTS.AID.intensity,
    pattern: 'aid.sent-at-request',
  };
}

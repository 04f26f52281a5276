// Third parties of a meeting: "met in Moscow for talks hosted by Sergei Lavrov", "met at the
// invitation of Qatar's emir", "Qatar-mediated talks". PLOVER counts the host of a meeting as a
// party to it, and its dev gold codes a mediator with each side ("launched a mediation effort
// between the Emirates and Saudi Arabia": QAT -> ARE, QAT -> SAU), the host as the source
// ("Yeltsin hosted Hashimoto": RUS -> JPN). The meeting itself is coded by the patterns; this
// module only finds who hosted it, so that each side met gets a CONSULT from the host.
import type { Mention } from '../records.js';
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { classWords } from './word-classes.js';
import { mentionId } from './ids.js';

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
];

/** The named actor starting right at `k` (after an optional "the"), if any. */
function actorAt(tokens: Token[], mentions: ActorMention[], k: number): ActorMention | undefined {
  const start = tokens[k]?.lower === 'the' ? k + 1 : k;
  return mentions.find((m) => m.first === start && m.actor.root && !m.pronoun);
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
  const meetings = classWords('meetings');
  const out: Host[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (hosting.has(t.lemma) && t.lower.endsWith('ed')) {
      const noun = tokens
        .slice(Math.max(0, k - NOUN_REACH), k)
        .some((w) => meetings.has(w.lower) || meetings.has(w.lemma));
      if (noun && tokens[k + 1]?.lower === 'by') {
        const host = actorAt(tokens, mentions, k + 2);
        if (host) out.push({ host, at: k });
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
    for (const words of HOST_PHRASES) {
      if (!phraseAt(tokens, k, words)) continue;
      const host = actorAt(tokens, mentions, k + words.length);
      if (host) out.push({ host, at: k });
    }
  }
  return out;
}

/**
 * The sentence's mentions with a CONSULT from each host to each side of the meetings coded
 * (every other party of its CONSULT mentions), modelled on the first of those mentions.
 */
export function withHosts(results: Mention[], hosts: Host[], tokens: Token[]): Mention[] {
  if (hosts.length === 0) return results;
  const meetings = results.filter((m) => m.type === 'CONSULT' && !m.negated);
  if (meetings.length === 0) return results;
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
          id: mentionId(m.evidence.doc, m.evidence.sentence, start, 'CONSULT', root, side.root),
          source: { ...host.actor, text: host.actor.text },
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

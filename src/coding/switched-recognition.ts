// "Nauru switched diplomatic recognition from Taiwan to China", "Panama shifted its ties from
// Taipei to Beijing": one act told with two parties, each with its own act. The state switching
// breaks with the one after "from" (SANCTION, CAMEO 161: ties reduced or broken) and recognises
// the one after "to" (SUPPORT, CAMEO 051). The pattern `support.switch-recognition` finds the
// verb; its roles give the first party after the verb for the target, whichever preposition it
// follows, so this step puts each party on its own act.
import type { Mention } from '../records.js';
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';
import { mentionId } from './ids.js';
import { copyOf } from '../actors/actor-record.js';

/** The pattern whose events this step splits. */
export const SWITCH_PATTERN = 'support.switch-recognition';
/** How far past the verb the "from" and "to" parties may stand. */
const REACH = 10;
/** Words that end the clause the parties are sought in. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'that']);

/**
 * The events of a switch of recognition, each party on its own act: the SUPPORT aimed at the one
 * after "to" and a SANCTION added for the one after "from". Left as they are when either party
 * is not named in the clause.
 */
export function withSwitchedRecognition(
  results: Mention[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): Mention[] {
  if (!results.some((m) => m.pattern === SWITCH_PATTERN)) return results;
  const out: Mention[] = [];
  for (const m of results) {
    if (m.pattern !== SWITCH_PATTERN) {
      out.push(m);
      continue;
    }
    const verb = tokens.findIndex((t) => t.start === m.trigger.start);
    const from = partyAfter(tokens, mentions, verb, 'from');
    const to = partyAfter(tokens, mentions, verb, 'to');
    if (!from?.actor.root || !to?.actor.root || from.actor.root === to.actor.root) {
      out.push(m);
      continue;
    }
    const id = (type: string, target: string): string =>
      mentionId(m.evidence.doc, m.evidence.sentence, m.trigger.start, type, m.source.root, target);
    out.push({ ...m, id: id('SUPPORT', to.actor.root), target: copyOf(to.actor) });
    out.push({
      ...m,
      id: id('SANCTION', from.actor.root),
      target: copyOf(from.actor),
      type: 'SANCTION',
      mode: '',
      cameo: '161',
      intensity: -4,
      pattern: 'sanction.switch-recognition-from',
    });
  }
  return out;
}

/** The party right after the first `word` past the verb at `verb`, in its clause ("from Taipei"). */
function partyAfter(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  verb: number,
  word: string,
): ActorMention | undefined {
  if (verb < 0) return undefined;
  const end = Math.min(tokens.length, verb + 1 + REACH);
  for (let k = verb + 1; k < end; k++) {
    const t = tokens[k]!;
    if (CLAUSE_ENDS.has(t.lower)) return undefined;
    if (t.lower !== word) continue;
    return mentions.find(
      (x) => x.first === k + 1 || (x.first === k + 2 && tokens[k + 1]!.pos === 'DET'),
    );
  }
  return undefined;
}

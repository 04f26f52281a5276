// The sectors of a verb's doer, as far as they can be told before the act is chosen: patterns
// that name the doers they take ("strike" by workers is a walkout, by forces an attack) are then
// chosen by their doer instead of being chosen first and filtered after (triggers.ts).
import type { Token } from '../nlp/analyse.js';
import type { ActorMention } from './mentions.js';

/** Given the anchor of a verb, the sectors its doer has, or null when they cannot be told. */
export type DoerSectors = (anchor: number) => ReadonlySet<string> | null;

/** Words that end the clause a doer before the verb is looked for in. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', 'that', 'which', 'who', 'because']);

/**
 * The doer's sectors: the dependency parse's subjects of the verb when it is given and they are
 * named actors, else the nearest actor named before the verb in its clause. Null when the doer
 * found has no sector ("Russia struck Kyiv": a state may strike either way) or none is found, so
 * that an unknown doer changes no choice.
 */
export function doerSectorsOf(
  tokens: Token[],
  mentions: readonly ActorMention[],
  subjectsOf?: (tokens: Token[], verb: number) => number[],
): DoerSectors {
  const memo = new Map<number, ReadonlySet<string> | null>();
  // "Workers at the port of Antwerp": a doer of no country yet (a place gives it one later)
  // still has its sector.
  const named = (m: ActorMention) => (m.actor.root !== '' || m.actor.sector !== '') && !m.locative;
  const find = (anchor: number): ReadonlySet<string> | null => {
    if (subjectsOf) {
      const subjects = subjectsOf(tokens, anchor)
        .map((i) => mentions.find((m) => m.first <= i && i <= m.last && named(m)))
        .filter((m): m is ActorMention => m !== undefined);
      if (subjects.length > 0) return sectorsOf(subjects);
    }
    let stop = -1;
    for (let k = anchor - 1; k >= 0; k--) {
      if (CLAUSE_BREAKS.has(tokens[k]!.lower)) {
        stop = k;
        break;
      }
    }
    const before = mentions.filter((m) => m.last < anchor && m.first > stop && named(m));
    const nearest = before.reduce<ActorMention | null>(
      (best, m) => (best === null || m.last > best.last ? m : best),
      null,
    );
    return nearest ? sectorsOf([nearest]) : null;
  };
  return (anchor) => {
    if (!memo.has(anchor)) memo.set(anchor, find(anchor));
    return memo.get(anchor)!;
  };
}

function sectorsOf(doers: readonly ActorMention[]): ReadonlySet<string> | null {
  const sectors = new Set(doers.map((m) => m.actor.sector).filter((s) => s !== ''));
  return sectors.size > 0 ? sectors : null;
}

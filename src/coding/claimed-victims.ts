// The one harmed by an act an accuser alleges: "Armenia accused Azerbaijan of shelling border
// villages", "Kyiv accused Moscow of targeting civilians". The alleged act's object names no
// party (villages, civilians, positions), so it had no target and was let go as untied, or took
// the doer's own country ("RUS > RUS"). The one who complains of an attack on unnamed people or
// places is the one attacked (the gold's implied target: `x012`, `s068` of the check sets code
// the accuser). Only with no place named to say otherwise ("of shelling Donetsk"), nothing
// rebel-held ("of shelling separatist-held villages": the state's own war), and an act done,
// not one prepared ("claiming that Kyiv was preparing to strike": the gold codes only the
// accusation). Issue #15, roles23.
import type { Token } from '../nlp/analyse.js';
import type { Mention, PloverType } from '../records.js';
import { doerOf, rebelHeld, type RoleMention } from './places.js';
import { classWords } from './word-classes.js';

/** Acts of harm whose victim an accuser speaks for. */
const HARM: ReadonlySet<PloverType> = new Set(['ASSAULT']);

/** The alleged act at `anchor` as done ("of shelling"), not intended ("preparing to strike"). */
function done(tokens: Token[], anchor: number): boolean {
  const before = tokens[anchor - 2];
  return !(
    tokens[anchor - 1]?.lower === 'to' &&
    before &&
    (classWords('intent-words').has(before.lemma) || classWords('intent-words').has(before.lower))
  );
}

/**
 * The accuser of the doers, as the target of the alleged act at `anchor`: when the act (of
 * type `type`) is claimed and done, its targets name no party other than the doers' own, no
 * place is named and nothing rebel-held, and an accusation of the doers by another party was
 * coded before it. Null otherwise.
 */
export function accuserAsVictim(
  tokens: Token[],
  anchor: number,
  ceiling: number,
  type: PloverType,
  claimed: boolean,
  placed: boolean,
  results: readonly Mention[],
  sources: readonly RoleMention[],
  targets: readonly RoleMention[],
): RoleMention | null {
  if (!HARM.has(type) || !claimed || placed || sources.length === 0) return null;
  if (!done(tokens, anchor) || rebelHeld(tokens, anchor, ceiling)) return null;
  const doers = new Set(sources.map((m) => m.actor.root));
  if (targets.some((m) => m.actor.root && !doers.has(m.actor.root))) return null;
  const accusation = results
    .slice()
    .reverse()
    .find(
      (r) =>
        r.type === 'ACCUSE' &&
        doers.has(r.target.root) &&
        r.source.root !== '' &&
        !doers.has(r.source.root),
    );
  return accusation ? doerOf(accusation) : null;
}

// Actor records made by one function, so that they come in two shapes only (with and without a
// dictionary entry), whatever made them. A record copied with spread syntax (`{ ...a, root }`)
// takes a shape of its own for each shape it was copied from, and one with a field added later
// another: the coder's optimised functions met dozens of them, each new one throwing the compiled
// code away (docs/scale.md, speed24). Nothing changes an actor record once made.
import type { Actor } from '../records.js';

/** An actor record; `entry` only when it was resolved through a dictionary entry. */
export function actorRecord(
  root: string,
  sector: string,
  text: string,
  entry: string | undefined,
): Actor {
  return entry === undefined ? { root, sector, text } : { root, sector, text, entry };
}

/** `a` under another root code. */
export function withRoot(a: Actor, root: string): Actor {
  return actorRecord(root, a.sector, a.text, a.entry);
}

/** `a` in another sector. */
export function withSector(a: Actor, sector: string): Actor {
  return actorRecord(a.root, sector, a.text, a.entry);
}

/** `a` named by other words. */
export function withText(a: Actor, text: string): Actor {
  return actorRecord(a.root, a.sector, text, a.entry);
}

/** `a` under the root code and dictionary entry of `owner` (its state, its leader). */
export function withRootOf(a: Actor, owner: Actor): Actor {
  return actorRecord(owner.root, a.sector, a.text, owner.entry);
}

/** A copy of `a` in the one shape. */
export function copyOf(a: Actor): Actor {
  return actorRecord(a.root, a.sector, a.text, a.entry);
}

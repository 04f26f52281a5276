// Help given to an act of force. "Royal Marines helped detain a tanker", "jets helped intercept
// the drones", "recruited them to help kill the president": the helper takes part in the act
// (COERCE, ASSAULT) and names no one it helps, so the only party after "help" is the one the
// act is done to. That is no aid (PLOVER AID has a beneficiary): the act itself is coded, and
// the help (a pattern with `"complement": "cede"`) codes nothing. A named beneficiary
// ("helped Cuban crews fight a blaze", "helped Ukraine rebuild") keeps the help.
import type { PloverType } from '../records.js';
import type { Token } from '../nlp/analyse.js';
import type { TriggerMatch } from './triggers.js';

/** The types of an act of force that a helper takes part in rather than gives. */
const FORCE_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE']);

/** Whether an act of force is triggered at `anchor`. */
export function forceAt(triggers: readonly TriggerMatch[], anchor: number): boolean {
  return triggers.some(
    (t) =>
      t.anchor === anchor &&
      t.pattern.role === 'event' &&
      t.pattern.type !== null &&
      FORCE_TYPES.has(t.pattern.type),
  );
}

/**
 * Whether the help at `trigger` ceds to an act of force right after it, bare or after "to"
 * ("helped intercept", "helped to detain"), with no beneficiary between.
 */
export function helpsForce(
  tokens: readonly Token[],
  triggers: readonly TriggerMatch[],
  trigger: TriggerMatch,
): boolean {
  if (trigger.pattern.complement !== 'cede') return false;
  let next = trigger.last + 1;
  if (tokens[next]?.lower === 'to') next++;
  return forceAt(triggers, next);
}

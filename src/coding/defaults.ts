import type { PloverType } from '../records.js';

/**
 * The CAMEO root and Goldstein-style intensity each PLOVER type falls back to when a pattern does
 * not name its own, or when modality turns one type into another (an intended meeting is AGREE).
 * Intensities follow the Goldstein scale values usually attached to the CAMEO roots.
 */
export const TYPE_DEFAULTS: Record<PloverType, { cameo: string; intensity: number }> = {
  AGREE: { cameo: '030', intensity: 4 },
  CONSULT: { cameo: '040', intensity: 1 },
  SUPPORT: { cameo: '050', intensity: 3.5 },
  CONCEDE: { cameo: '080', intensity: 5 },
  COOPERATE: { cameo: '060', intensity: 6 },
  AID: { cameo: '070', intensity: 7 },
  RETREAT: { cameo: '087', intensity: 5 },
  REQUEST: { cameo: '020', intensity: 3 },
  ACCUSE: { cameo: '112', intensity: -2 },
  REJECT: { cameo: '120', intensity: -4 },
  THREATEN: { cameo: '130', intensity: -6 },
  PROTEST: { cameo: '140', intensity: -6.5 },
  SANCTION: { cameo: '160', intensity: -4 },
  MOBILIZE: { cameo: '150', intensity: -7.2 },
  COERCE: { cameo: '170', intensity: -7 },
  ASSAULT: { cameo: '190', intensity: -10 },
};

/** Types whose intended (future) form PLOVER codes as AGREE: a promise to act is an agreement. */
export const COOPERATIVE_TYPES: ReadonlySet<PloverType> = new Set([
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
]);

/** Types whose intended form is a THREATEN: announcing a coercive act is a threat. */
export const COERCIVE_TYPES: ReadonlySet<PloverType> = new Set([
  'SANCTION',
  'COERCE',
  'ASSAULT',
  'REJECT',
  'PROTEST',
]);

/**
 * Sectors through which a state acts: the state itself (`''`), government, military, diplomats,
 * legislature, intelligence. A target in them with the source's root is the source itself.
 */
export const OWN_APPARATUS: ReadonlySet<string> = new Set(['', 'GOV', 'MIL', 'DIP', 'LEG', 'SPY']);

/**
 * A legislature is a branch of its state apart from the one acting on it: a president who asks,
 * presses or dissolves parliament ("urged lawmakers to pass the budget", "suspended parliament")
 * acts on another actor of the same state, which the gold codes X -> X with the target in LEG.
 * Only the legislature acting on itself is no event between two.
 */
export function otherBranch(targetSector: string, sourceSector: string): boolean {
  return targetSector === 'LEG' && sourceSector !== 'LEG';
}

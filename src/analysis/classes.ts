// PLOVER's four "quad" classes (PLOVER manual, "Quad category" of each type): the conflict and
// cooperation counts of a series sum over them.
import type { PloverType } from '../records.js';

export type QuadClass =
  'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export const QUAD_CLASS = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
} as const satisfies Record<PloverType, QuadClass>;

export function isConflict(type: string): boolean {
  const quad = (QUAD_CLASS as Record<string, QuadClass | undefined>)[type];
  return quad === 'verbal-conflict' || quad === 'material-conflict';
}

export function isCooperation(type: string): boolean {
  const quad = (QUAD_CLASS as Record<string, QuadClass | undefined>)[type];
  return quad === 'verbal-cooperation' || quad === 'material-cooperation';
}

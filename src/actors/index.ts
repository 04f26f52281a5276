// Public face of the actor dictionary and matcher. See data/actors/README.md for the data files.
export {
  loadActorDictionary,
  readActorFile,
  buildActorDictionary,
  ActorDataError,
} from './dictionary.js';
export type { ActorDictionary, ActorDataErrorCode } from './dictionary.js';
export { findActors, isModelDesignation, resolveDescriptor } from './match.js';
export type { ActorSpan } from './match.js';
export { officeOn } from './tenure.js';
export type { Tenure } from './tenure.js';
export type {
  StateEntry,
  OrganisationEntry,
  PersonEntry,
  OfficeEntry,
  TitleEntry,
  ActorFile,
} from './schema.js';

export type { Store, StoreKind, DocumentStep, DocumentStepResult } from './store.js';
export type { CodedContent, StoreCounts } from './coded.js';
export type * from './views.js';
export type * from './provenance-index.js';
export { StoreError, type StoreErrorCode } from './errors.js';
export { openStore, isPostgresUrl, displayTarget, type OpenStoreOptions } from './open.js';
export { documentId, eventId } from './ids.js';
export type * from './aggregates.js';

// Document steps whose store-free work can run in a coding worker. A step may declare
// `prepare(doc)`: pure work on the document alone, whose result the writer hands to `run`. The
// workers import the steps they can prepare from here, so only these are prepared; any other
// step runs whole on the writer, as with one worker.
import type { DocumentRecord } from '../../records.js';
import { provenanceStep } from '../../provenance/index.js';
import type { DocumentStep, DocumentStepResult, Store } from '../../store/store.js';

export interface PreparingStep<P = unknown> extends DocumentStep {
  prepare(doc: DocumentRecord): P;
  run(doc: DocumentRecord, store: Store, prepared?: P): Promise<DocumentStepResult>;
}

/** The steps a worker can load and prepare. */
export const PREPARABLE_STEPS: readonly PreparingStep[] = [provenanceStep as PreparingStep];

/** Names of the steps of a run that its workers prepare (the very step objects, not look-alikes). */
export function preparableNames(steps: readonly DocumentStep[]): string[] {
  return steps
    .filter((step) => PREPARABLE_STEPS.includes(step as PreparingStep))
    .map((step) => step.name);
}

/**
 * What a worker computes for a document: each named step's preparation. A preparation that throws
 * is left out: the writer then runs that step whole and meets the failure where one worker would.
 */
export function prepareDocument(
  names: readonly string[],
  doc: DocumentRecord,
): Record<string, unknown> {
  const prepared: Record<string, unknown> = {};
  for (const step of PREPARABLE_STEPS) {
    if (!names.includes(step.name)) continue;
    try {
      prepared[step.name] = step.prepare(doc);
    } catch {
      // Left to the writer (see above).
    }
  }
  return prepared;
}

/** The run's steps for one document, with what its worker prepared passed to them. */
export function withPrepared(
  steps: readonly DocumentStep[],
  prepared: Record<string, unknown>,
): readonly DocumentStep[] {
  return steps.map((step) => {
    if (!(step.name in prepared) || !PREPARABLE_STEPS.includes(step as PreparingStep)) return step;
    const preparing = step as PreparingStep;
    const value = prepared[step.name];
    return { name: step.name, run: (doc, store) => preparing.run(doc, store, value) };
  });
}

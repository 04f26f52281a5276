// Extension point run for every newly stored document, inside its transaction, before its
// mentions are stored. Provenance (copy detection) appends its hook here.
import type { Db } from '../store/db.js';
import type { DocumentRecord } from '../records.js';

export interface DocumentHookResult {
  /** Id of an earlier document this one copies: its mentions then merge into that one's events. */
  copyOf: string | null;
}

export type DocumentHook = (db: Db, doc: DocumentRecord) => DocumentHookResult | void;

/** Mutable on purpose: modules register themselves by pushing onto it. */
export const documentHooks: DocumentHook[] = [];

/** Runs every hook; the first one that names an original wins. */
export function runDocumentHooks(
  db: Db,
  doc: DocumentRecord,
  hooks: readonly DocumentHook[] = documentHooks,
): string | null {
  let copyOf: string | null = null;
  for (const hook of hooks) {
    const result = hook(db, doc);
    if (copyOf === null && result && result.copyOf && result.copyOf !== doc.id) {
      copyOf = result.copyOf;
    }
  }
  return copyOf;
}

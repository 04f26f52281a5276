// Errors a store reports for the user to act on (the CLI prints them as one line, exit 1).
export type StoreErrorCode =
  /** The database cannot be opened or written (path, permissions, read-only file, bad URL). */
  | 'E_DB'
  /** The database named does not exist. */
  | 'E_NO_DB'
  /** Another writer held the store for longer than we wait. */
  | 'E_BUSY';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

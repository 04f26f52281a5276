// Ingest: turn files, folders and stdin into DocumentInput records or precise errors.
export { readInputs } from './read.js';
export { expandPaths, formatForPath, SUPPORTED_EXTENSIONS } from './paths.js';
export { normaliseText, documentHash } from './normalise.js';
export { formatError, skipTally, type SkipTally } from './errors.js';
export { findDateline, parsePublished } from './dates.js';
export { RESIDUE_PATTERNS } from './residue.js';
export { maxSafeBytes, HEAP_PER_INPUT_BYTE } from './limits.js';
export {
  DEFAULT_MAX_BYTES,
  INGEST_ERROR_CODES,
  type IngestError,
  type IngestErrorCode,
  type IngestItem,
  type IngestOptions,
  type SkippedFile,
} from './types.js';

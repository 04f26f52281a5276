// Output writers shared by the CLI and the server: records in, lines of text out. No I/O.
export { TABLE_FORMATS, EXPORT_FORMATS, type OutputFormat } from './formats.js';
export {
  csvField,
  tsvField,
  delimitedRow,
  formulaSafe,
  type DelimitedOptions,
} from './delimited.js';
export { jsonArray } from './json.js';
export { truncate, alignColumns } from './table.js';
export { highlight, findPhrase, type Span, type HighlightStyle } from './highlight.js';
export {
  EVENT_COLUMNS,
  eventColumns,
  eventValues,
  formatQuantities,
  dyad,
  eventFlags,
  formatEventsTable,
  geojsonFeature,
  eventLines,
  type EventFormat,
} from './events.js';
export { DOCUMENT_COLUMNS, documentValues, formatDocumentsTable } from './documents.js';
export { markedSentence, showEventLines } from './show.js';
export { formatStoreSummary, demoLines } from './summary.js';
export { formatStoriesTable } from './stories.js';
export { formatProvenance } from './provenance.js';
export { terminalSafe } from './terminal.js';

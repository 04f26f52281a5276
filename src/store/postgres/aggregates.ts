// Analysis aggregates on PostgreSQL: being written (the lead's merge of the analysis branch came
// after the PostgreSQL store); until then every method says so plainly.
import type { AnalysisReader } from '../aggregates.js';
import { StoreError } from '../errors.js';
import type { Sql } from './db.js';

export function postgresAnalysis(_sql: Sql): AnalysisReader {
  const unavailable = (): never => {
    throw new StoreError(
      'E_DB',
      'analysis commands are not available on PostgreSQL yet: use a SQLite store',
    );
  };
  return {
    dayTypes: async () => unavailable(),
    dyadDays: async () => unavailable(),
    counts: async () => unavailable(),
    events: async () => unavailable(),
    eventIds: async () => unavailable(),
    eventsByIds: async () => unavailable(),
    notable: async () => unavailable(),
    hasSubject: async () => unavailable(),
    dateSpan: async () => unavailable(),
  };
}

// Test helpers shared by the eval tests: a coded event with every flag off unless a test sets it.
import type { PredictedEvent } from './score.js';

export const predicted = (
  source: string,
  target: string,
  type: string,
  extra: Partial<PredictedEvent> = {},
): PredictedEvent => ({
  source,
  target,
  type,
  source_sector: '',
  target_sector: '',
  negated: false,
  conditional: false,
  future: false,
  claimed: false,
  ...extra,
});

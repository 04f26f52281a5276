import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UserError } from './context.js';
import { explainFailure } from './main.js';

describe('exit codes', () => {
  it('maps failures to exit codes and one-line messages', () => {
    expect(explainFailure(new CommanderError(0, 'commander.helpDisplayed', ''))).toEqual({
      code: EXIT_OK,
      message: null,
    });
    expect(explainFailure(new CommanderError(1, 'commander.unknownOption', 'x')).code).toBe(
      EXIT_USAGE,
    );
    expect(explainFailure(new UserError('E_NOT_FOUND', 'no event "e1"'))).toEqual({
      code: EXIT_INPUT,
      message: 'spiral: E_NOT_FOUND: no event "e1"',
    });
    expect(explainFailure(new UserError('E_USAGE', 'bad mix', EXIT_USAGE)).code).toBe(EXIT_USAGE);
    expect(explainFailure(new TypeError('boom\n    at somewhere'))).toEqual({
      code: EXIT_INTERNAL,
      message: 'spiral: internal error: boom',
    });
  });
});

// The tail every stand-alone command-line entry shares: run `main` only when node started this
// module (tests import the module for its `main` and must not run it), set the exit code rather
// than call process.exit() (exiting at once would cut off output still queued for a pipe), and
// turn an unexpected error into one line on stderr with exit code 3, never a stack trace; and
// parse the arguments so that --help and usage errors return an exit code instead of exiting.
import { CommanderError, type Command } from 'commander';

export type Main = (argv: string[]) => number | Promise<number>;

/** True when `moduleUrl` (the caller's `import.meta.url`) is the script node was started with. */
export function invokedDirectly(moduleUrl: string, script = process.argv[1]): boolean {
  return script !== undefined && moduleUrl.endsWith(script.replace(/\\/g, '/'));
}

/** Runs `main` on the command line's arguments when `moduleUrl` is the started script. */
export function runWhenInvoked(moduleUrl: string, program: string, main: Main): void {
  if (!invokedDirectly(moduleUrl)) return;
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        process.stderr.write(
          `${program}: internal error: ${err instanceof Error ? err.message : String(err)}\n`,
        );
        process.exitCode = 3;
      },
    );
}

/**
 * Parses the user's arguments with `program`, commander's messages going to stderr as it writes
 * them: null when the command is to run, else the exit code to return (0 after --help or
 * --version, 2 after a usage error), so no entry exits the process from inside the parse.
 */
export function parseArguments(program: Command, argv: string[]): number | null {
  program.exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return null;
}

// The tail every stand-alone command-line entry shares: run `main` only when node started this
// module (tests import the module for its `main` and must not run it), set the exit code rather
// than call process.exit() (exiting at once would cut off output still queued for a pipe), and
// turn an unexpected error into one line on stderr with exit code 3, never a stack trace.
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

// Entry point of the `spiral` command. Each command lives in `commands/NAME` and is found at run
// time, so new commands are added by dropping a file there.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import { Command, CommanderError } from 'commander';
import { terminalSafe } from '../output/terminal.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UserError, takeRequestedExit } from './context.js';

interface CommandModule {
  register(program: Command): void;
}

const COMMANDS_DIR = new URL('./commands/', import.meta.url);
const COMMAND_FILE = /^[\w-]+\.(js|ts)$/;

/** Command modules in the commands folder (`.js` in dist, `.ts` when run from source). */
export async function loadCommands(): Promise<CommandModule[]> {
  const files = readdirSync(COMMANDS_DIR)
    .filter((name) => COMMAND_FILE.test(name) && !name.endsWith('.d.ts'))
    .filter((name) => !/\.test\.(js|ts)$/.test(name))
    .sort();
  const modules: CommandModule[] = [];
  for (const file of files) {
    const mod = (await import(new URL(file, COMMANDS_DIR).href)) as Partial<CommandModule>;
    if (typeof mod.register === 'function') modules.push(mod as CommandModule);
  }
  return modules;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export async function buildProgram(): Promise<Command> {
  const program = new Command('spiral')
    .description('Turn crisis news into sourced, structured political event data.')
    .version(packageVersion(), '-V, --version')
    .option(
      '--db <file|url>',
      'SQLite file or postgres://user@host:port/db URL (default: $SPIRAL_DB, else ./spiral.db)',
    )
    .exitOverride()
    .showHelpAfterError(false)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: true })
    .configureOutput({
      outputError: (message, write) =>
        write(`${terminalSafe(`spiral: ${message.trim().replace(/\s*\n\s*/g, ' ')}`)}\n`),
    });
  for (const mod of await loadCommands()) mod.register(program);
  return program;
}

let pipeGuarded = false;

function ignoreBrokenPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  // `spiral events | head` closes stdout early: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw err;
  });
}

/** Runs the CLI with `argv` as in `process.argv` (node, script, args...); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  ignoreBrokenPipe();
  takeRequestedExit();
  try {
    const program = await buildProgram();
    await program.parseAsync(argv);
    return takeRequestedExit();
  } catch (err) {
    takeRequestedExit();
    const { code, message } = explainFailure(err);
    // Messages quote what the user typed (ids, paths): escapes in them must not reach the terminal.
    if (message) process.stderr.write(`${terminalSafe(message)}\n`);
    if (code === EXIT_INTERNAL && process.env.SPIRAL_DEBUG) console.error(err);
    return code;
  }
}

/**
 * Exit code and message for a failure: help/version requests are success, commander's own
 * errors (already printed) are usage errors, `UserError`s are the user's to fix, the rest is ours.
 */
export function explainFailure(err: unknown): { code: number; message: string | null } {
  if (err instanceof CommanderError) {
    const requested = err.code === 'commander.helpDisplayed' || err.code === 'commander.version';
    return { code: requested ? EXIT_OK : EXIT_USAGE, message: null };
  }
  if (err instanceof UserError) {
    return { code: err.exit, message: `spiral: ${err.code}: ${err.message}` };
  }
  const text = err instanceof Error ? err.message : String(err);
  return { code: EXIT_INTERNAL, message: `spiral: internal error: ${text.split('\n')[0]}` };
}

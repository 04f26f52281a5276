import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { invokedDirectly, parseArguments } from './run-main.js';

const dir = mkdtempSync(path.join(tmpdir(), 'spiral-run-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The compiled module, as the entries run it (`npm test` builds first).
const runMain = pathToFileURL(
  path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'run-main.js'),
).href;

/** Writes an entry module whose main does `body`, and runs it with node. */
function entry(body: string, args: string[] = []) {
  const file = path.join(dir, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    file,
    `import { runWhenInvoked } from ${JSON.stringify(runMain)};
     export async function main(argv) { ${body} }
     runWhenInvoked(import.meta.url, 'spiral-probe', main);`,
  );
  return spawnSync(process.execPath, [file, ...args], {
    encoding: 'utf8',
  });
}

describe('invokedDirectly', () => {
  it('is true only for the script node started', () => {
    expect(
      invokedDirectly('file:///srv/spiral/dist/eval/cli.js', '/srv/spiral/dist/eval/cli.js'),
    ).toBe(true);
    expect(
      invokedDirectly(
        'file:///srv/spiral/dist/eval/cli.js',
        '/srv/spiral/node_modules/vitest/vitest.mjs',
      ),
    ).toBe(false);
    expect(
      invokedDirectly('file:///C:/spiral/dist/eval/cli.js', 'C:\\spiral\\dist\\eval\\cli.js'),
    ).toBe(true);
    expect(invokedDirectly('file:///srv/spiral/dist/eval/cli.js', undefined)).toBe(false);
  });
});

describe('runWhenInvoked', () => {
  it("passes the arguments and sets main's code as the exit code", () => {
    const run = entry('process.stdout.write(argv.join(",")); return argv.length;', ['a', 'b']);
    expect(run.stdout).toBe('a,b');
    expect(run.status).toBe(2);
  });

  it('turns an unexpected error into one line and exit code 3, without a stack trace', () => {
    const run = entry('throw new Error("disk on fire");');
    expect(run.status).toBe(3);
    expect(run.stderr).toBe('spiral-probe: internal error: disk on fire\n');
  });

  it('does not run main when the module is imported', () => {
    const importer = path.join(dir, 'importer.mjs');
    const probe = path.join(dir, 'imported.mjs');
    writeFileSync(
      probe,
      `import { runWhenInvoked } from ${JSON.stringify(runMain)};
       runWhenInvoked(import.meta.url, 'spiral-probe', () => { process.stdout.write('ran'); return 4; });`,
    );
    writeFileSync(importer, `await import(${JSON.stringify(pathToFileURL(probe).href)});`);
    const run = spawnSync(process.execPath, [importer], {
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('parseArguments', () => {
  const program = (): Command =>
    new Command('spiral-x').argument('<file>').option('--format <format>', 'table or json');

  it('gives null when the command is to run, its options parsed', () => {
    const p = program();
    expect(parseArguments(p, ['gold.jsonl', '--format', 'json'])).toBeNull();
    expect(p.args).toEqual(['gold.jsonl']);
    expect(p.opts()).toEqual({ format: 'json' });
  });

  it('gives exit code 2 after a usage error, reported on stderr, without exiting', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(parseArguments(program(), ['gold.jsonl', '--bogus'])).toBe(2);
      expect(parseArguments(program(), [])).toBe(2);
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(/unknown option '--bogus'/);
    } finally {
      stderr.mockRestore();
    }
  });

  it('gives exit code 0 after --help', () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(parseArguments(program(), ['--help'])).toBe(0);
      expect(String(stdout.mock.calls[0]?.[0])).toMatch(/Usage: spiral-x/);
    } finally {
      stdout.mockRestore();
    }
  });
});

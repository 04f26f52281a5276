import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { root, spiral, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(tmp.cleanup);
const db = path.join(tmp.dir, 'none.db');

describe('usage and exit codes', () => {
  it('prints help with exit 0, for the program and every command', () => {
    const main = spiral(['--help']);
    expect(main.code).toBe(0);
    for (const name of ['ingest', 'events', 'show', 'docs', 'export', 'demo']) {
      expect(main.stdout).toContain(name);
      const help = spiral([name, '--help']);
      expect(help.code, name).toBe(0);
      expect(help.stdout).toContain(`Usage: spiral ${name}`);
      expect(help.stdout).toContain('--db <file|url>');
    }
  });

  it('starts without the coder or the web server: they load when a command needs them', () => {
    // Every command, and --help, once waited most of a second for the NLP model and the server.
    const script = `
      import { createRequire } from 'node:module';
      const { buildProgram } = await import(${JSON.stringify(path.join(root, 'dist', 'cli', 'main.js'))});
      await buildProgram();
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify(['wink-nlp', 'linkedom'].filter((m) => loaded.some((k) => k.includes(m)))));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
    // The probe sees those modules once they are loaded.
    const loadedAfter = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module';
         await import(${JSON.stringify(path.join(root, 'dist', 'coding', 'index.js'))});
         console.log(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('wink-nlp')));`,
      ],
      { encoding: 'utf8' },
    );
    expect(loadedAfter.stdout.trim()).toBe('true');
  });

  it('prints the version', () => {
    const result = spiral(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  const usageErrors: Array<[string, string[]]> = [
    ['no command', []],
    ['unknown command', ['frobnicate']],
    ['unknown option', ['events', '--colour']],
    ['bad date', ['events', '--from', '2022-13-01']],
    ['bad limit', ['events', '--limit', 'ten']],
    ['bad format', ['events', '--format', 'xml']],
    ['bad type', ['events', '--type', 'HUG']],
    ['bad size', ['ingest', '--max-bytes', 'lots', 'x.txt']],
    ['bad batch', ['ingest', '--batch', '0', 'x.txt']],
    ['missing argument', ['show']],
    ['missing paths', ['ingest']],
  ];
  for (const [label, args] of usageErrors) {
    it(`exits 2 on a usage error: ${label}`, () => {
      const result = spiral(['--db', db, ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      if (args.length) {
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(/^spiral: /);
      }
    });
  }

  it('exits 1 with a coded one-line message when the database is missing', () => {
    for (const args of [['events'], ['docs'], ['show', 'e0000000000000000'], ['export']]) {
      const result = spiral(['--db', db, ...args]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `spiral: E_NO_DB: ${db}: no database here (run \`spiral ingest\` first)\n`,
      );
    }
  });

  it('accepts --db after the command', () => {
    const result = spiral(['events', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(db);
  });
});

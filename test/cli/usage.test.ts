import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { spiral, tempDir } from './helpers.js';

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

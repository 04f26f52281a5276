// Runs the built CLI (`node bin/spiral.js`) as a user would; `npm test` builds dist first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = path.join(root, 'bin', 'spiral.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function spiral(args: string[], options: { cwd?: string; input?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'spiral-cli-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes files given as `{relative path: content}` under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** A small invented corpus: one call told by three outlets, an accusation, a shelling report. */
export const fixtureCorpus: Record<string, string> = {
  'wire-one/2022-02-12-call.txt':
    'MOSCOW, Feb. 12 (Wire One) - Russian President Vladimir Putin spoke by phone with U.S. President Joe Biden on Saturday, the Kremlin said.\n\nThe conversation lasted an hour.\n',
  'wire-two/2022-02-12-call.txt':
    'WASHINGTON, Feb. 12 (Wire Two) - U.S. President Joe Biden spoke by phone with Russian President Vladimir Putin on Saturday, the White House said.\n\nNo breakthrough was announced.\n',
  'wire-three/2022-02-12-call.txt':
    'Russian President Vladimir Putin and U.S. President Joe Biden held a phone call on Saturday.\n',
  'ministry/2022-02-16-accuse.txt':
    'MOSCOW, Feb. 16 (Ministry) - The Russian Foreign Ministry accused Ukraine of shelling civilians in Donetsk, spokeswoman Maria Zakharova said.\n',
  'monitor/2022-02-17-report.txt':
    'Kyiv, Feb. 17 - Ukrainian forces shelled Horlivka, killing 2 civilians, separatist officials said.\n',
};

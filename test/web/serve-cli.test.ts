// `spiral serve` as a user runs it: loopback by default, writes only with the token, a clear
// error for a missing store, and a clean exit on SIGTERM and SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureStore } from '../../src/server/fixtures.js';
import { bin, spiral, tempDir } from '../cli/helpers.js';

let dir: string;
let cleanup: () => void;
let db: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('spiral-serve-'));
  db = path.join(dir, 'serve.db');
  await (await fixtureStore(db)).close();
});
afterAll(() => cleanup());

/** Starts `spiral serve` on a free port and resolves with its URL once it listens. */
async function serve(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0', ...args], {
    env: { ...process.env, SPIRAL_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /dashboard at (http:\/\/\S+?)\/ /.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { child, url };
}

describe('spiral serve', () => {
  it('listens on loopback, serves the API, refuses writes without a token, stops on SIGTERM', async () => {
    const { child, url } = await serve([]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/api/events?limit=2`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { events: unknown[] }).events).toHaveLength(2);
    const write = await fetch(`${url}/api/documents`, { method: 'POST', body: '{}' });
    expect(write.status).toBe(403);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('takes the token from SPIRAL_TOKEN and stops on SIGINT', async () => {
    const { child, url } = await serve([], { SPIRAL_TOKEN: 'from-env' });
    const denied = await fetch(`${url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'x' }),
    });
    expect(denied.status).toBe(401);
    const allowed = await fetch(`${url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer from-env' },
      body: JSON.stringify({
        text: 'Russian forces shelled Kharkiv on Monday.',
        published: '2022-03-07',
      }),
    });
    expect(allowed.status).toBe(201);
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('reports a missing store, a bad port and a missing dictionary in one line', () => {
    const missing = spiral(['--db', path.join(dir, 'none.db'), 'serve']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const badPort = spiral(['--db', db, 'serve', '--port', '99999']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(/port/);
    const badDictionary = spiral([
      '--db',
      db,
      'serve',
      '--dictionary',
      path.join(dir, 'none.jsonl'),
    ]);
    expect(badDictionary.code).toBe(1);
    expect(badDictionary.stderr).toMatch(/E_DICTIONARY.*none\.jsonl/);
  });
});

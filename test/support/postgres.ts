// A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, a random port on
// 127.0.0.1 with the socket beside the data, one database per test file, `pg_ctl -m fast stop`
// at the end. As root, the server runs as the `postgres` user (initdb refuses root).
// Where no server can be started the tests are skipped with the reason printed, unless
// SPIRAL_REQUIRE_SERVICES=1 (CI), where that is a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:PORT/NAME` of a new, empty database. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

export type ClusterResult = { ok: true; cluster: PostgresCluster } | { ok: false; reason: string };

const onPath = (name: string): string | null => {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && existsSync(file)) return file;
  }
  return null;
};

/**
 * The folder holding initdb and pg_ctl: SPIRAL_PG_BIN when set, else PATH, else Debian's newest
 * /usr/lib/postgresql/N.
 */
export function findServerBin(): string | null {
  const chosen = process.env.SPIRAL_PG_BIN;
  if (chosen) return existsSync(path.join(chosen, 'pg_ctl')) ? chosen : null;
  const initdb = onPath('initdb');
  if (initdb && onPath('pg_ctl')) return path.dirname(initdb);
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Starts a cluster, or says why it cannot. */
export async function startCluster(): Promise<ClusterResult> {
  const bin = findServerBin();
  if (!bin) {
    const where = process.env.SPIRAL_PG_BIN ?? 'PATH or /usr/lib/postgresql/N/bin';
    return { ok: false, reason: `no PostgreSQL server found (initdb and pg_ctl in ${where})` };
  }
  const asPostgres = isRoot();
  let uid = 0;
  let gid = 0;
  if (asPostgres) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0) return { ok: false, reason: 'running as root and no `postgres` user' };
    uid = Number(id.stdout.trim());
    gid = Number(group.stdout.trim());
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spiral-pg-'));
  if (asPostgres) chownSync(dir, uid, gid);
  const data = path.join(dir, 'data');
  const run = (tool: string, args: string[]): void => {
    const command = asPostgres ? 'runuser' : path.join(bin, tool);
    const argv = asPostgres ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    execFileSync(command, argv, { stdio: 'pipe', timeout: 60_000 });
  };
  const stop = (): void => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      // Already stopped (or never started).
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '-N']);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    return { ok: false, reason: `initdb failed: ${String((err as Error).message).split('\n')[0]}` };
  }
  let port = 0;
  let started = false;
  let lastError = '';
  for (let attempt = 0; attempt < 3 && !started; attempt += 1) {
    port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      // A test cluster needs no durability: its data dies with it.
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=50',
    ].join(' ');
    try {
      run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
      started = true;
    } catch (err) {
      lastError = String((err as Error).message).split('\n')[0] ?? '';
    }
  }
  if (!started) {
    stop();
    return { ok: false, reason: `pg_ctl start failed: ${lastError}` };
  }
  // A test run that dies still stops its server.
  const onExit = (): void => stop();
  process.once('exit', onExit);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    ok: true,
    cluster: {
      async createDatabase(name) {
        const admin = new pg.Client({ connectionString: `${base}/postgres` });
        await admin.connect();
        try {
          await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
        } finally {
          await admin.end();
        }
        return `${base}/${name}`;
      },
      stop() {
        process.removeListener('exit', onExit);
        stop();
      },
    },
  };
}

/**
 * For a test file: a cluster, or null after printing why the PostgreSQL tests are skipped.
 * With SPIRAL_REQUIRE_SERVICES=1 a missing server is an error instead.
 */
export async function clusterForTests(file: string): Promise<PostgresCluster | null> {
  const result = await startCluster();
  if (result.ok) return result.cluster;
  if (process.env.SPIRAL_REQUIRE_SERVICES === '1') {
    throw new Error(`${file}: PostgreSQL required (SPIRAL_REQUIRE_SERVICES=1): ${result.reason}`);
  }
  console.warn(`${file}: PostgreSQL tests skipped: ${result.reason}`);
  return null;
}

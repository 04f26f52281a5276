import { Command, InvalidArgumentError, Option } from 'commander';
import { coderWithDictionaries } from './ingest.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAP_POINTS } from '../../server/defaults.js';
import { collect, parsePositive, parseSize, UserError, withStore } from '../context.js';

interface ServeFlags {
  port: number;
  host: string;
  token?: string;
  maxBody: number;
  mapPoints: number;
  dictionary: string[];
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new InvalidArgumentError(`expected a port 0-65535, got "${value}"`);
  }
  return port;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('the dashboard and JSON API over the store (loopback only unless --host says)')
    .addOption(
      new Option('--port <n>', 'port to listen on (0: any free one)')
        .argParser(parsePort)
        .default(8080),
    )
    .option(
      '--host <address>',
      'address to listen on (0.0.0.0 opens it to the network)',
      '127.0.0.1',
    )
    .addOption(
      new Option(
        '--token <token>',
        'bearer token that allows POST /api/documents (writes are off without one)',
      ).env('SPIRAL_TOKEN'),
    )
    .addOption(
      new Option('--max-body <size>', 'largest request body (e.g. 500KB, 2MB)')
        .argParser(parseSize)
        .default(DEFAULT_MAX_BODY_BYTES, '2 MB'),
    )
    .addOption(
      new Option(
        '--map-points <n>',
        "placed events the overview's map shows at most (every event is counted per region)",
      )
        .argParser(parsePositive)
        .default(DEFAULT_MAP_POINTS),
    )
    .option(
      '--dictionary <file>',
      'extra verb dictionary the store was ingested with (JSON Lines); repeatable',
      collect,
      [],
    )
    .action(async (flags: ServeFlags, command: Command) => {
      // The server and the pipeline load when the command runs (see ingest.ts).
      const { startServer } = await import('../../server/index.js');
      const { createSpiral } = await import('../../pipeline/spiral.js');
      // A bad dictionary is reported now, not at the first write.
      const coder = flags.dictionary.length
        ? await coderWithDictionaries(flags.dictionary)
        : undefined;
      await withStore(command, {}, async (store) => {
        const server = await startServer(store, {
          port: flags.port,
          host: flags.host,
          token: flags.token || undefined,
          maxBodyBytes: flags.maxBody,
          mapPoints: flags.mapPoints,
          spiral: coder ? createSpiral({ store, coder }) : undefined,
        }).catch((err: Error) => {
          throw new UserError(
            'E_LISTEN',
            `cannot listen on ${flags.host}:${flags.port}: ${err.message}`,
          );
        });
        process.stderr.write(
          `spiral serve: dashboard at ${server.url}/ (writes ${flags.token ? 'on, with the token' : 'off: no --token'}); Ctrl-C stops\n`,
        );
        await new Promise<void>((resolve) => {
          const stop = (): void => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            process.stderr.write('spiral serve: stopping\n');
            void server.close().then(resolve);
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
      });
    });
}

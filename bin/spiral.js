#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `prepare` on install).
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(
      `spiral: internal error: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    if (process.env.SPIRAL_DEBUG) console.error(err);
    process.exitCode = 3;
  },
);

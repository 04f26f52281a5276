import { fileURLToPath } from 'node:url';
import path from 'node:path';

// This module sits one level below the package root both as `src/paths.ts` and as
// `dist/paths.js`, so the root is found the same way whether tests run the TypeScript or the CLI
// runs the build. Data files (`data/`) and SQL migrations (`src/store/migrations/`) are read from
// the root so that the build never has to copy them.
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of a file or folder under the package's `data/` folder. */
export function dataPath(...parts: string[]): string {
  return path.join(packageRoot, 'data', ...parts);
}

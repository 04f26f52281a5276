import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The shared Store suite: run by each store's own *.case.test.ts, not on its own.
    exclude: [...configDefaults.exclude, 'src/store/store.case.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

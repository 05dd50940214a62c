import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: `unit` runs in happy-dom with fake-indexeddb and WXT's fake
// browser; `e2e` drives the built extension in Debian's Chromium (and Firefox ESR, for one check).
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
          // Loading the bundled dataset into fake-indexeddb takes a second or two on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias: { '@': import.meta.dirname } },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines here have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

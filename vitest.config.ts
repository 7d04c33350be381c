import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two cores: one worker per core, no more.
    maxWorkers: 2,
    // Removes the Astro caches of the temporary content folders the tests built.
    globalSetup: ['tests/support/caches.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Whole-site builds share Astro's work folder (.astro/): one at a time, after the fast tests.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

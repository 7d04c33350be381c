import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
    // Two cores: one worker per core, no more.
    maxWorkers: 2,
  },
});

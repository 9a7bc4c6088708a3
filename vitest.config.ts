import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // Several files play whole games in beforeAll; on a loaded 2-core machine that exceeds 10 s.
    hookTimeout: 60_000,
    pool: 'threads',
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      'astro:content': fileURLToPath(
        new URL('tests/unit/helpers/astro-content.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The property and bench smoke tests parse many articles; 2 cores are shared with nothing else.
    testTimeout: 60_000,
  },
});

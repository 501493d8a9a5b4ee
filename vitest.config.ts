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
    // Integration tests spawn whole builds and CLIs; they live apart so a quick unit run can skip them.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // The property and bench smoke tests parse many articles; 2 cores are shared with nothing else.
    testTimeout: 60_000,
  },
});

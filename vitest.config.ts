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
    environment: 'node',
    // The property and bench smoke tests parse many articles; 2 cores are shared with nothing else.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Unit files are independent: two at a time, even on 2 cores, since much of a file's time
        // is spent loading modules rather than computing.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], maxWorkers: 2 },
      },
      {
        extends: true,
        // Integration tests spawn whole builds and CLIs of this checkout, which share its `.astro/`
        // folder: they run one file at a time, after the unit files.
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

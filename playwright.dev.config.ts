import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';
import { DEV_PORT } from './tests/dev/dev-site.ts';

// The analyst's loop against `astro dev` on a copy of the seed content (scripts/dev-fixture.ts).
// The tests change files the one server reads, so they run one at a time.
export default defineConfig({
  testDir: 'tests/dev',
  fullyParallel: false,
  forbidOnly: true,
  workers: 1,
  retries: 0,
  // A dev server renders on demand and reloads after each change; on a busy 2-core machine that
  // can take longer than Playwright's 5 s default.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  // Apart from the e2e suite's results; a failing test keeps its trace (network, console, DOM).
  outputDir: 'test-results/dev',
  use: {
    trace: 'retain-on-failure',
    baseURL: `http://127.0.0.1:${DEV_PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: {
    command: 'node scripts/dev-fixture.ts',
    url: `http://127.0.0.1:${DEV_PORT}/`,
    // A server already answering there is an error, never reused: it may read other content.
    reuseExistingServer: false,
    timeout: 120_000,
    // Stopped with SIGTERM rather than SIGKILL, so scripts/dev-fixture.ts removes its copy.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});

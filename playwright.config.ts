import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.ts';
import { ATTACKS_PORT, SITE_PORT } from './tests/e2e/servers.ts';
import { FIXTURE_DIST, FIXTURE_PORT } from './tests/e2e/helpers/fixture-site.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  // The built sites, served with their _headers as `npm start` serves them: the real one, and
  // the one built from the attack corpus (tests/fixtures/attacks/accepted).
  webServer: [
    {
      command: 'node scripts/serve.ts',
      env: { PORT: String(SITE_PORT) },
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node scripts/serve.ts',
      env: { PORT: String(ATTACKS_PORT), SITE_DIR: 'dist-attacks' },
      url: `http://127.0.0.1:${ATTACKS_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // The small reading fixture (tests/fixtures/site: retired claim ids, verdicts), built by `npm run build:fixture`.
    {
      command: 'node scripts/serve.ts',
      env: { PORT: String(FIXTURE_PORT), SITE_DIR: FIXTURE_DIST },
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});

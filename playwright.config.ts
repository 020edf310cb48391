import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './scripts/browser-paths.mjs';

// End-to-end tests drive the release build in dist/ with Debian's Chromium
// (Playwright's own browser download cannot work on this network; see
// scripts/browser-paths.mjs for CHROMIUM).
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  workers: 2,
  // One retry in CI only, where the 2-core machine may be busy; a test that
  // needs it is reported as "flaky" in the output, to be fixed, not ignored.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'python3 -m http.server 4173 --bind 127.0.0.1 --directory dist',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});

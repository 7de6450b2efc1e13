import {defineConfig} from '@playwright/test';
import {existsSync} from 'node:fs';

// Browser tests drive Debian's Chromium; Playwright's own browser download is not available here.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

const PORT = Number(process.env.TEST_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  projects: [
    {name: 'site', testIgnore: /(training-data|blind-evaluation)-large\.spec\.ts$/},
    // The large files are timed after everything else and one at a time, so no other test competes for the CPU
    // (beside the checker's 100,000-line test, the rater's large-file test measured a 171 ms task; alone, 51-85 ms).
    {name: 'large file', testMatch: /(training-data|blind-evaluation)-large\.spec\.ts$/, dependencies: ['site'], workers: 1},
  ],
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // build/ as a plain static host serves it (scripts/static-host.mjs: folders redirect to their slash form, no .html
  // guessed), with the build's Content-Security-Policy header on every response.
  webServer: {
    command: `node scripts/static-host.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});

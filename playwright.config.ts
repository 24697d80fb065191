// Browser tests run against the production build served by `vite preview`, in Debian's Chromium
// (no browser downloads on this project's machines).
import { defineConfig } from '@playwright/test';

const isCI = !!process.env.CI;
// PW_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  forbidOnly: isCI,
  retries: 0,
  // Journeys play the lab and run axe over a page of many panels on a 2-core machine that other
  // jobs share: under load (scripts/under-load.sh) the slowest took over 90 s. Limits only bound
  // how long a condition may take to come true; a passing test never waits them out.
  timeout: 180_000,
  // A panel below the fold loads and renders its own code chunk: on a busy machine that took
  // longer than the default 5 s.
  expect: { timeout: 20_000 },
  workers: isCI ? 1 : 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});

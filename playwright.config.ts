import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/tools';

/**
 * End-to-end tests run against a production build in real Chromium: Debian's where it is
 * installed (or wherever CHROMIUM_PATH points), Playwright's own elsewhere. Two servers:
 * the site itself (`next start`), and nginx in front of it as a caching CDN that obeys the
 * site's headers (scripts/cdn.ts), for the tests of what a cache does with our answers.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const cdnPort = Number(process.env.E2E_CDN_PORT ?? port + 1);
const origin = `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: origin,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      // No background traffic: this machine has no network, and tests must not depend on it.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    // Runs alone, first: it measures the server's caches, which other tests legitimately fill.
    { name: 'cache', testMatch: 'cache-growth.spec.ts' },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: ['cache-growth.spec.ts', 'cdn.spec.ts'], dependencies: ['cache'] },
    { name: 'cdn', use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${cdnPort}` }, testMatch: 'cdn.spec.ts', dependencies: ['cache'] },
  ],
  webServer: [
    {
      command: `npm run build && npx next start -p ${port}`,
      url: `${origin}/fr`,
      reuseExistingServer: false,
      timeout: 900_000,
      // Canonical and preview URLs point at the server under test, so tests can follow them.
      env: { SITE_URL: origin, NEXT_TELEMETRY_DISABLED: '1' },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `npx tsx scripts/cdn.ts ${cdnPort} ${port}`,
      url: `http://localhost:${cdnPort}/robots.txt`,
      reuseExistingServer: false,
      timeout: 900_000,
      // A SIGTERM, not the default SIGKILL, so that scripts/cdn.ts removes its temporary
      // folder (nginx's configuration and cache) instead of leaving one per run in /tmp.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
